import { beforeAll, describe, expect, it } from 'vitest';
import { buildSkillMatcher, type SkillMatcher } from '../../src/domain/postings.js';
import { backendRoadmap } from '../support/content.js';
import { labelledPostings, scoreMatcher } from '../support/postings-eval.js';

let matcher: SkillMatcher;
beforeAll(async () => {
  matcher = buildSkillMatcher((await backendRoadmap()).topics);
});

describe('posting analysis with the shipped roadmap', () => {
  it.each([
    ['postings', 'development set'],
    ['postings-holdout', 'held-out set, never used for tuning'],
  ] as const)('reaches precision ≥ 0.9 and recall ≥ 0.85 on the hand-labelled %s', (set, label) => {
    const postings = labelledPostings(set);
    expect(postings.length).toBeGreaterThanOrEqual(20);
    const score = scoreMatcher(matcher, postings);
    console.log(
      `Posting analysis on ${postings.length} labelled postings (${label}): precision ${score.precision.toFixed(3)}, ` +
        `recall ${score.recall.toFixed(3)} (${score.truePositives} right, ${score.falsePositives.length} wrong, ` +
        `${score.falseNegatives.length} missed)`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['Go', 'Former Google engineers and a go-getter attitude; we go live weekly.'],
    ['Java', 'Modern JavaScript on the front end.'],
    ['C#', 'Strong CSS and C++ skills.'],
  ])('finds no %s inside another word', (name, text) => {
    const spans = matcher.find(text).flatMap((s) => s.matches.map((m) => m.text.toLowerCase()));
    expect(spans).not.toContain(name.toLowerCase());
    expect(spans).not.toContain('c');
  });

  it('finds the languages when they are really asked for', () => {
    const found = matcher.find('We write Go, Java and C# services on .NET, with Node.js tooling.');
    const spans = found.flatMap((s) => s.matches.map((m) => m.text));
    expect(spans).toEqual(expect.arrayContaining(['Go', 'Java', 'C#', '.NET', 'Node.js']));
  });

  it('finds CI/CD, k8s and Postgres spellings', () => {
    const ids = matcher
      .find('CI/CD pipelines deploying to k8s, backed by Postgres.')
      .map((s) => s.topicId);
    expect(ids).toEqual(expect.arrayContaining(['ci-cd', 'kubernetes', 'postgresql']));
  });
});
