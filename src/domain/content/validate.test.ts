import { describe, expect, it } from 'vitest';
import type { ContentSources } from './validate.js';
import { validateRoadmap } from './validate.js';

const resource = (n: number) => ({
  title: `Docs ${n}`,
  url: `https://docs.example.org/${n}`,
  kind: 'docs',
});

function topic(id: string, stage: string, column: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: `Topic ${id}`,
    summary: 'What it is. Why it matters.',
    stage,
    column,
    level: 'beginner',
    buckets: {
      beginner: 'essential_now',
      intermediate: 'essential_now',
      job_seeking: 'useful_next',
    },
    prerequisites: [] as string[],
    aliases: [`alias of ${id}`],
    checks: [
      `I can do one thing with ${id}.`,
      `I can do another with ${id}.`,
      `I can explain ${id}.`,
    ],
    resources: [resource(1), resource(2)],
    ...extra,
  };
}

/** A small, valid roadmap: two stages, two columns, three topics, one project, four reviews. */
function sources(): ContentSources {
  return {
    roadmap: {
      file: 'roadmap.yaml',
      data: {
        id: 'mini',
        title: 'Mini',
        summary: 'A tiny roadmap for tests.',
        version: 1,
        changelog: [{ version: 1, date: '2026-01-01', changes: ['First.'] }],
        stages: [
          { id: 'first', title: 'First', summary: 'Start here.' },
          { id: 'second', title: 'Second', summary: 'Then this.' },
        ],
        columns: [
          { id: 'left', title: 'Left', summary: 'One side.' },
          { id: 'right', title: 'Right', summary: 'The other.' },
        ],
      },
    },
    topicFiles: [
      {
        file: 'topics/a.yaml',
        data: {
          topics: [
            topic('basics', 'first', 'left'),
            topic('more', 'second', 'right', { prerequisites: ['basics'] }),
            topic('extra', 'second', 'left', { prerequisites: ['more'] }),
          ],
        },
      },
    ],
    projects: {
      file: 'projects.yaml',
      data: {
        projects: [
          {
            id: 'small-api',
            title: 'Small API',
            stage: 'second',
            size: 'small',
            brief: 'Build it.',
            topics: ['basics', 'more'],
            doneWhen: ['It runs.'],
            stretch: [],
          },
        ],
      },
    },
    reviews: {
      file: 'reviews.yaml',
      data: {
        reviews: ['monthly', 'quarterly', 'annual', 'project'].map((id) => ({
          id,
          title: id,
          ...(id === 'project' ? { trigger: 'project_done' } : { every: { months: 1 } }),
          intro: 'Why.',
          questions: [{ id: 'q', prompt: 'What?', answer: 'text' }],
        })),
        revisitTriggers: [{ id: 'started-applying', label: 'I applied', review: 'quarterly' }],
      },
    },
  };
}

type Topics = ReturnType<typeof topic>[];
function withTopics(change: (topics: Topics) => void): ContentSources {
  const content = sources();
  const [file] = content.topicFiles;
  if (!file) throw new Error('the fixture has a topic file');
  change((file.data as { topics: Topics }).topics);
  return content;
}

/** Adds a career stage and a career column, and a career topic placed in `column`. */
function withCareerTopicIn(column: string): ContentSources {
  const content = withTopics((t) => {
    t.push(topic('portfolio', 'career', column));
  });
  const roadmap = content.roadmap.data as {
    stages: Record<string, unknown>[];
    columns: Record<string, unknown>[];
  };
  roadmap.stages.push({ id: 'career', title: 'Career', summary: 'Jobs.', career: true });
  roadmap.columns.push({ id: 'career', title: 'Career', summary: 'Jobs.', career: true });
  return content;
}

function problemsOf(content: ContentSources): string[] {
  const result = validateRoadmap(content);
  return result.ok ? [] : result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
}

function expectProblem(content: ContentSources, pattern: RegExp): void {
  const problems = problemsOf(content);
  expect(
    problems.some((p) => pattern.test(p)),
    `expected ${pattern} among:\n${problems.join('\n')}`,
  ).toBe(true);
}

const at = (topics: Topics, i: number) => {
  const found = topics[i];
  if (!found) throw new Error(`no topic ${i}`);
  return found;
};

describe('validateRoadmap', () => {
  it('accepts a well-formed roadmap and assembles it', () => {
    const result = validateRoadmap(sources());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.roadmap.topics.map((t) => t.id)).toEqual(['basics', 'more', 'extra']);
      expect(result.roadmap.projects).toHaveLength(1);
      expect(result.roadmap.reviewTemplates).toHaveLength(4);
    }
  });

  it('refuses a duplicate topic id, naming the file and path', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 2).id = 'basics';
      }),
      /topics\/a\.yaml \/topics\/2\/id: topic id "basics" is used more than once/,
    );
  });

  it('refuses a malformed id', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).id = 'Bad Id';
      }),
      /\/topics\/0\/id/,
    );
  });

  it('refuses an unknown prerequisite', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 1).prerequisites = ['nowhere'];
      }),
      /unknown prerequisite "nowhere"/,
    );
  });

  it('refuses prerequisites that form a cycle', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 1).prerequisites = ['extra'];
      }),
      /cycle: .*more.*extra.*more|cycle: .*extra.*more.*extra/,
    );
  });

  it('refuses a prerequisite from a later stage', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).prerequisites = ['more'];
      }),
      /later stage/,
    );
  });

  it('refuses an essential-now topic that waits on a topic the same level may leave for later', () => {
    expectProblem(
      withTopics((t) => {
        // "more" is essential now for intermediates and waits on "basics"; make "basics" wait.
        at(t, 0).buckets = {
          beginner: 'essential_now',
          intermediate: 'useful_next',
          job_seeking: 'useful_next',
        };
      }),
      /"more" is essential now for intermediate learners but waits on "basics", which is useful next for them/,
    );
  });

  it('accepts a prerequisite that is not essential for a level where the topic is not either', () => {
    const result = validateRoadmap(
      withTopics((t) => {
        // Job seekers have both at useful next: no contradiction in their plan.
        at(t, 0).buckets = {
          beginner: 'essential_now',
          intermediate: 'essential_now',
          job_seeking: 'useful_next',
        };
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('accepts career topics in the career column', () => {
    expect(problemsOf(withCareerTopicIn('career'))).toEqual([]);
  });

  it('refuses a career topic in a column the coach scores', () => {
    expectProblem(
      withCareerTopicIn('left'),
      /\/topics\/3\/column: career topic in "left", a column the coach scores/,
    );
  });

  it('refuses a technical topic in the career column', () => {
    const content = withCareerTopicIn('career');
    const [file] = content.topicFiles;
    if (!file) throw new Error('the fixture has a topic file');
    at((file.data as { topics: Topics }).topics, 2).column = 'career';
    expectProblem(
      content,
      /"career" is the career column, which holds only topics of the career stage/,
    );
  });

  it('refuses a stage with no topic', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).stage = 'second';
      }),
      /stage "first" has no topic/,
    );
  });

  it('refuses a column with no topic', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 1).column = 'left';
      }),
      /column "right" has no topic/,
    );
  });

  it('refuses a topic with fewer than two resources', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).resources = [resource(1)];
      }),
      /\/topics\/0\/resources/,
    );
  });

  it('refuses a topic with no can-do checks', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).checks = [];
      }),
      /\/topics\/0\/checks/,
    );
  });

  it('refuses a topic with no aliases', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).aliases = [];
      }),
      /\/topics\/0\/aliases/,
    );
  });

  it('refuses a plain-http URL', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).resources = [
          resource(1),
          { title: 'Old', url: 'http://example.org/x', kind: 'docs' },
        ];
      }),
      /\/topics\/0\/resources\/1\/url/,
    );
  });

  it('refuses a malformed URL', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 0).resources = [resource(1), { title: 'Bad', url: 'https://exa mple', kind: 'docs' }];
      }),
      /\/topics\/0\/resources\/1\/url/,
    );
  });

  it('refuses an alias claimed by two topics unless both mark it shared', () => {
    const clash = (t: Topics) => {
      at(t, 0).aliases = ['Postgres'];
      at(t, 1).aliases = ['postgres'];
    };
    expectProblem(withTopics(clash), /alias "postgres" is claimed by basics, more/);
    const shared = withTopics((t) => {
      clash(t);
      Object.assign(at(t, 0), { sharedAliases: ['Postgres'] });
      Object.assign(at(t, 1), { sharedAliases: ['postgres'] });
    });
    expect(problemsOf(shared)).toEqual([]);
  });

  it('refuses a can-do check that two topics share, whatever its case, spacing or closing punctuation', () => {
    expectProblem(
      withTopics((t) => {
        at(t, 2).checks[1] = 'i can  do one thing with BASICS!';
      }),
      /topics\/a\.yaml \/topics\/2\/checks\/1: check "i can {2}do one thing with BASICS!" is also a check of "basics"/,
    );
    const own = withTopics((t) => {
      at(t, 2).checks[1] = 'I can do one thing with basics and with extra.';
    });
    expect(problemsOf(own)).toEqual([]);
  });

  it('refuses a project that names an unknown topic', () => {
    const content = sources();
    (content.projects.data as { projects: { topics: string[] }[] }).projects[0]?.topics.push(
      'ghost',
    );
    expectProblem(content, /projects\.yaml \/projects\/0\/topics\/2: unknown topic "ghost"/);
  });

  it('refuses a replaced id that is still a topic', () => {
    expectProblem(
      withTopics((t) => {
        Object.assign(at(t, 2), { replaces: ['more'] });
      }),
      /"more" is still a topic/,
    );
  });

  it('refuses a missing review template', () => {
    const content = sources();
    const data = content.reviews.data as { reviews: unknown[] };
    data.reviews = data.reviews.slice(1);
    expectProblem(content, /expected one "monthly" review template, found 0/);
  });
});
