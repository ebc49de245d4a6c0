// One thread of the posting analyser: compiles each roadmap's skill matcher once, then matches postings.
import { workerData } from 'node:worker_threads';
import { buildSkillMatcher, type FoundSkill, type SkillMatcher } from '../../../domain/postings.js';
import type { AnalyserTask, AnalyserWorkerData } from './analyser-pool.js';

function compileMatchers({ roadmaps }: AnalyserWorkerData): Map<string, SkillMatcher> {
  const matchers = new Map(roadmaps.map((r) => [r.id, buildSkillMatcher(r.topics)]));
  // V8 compiles a regular expression on its first scans (about 85 ms for a roadmap's aliases,
  // twice: bytecode, then machine code); paying that now keeps it off the first posting's time.
  for (const matcher of matchers.values()) {
    matcher.find('warm-up');
    matcher.find('warm-up');
  }
  return matchers;
}

const matchers = compileMatchers(workerData as AnalyserWorkerData);

/** Piscina calls the default export with each task the pool runs. */
export default function findSkills({ roadmapId, text }: AnalyserTask): FoundSkill[] {
  const matcher = matchers.get(roadmapId);
  if (!matcher) throw new Error(`the posting analyser has no roadmap "${roadmapId}"`);
  return matcher.find(text);
}
