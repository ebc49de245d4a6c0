// `npm run content:stats`: loads and validates the shipped roadmaps and prints what they hold.
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
    console.log(
      `  resources:         ${roadmap.topics.reduce((n, t) => n + t.resources.length, 0)}`,
    );
    console.log(`  can-do checks:     ${roadmap.topics.reduce((n, t) => n + t.checks.length, 0)}`);
  }
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exitCode = 1;
}
