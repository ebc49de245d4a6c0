// `npm run content:stats`: loads and validates the shipped roadmaps and prints what they hold.
import { prerequisiteInversions } from '../src/domain/content/cross-references.js';
import { LANGUAGES } from '../src/domain/vocabulary.js';
import { loadConfig } from '../src/server/config.js';
import { ContentError, loadRoadmaps } from '../src/server/content/load-roadmaps.js';

try {
  const roadmaps = await loadRoadmaps(loadConfig().contentDir);
  for (const roadmap of roadmaps) {
    console.log(`${roadmap.title} roadmap (id ${roadmap.id}), version ${roadmap.version}`);
    console.log(`  topics:           ${roadmap.topics.length}`);
    for (const stage of roadmap.stages) {
      const count = roadmap.topics.filter((t) => t.stage === stage.id).length;
      console.log(`    ${stage.optional ? 'section' : 'stage  '} ${stage.id.padEnd(12)} ${count}`);
    }
    for (const column of roadmap.columns) {
      const count = roadmap.topics.filter((t) => t.column === column.id).length;
      console.log(`    column  ${column.id.padEnd(17)} ${count}`);
    }
    console.log(`  practice projects: ${roadmap.projects.length}`);
    console.log(`  review templates:  ${roadmap.reviewTemplates.length}`);
    for (const template of roadmap.reviewTemplates) {
      console.log(`    ${template.id.padEnd(10)} ${template.questions.length} questions`);
    }
    const withTracks = roadmap.topics.filter((t) => t.tracks);
    const everyLanguage = withTracks.filter((t) => LANGUAGES.every((l) => t.tracks?.[l]));
    console.log(
      `  language tracks:   ${withTracks.length} topics with any, ${everyLanguage.length} with all ${LANGUAGES.length} languages`,
    );
    for (const language of LANGUAGES) {
      const count = roadmap.topics.filter((t) => t.tracks?.[language]).length;
      console.log(`    ${language.padEnd(10)} ${count} topics`);
    }
    // The validator refuses content with any; counted here so the figure is on record.
    console.log(`  prerequisite inversions: ${prerequisiteInversions(roadmap.topics).length}`);
    console.log(
      `  resources:         ${roadmap.topics.reduce((n, t) => n + t.resources.length, 0)}`,
    );
    console.log(`  can-do checks:     ${roadmap.topics.reduce((n, t) => n + t.checks.length, 0)}`);
  }
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exitCode = 1;
}
