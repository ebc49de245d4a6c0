// `npm run bench`: speed figures for the coach, the posting analyser and roadmap serving.
// Prints medians of many runs and ratios; nothing here asserts, the figures are for people.

import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { coach } from '../src/domain/coach/coach.js';
import type { CoachInput } from '../src/domain/coach/types.js';
import type { Roadmap } from '../src/domain/content/schema.js';
import { onePage } from '../src/domain/one-page.js';
import { buildSkillMatcher } from '../src/domain/postings.js';
import { publicTopic, roadmapFrame } from '../src/domain/roadmap-view.js';
import { weeklyProgress } from '../src/domain/stats.js';
import { STATUSES } from '../src/domain/vocabulary.js';
import { ACTIVITY_KEPT } from '../src/server/modules/activity/schemas.js';
import { RoadmapCatalog } from '../src/server/modules/roadmaps/catalog.js';
import { backendRoadmap } from '../test/support/content.js';
import { labelledPostings, scoreMatcher } from '../test/support/postings-eval.js';
import { reportPersonas } from './personas.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeMs(runs: number, work: () => unknown): number {
  for (let i = 0; i < Math.min(20, runs); i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** A learner five years in: every topic touched, 50 projects, 200 postings, 60 reviews. */
function heavyLearner(roadmap: Roadmap): CoachInput {
  const start = Date.parse('2021-11-25T09:00:00Z');
  const day = 86_400_000;
  const history: CoachInput['history'] = [];
  roadmap.topics.forEach((topic, i) => {
    for (let step = 0; step < 20; step += 1) {
      const status = STATUSES[(i + step) % 5] ?? 'learning';
      history.push({
        topicId: topic.id,
        status,
        changedAt: new Date(start + ((i * 13 + step * 91) % 1825) * day).toISOString(),
      });
    }
  });
  history.sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  const progress = new Map(history.map((h) => [h.topicId, { status: h.status, bucket: null }]));
  return {
    roadmap,
    learner: {
      language: 'python',
      level: 'job_seeking',
      targetRole: 'Backend developer',
      startedAt: new Date(start).toISOString(),
    },
    progress,
    history,
    projects: Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      title: `Project ${i}`,
      status: i % 3 === 0 ? 'done' : 'building',
      productionLike: i % 7 === 0,
      origin: i % 2 === 0 ? ('blank' as const) : ('tutorial' as const),
      deployedUrl: null,
      language: 'python' as const,
      catalogueId: roadmap.projects[i % roadmap.projects.length]?.id ?? null,
      topicIds: roadmap.topics.slice(i, i + 8).map((t) => t.id),
      createdAt: new Date(start + i * 30 * day).toISOString(),
      completedAt: null,
    })),
    reviews: Array.from({ length: 60 }, (_, i) => ({
      type: 'monthly',
      completedAt: new Date(start + i * 30 * day).toISOString(),
      roadmapVersion: 1,
    })),
    postings: Array.from({ length: 200 }, (_, i) => ({
      id: `j${i}`,
      title: null,
      createdAt: new Date(start + i * 9 * day).toISOString(),
      topicIds: roadmap.topics.filter((_, k) => (k * 7 + i) % 11 === 0).map((t) => t.id),
    })),
    plan: {
      focusTopicId: 'sql-joins',
      nextProjectId: null,
      focusChosenIn: { type: 'monthly', completedAt: new Date(start + 1800 * day).toISOString() },
      projectChosenIn: null,
    },
    // As many moves as the server keeps, over the last three months: searches, filters, topics.
    activity: Array.from({ length: ACTIVITY_KEPT }, (_, i) => ({
      kind: (['search', 'column', 'topic'] as const)[i % 3] ?? 'topic',
      value:
        [
          'jwt refresh',
          roadmap.columns[i % roadmap.columns.length]?.id ?? '',
          roadmap.topics[i % roadmap.topics.length]?.id ?? '',
        ][i % 3] ?? '',
      at: new Date(Date.parse('2026-11-25T12:00:00Z') - i * 6 * 60 * 60 * 1000).toISOString(),
    })),
  };
}

const roadmap = await backendRoadmap();
const now = new Date('2026-11-25T12:00:00Z');

console.log('Coach — a learner with every topic, 50 projects, 200 postings, 5 years of history');
const input = heavyLearner(roadmap);
console.log(`  history entries: ${input.history.length}`);
console.log(
  `  coach():          ${timeMs(200, () => coach(input, now)).toFixed(2)} ms (median of 200)`,
);
console.log(
  `  onePage():        ${timeMs(200, () => onePage(input, [], now)).toFixed(2)} ms (median of 200)`,
);
const topics = roadmap.topics.filter((t) => !t.languages || t.languages.includes('python'));
console.log(
  `  weeklyProgress(): ${timeMs(50, () => weeklyProgress(topics, input.history, input.learner.startedAt, 'Europe/Paris', now)).toFixed(2)} ms (median of 50, 262 weeks)`,
);

console.log('\nCoach guidance against labelled learners (test/fixtures/personas)');
reportPersonas(roadmap, 'authored');
reportPersonas(roadmap, 'held-out');
reportPersonas(roadmap, 'blind');
reportPersonas(roadmap, 'blind-2');
reportPersonas(roadmap, 'blind-3');

console.log('\nPosting analyser');
const buildMs = timeMs(20, () => buildSkillMatcher(roadmap.topics));
const matcher = buildSkillMatcher(roadmap.topics);
const postings = labelledPostings();
const corpus = Array.from({ length: 40 }, () => postings.map((p) => p.text).join('\n\n')).join(
  '\n\n',
);
const megabytes = Buffer.byteLength(corpus) / 1_000_000;
const scanMs = timeMs(5, () => matcher.find(corpus));
const perPosting = timeMs(200, () => matcher.find(postings[0]?.text ?? ''));
const score = scoreMatcher(matcher, postings);
console.log(`  compile aliases:  ${buildMs.toFixed(1)} ms (once per roadmap version)`);
console.log(
  `  throughput:       ${(megabytes / (scanMs / 1000)).toFixed(2)} MB/s (${megabytes.toFixed(1)} MB scanned, median of 5)`,
);
console.log(`  one posting:      ${perPosting.toFixed(2)} ms (median of 200)`);
console.log(
  `  accuracy:         precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} on ${postings.length} labelled postings (development set)`,
);
const holdout = labelledPostings('postings-holdout');
const held = scoreMatcher(matcher, holdout);
console.log(
  `  held out:         precision ${held.precision.toFixed(3)}, recall ${held.recall.toFixed(3)} on ${holdout.length} postings never used for tuning`,
);

console.log('\nServing the public roadmap');
const catalog = new RoadmapCatalog([roadmap]);
const freshMs = timeMs(500, () =>
  JSON.stringify({ ...roadmapFrame(roadmap), topics: roadmap.topics.map(publicTopic) }),
);
const body = catalog.publicBody('backend');
console.log(
  `  body: ${(Buffer.byteLength(body.json) / 1024).toFixed(0)} KB, gzip ${(body.gzip.length / 1024).toFixed(0)} KB, served from bytes prepared once per version`,
);
console.log(
  `  CPU saved per request by not serialising (and gzipping) again: ${(freshMs * 1000).toFixed(0)} µs of JSON.stringify`,
);
const progress = new Map(
  roadmap.topics
    .slice(0, 60)
    .map((t) => [
      t.id,
      { status: 'fragile' as const, bucket: null, note: null, updatedAt: now.toISOString() },
    ]),
);
const variant = catalog.learnerVariant('backend', 'python', 'beginner');
const splicedMs = timeMs(500, () => variant.body(progress));
const gzippedMs = timeMs(500, () => variant.gzipBody(progress));
const gzipped = Buffer.concat(variant.gzipBody(progress));
const whole = Buffer.concat(variant.body(progress));
console.log(
  `  a learner's view, progress spliced into prepared bytes: ${(splicedMs * 1000).toFixed(0)} µs identity (${(whole.length / 1024).toFixed(0)} KB), ${(gzippedMs * 1000).toFixed(0)} µs gzip (${(gzipped.length / 1024).toFixed(0)} KB; gzip -6 of the whole: ${(gzipSync(whole).length / 1024).toFixed(0)} KB)`,
);
