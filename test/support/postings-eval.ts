// Scores the posting matcher against the hand-labelled postings in test/fixtures/postings.yaml.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { SkillMatcher } from '../../src/domain/postings.js';
import { projectRoot } from '../../src/server/config.js';

export interface LabelledPosting {
  id: string;
  title: string;
  text: string;
  expected: string[];
}

/**
 * postings.yaml is the development set (the matcher's word lists were tuned on it);
 * postings-holdout.yaml was written separately and never used for tuning.
 */
export function labelledPostings(
  set: 'postings' | 'postings-holdout' = 'postings',
): LabelledPosting[] {
  const file = path.join(projectRoot, 'test', 'fixtures', `${set}.yaml`);
  return (YAML.parse(fs.readFileSync(file, 'utf8')) as { postings: LabelledPosting[] }).postings;
}

export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: { posting: string; topicId: string; text: string }[];
  falseNegatives: { posting: string; topicId: string }[];
}

/** Precision and recall over (posting, topic) pairs, with the misses listed for inspection. */
export function scoreMatcher(matcher: SkillMatcher, postings: LabelledPosting[]): Score {
  let truePositives = 0;
  const falsePositives: Score['falsePositives'] = [];
  const falseNegatives: Score['falseNegatives'] = [];
  for (const posting of postings) {
    const found = matcher.find(posting.text);
    const expected = new Set(posting.expected);
    for (const skill of found) {
      if (expected.has(skill.topicId)) truePositives += 1;
      else
        falsePositives.push({
          posting: posting.id,
          topicId: skill.topicId,
          text: skill.matches.map((m) => m.text).join(', '),
        });
    }
    const foundIds = new Set(found.map((s) => s.topicId));
    for (const id of expected)
      if (!foundIds.has(id)) falseNegatives.push({ posting: posting.id, topicId: id });
  }
  return {
    precision: truePositives / (truePositives + falsePositives.length),
    recall: truePositives / (truePositives + falseNegatives.length),
    truePositives,
    falsePositives,
    falseNegatives,
  };
}
