import { beforeAll, describe, expect, it } from 'vitest';
import { learnerInput } from '../../../test/support/coach-input.js';
import { backendRoadmap } from '../../../test/support/content.js';
import type { Roadmap } from '../content/schema.js';
import { onePage } from '../one-page.js';
import type { Status } from '../vocabulary.js';
import { coach } from './coach.js';
import * as thresholds from './thresholds.js';
import type { CoachInput, CoachProject, Finding } from './types.js';

const NOW = new Date('2026-06-15T12:00:00Z');
let roadmap: Roadmap;
beforeAll(async () => {
  roadmap = await backendRoadmap();
});

/** A learner who signed up a month ago, reviewed last week, and has touched nothing yet. */
const learner = (overrides: Parameters<typeof learnerInput>[2] = {}): CoachInput =>
  learnerInput(
    roadmap,
    {
      startedAt: '2026-05-15T09:00:00Z',
      changedAt: '2026-06-01T10:00:00Z',
      reviewedAt: '2026-06-08T18:00:00Z',
    },
    overrides,
  );

let projectCount = 0;
function project(overrides: Partial<CoachProject> = {}): CoachProject {
  projectCount += 1;
  return {
    id: `project-${projectCount}`,
    title: `Project ${projectCount}`,
    status: 'building',
    productionLike: false,
    origin: 'blank',
    deployedUrl: null,
    language: 'python',
    catalogueId: null,
    topicIds: [],
    createdAt: '2026-05-20T10:00:00Z',
    completedAt: null,
    ...overrides,
  };
}

/** Topics every learner has, whatever their language. */
const commonTopics = () => roadmap.topics.filter((t) => !t.languages);

const find = (input: CoachInput, id: string): Finding | undefined =>
  coach(input, NOW).findings.find((f) => f.id === id);
const all = (ids: string[], status: Status) => Object.fromEntries(ids.map((id) => [id, status]));

describe('the rules’ topic lists', () => {
  it('name only topics the built-in roadmap has', () => {
    const known = new Set(roadmap.topics.map((t) => t.id));
    // Every export named …_TOPICS or MAJOR_TOOLS is a list of topic ids; …_TOPIC is one.
    const lists = Object.entries(thresholds).flatMap(([name, value]) => {
      if (/_TOPICS$|^MAJOR_TOOLS$/.test(name)) return [{ name, ids: value as string[] }];
      if (/_TOPIC$/.test(name)) return [{ name, ids: [value as string] }];
      return [];
    });
    const areas = thresholds.INTENT_AREAS.map((a) => ({ name: a.id, ids: [...a.topics] }));
    expect(lists.length).toBeGreaterThan(8);
    for (const { name, ids } of [...lists, ...areas]) {
      expect(
        ids.filter((id) => !known.has(id)),
        name,
      ).toEqual([]);
    }
  });

  it('keep the search-intent areas disjoint, so a move points at one area at most', () => {
    const ids = thresholds.INTENT_AREAS.flatMap((a) => a.topics);
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('a new learner', () => {
  it('gets no findings and the first essential topics as next steps', () => {
    const report = coach(learner(), NOW);
    expect(report.findings).toEqual([]);
    expect(report.nextSteps.topics).toHaveLength(3);
    expect(report.nextSteps.topics.every((t) => t.status === 'not_started')).toBe(true);
    expect(report.nextSteps.topics.map((t) => t.topicId)).toContain('choose-one-language');
  });

  it('is deterministic: the same input gives the same report', () => {
    const input = learner({ statuses: { 'sql-basics': 'fragile', 'web-framework': 'learning' } });
    expect(coach(input, NOW)).toEqual(coach(input, NOW));
  });
});

describe('pitfall: several languages at once', () => {
  it('fires with three languages across the profile and the projects, even with one deployed', () => {
    const input = learner({
      projects: [
        project({ language: 'go' }),
        project({ language: 'javascript', deployedUrl: 'https://x.example', status: 'done' }),
      ],
    });
    const finding = find(input, 'pitfall.several-languages');
    expect(finding?.explanation).toMatch(/Python, Go and JavaScript/);
    expect(finding?.evidence.projects).toHaveLength(2);
  });

  it('fires with two languages while nothing is deployed, saying so', () => {
    const finding = find(
      learner({ projects: [project({ language: 'go' })] }),
      'pitfall.several-languages',
    );
    expect(finding?.explanation).toMatch(/Python and Go, and nothing of yours is deployed yet/);
  });

  it('stays quiet with one language, or two once something is deployed', () => {
    expect(
      find(learner({ projects: [project(), project()] }), 'pitfall.several-languages'),
    ).toBeUndefined();
    const deployed = learner({
      projects: [project({ language: 'go', status: 'done', productionLike: true })],
    });
    expect(find(deployed, 'pitfall.several-languages')).toBeUndefined();
  });
});

describe('pitfall: SQL skipped while framework topics advance', () => {
  const framework = {
    'web-framework': 'fragile',
    routing: 'learning',
    middleware: 'learning',
  } as const;

  it('fires, naming the framework topics started and the SQL not started', () => {
    const finding = find(learner({ statuses: framework }), 'pitfall.sql-skipped');
    expect(finding?.explanation).toMatch(/Web framework/);
    expect(finding?.explanation).toMatch(/SQL/);
    expect(finding?.actions[0]?.intent).toEqual({
      kind: 'set-status',
      topicId: 'sql-basics',
      status: 'learning',
    });
  });

  it('stays quiet once any SQL topic is started', () => {
    expect(
      find(
        learner({ statuses: { ...framework, 'sql-basics': 'learning' } }),
        'pitfall.sql-skipped',
      ),
    ).toBeUndefined();
  });
});

describe('pitfall: testing or authentication avoided while endpoints are built', () => {
  // SQL applied too, so the SQL pitfall stays quiet and each rule's own actions show.
  const applied = {
    'web-framework': 'fragile',
    routing: 'comfortable',
    'crud-apis': 'fragile',
    'sql-basics': 'fragile',
  } as const;

  it('fires for testing, naming what was applied, and offers a unit test and the monthly check-in', () => {
    const finding = find(learner({ statuses: applied }), 'pitfall.testing-skipped');
    expect(finding?.explanation).toMatch(/Unit testing/i);
    expect(finding?.evidence.topics).toEqual(
      expect.arrayContaining(['web-framework', 'routing', 'crud-apis', 'unit-testing']),
    );
    expect(finding?.actions.map((a) => a.intent)).toEqual([
      { kind: 'set-status', topicId: 'unit-testing', status: 'learning' },
      { kind: 'review-now', triggerId: 'avoiding-core-skill', review: 'monthly' },
    ]);
  });

  it('fires for testing after a finished web backend, even with little applied', () => {
    const input = learner({ projects: [project({ status: 'done', topicIds: ['crud-apis'] })] });
    expect(find(input, 'pitfall.testing-skipped')?.evidence.projects).toHaveLength(1);
  });

  it('does not count a finished exercise that serves no HTTP, such as a command-line game', () => {
    const input = learner({
      projects: [project({ status: 'done', topicIds: ['language-syntax', 'control-flow'] })],
    });
    expect(find(input, 'pitfall.testing-skipped')).toBeUndefined();
  });

  it('counts testing only read about as avoided, and offers no restart of it', () => {
    const read = learner({ statuses: { ...applied, 'unit-testing': 'theoretical' } });
    const finding = find(read, 'pitfall.testing-skipped');
    expect(finding?.explanation).toMatch(/only read about Unit testing, never applied/);
    expect(finding?.actions.map((a) => a.intent.kind)).toEqual(['review-now']);
  });

  it('stays quiet about testing once a testing topic is applied or a project practises one', () => {
    const started = learner({ statuses: { ...applied, 'unit-testing': 'fragile' } });
    expect(find(started, 'pitfall.testing-skipped')).toBeUndefined();
    const practised = learner({
      statuses: applied,
      projects: [project({ topicIds: ['crud-apis', 'integration-testing'] })],
    });
    expect(find(practised, 'pitfall.testing-skipped')).toBeUndefined();
  });

  it('fires for authentication, offering password hashing and the monthly check-in', () => {
    const report = coach(learner({ statuses: applied }), NOW);
    const finding = report.findings.find((f) => f.id === 'pitfall.auth-skipped');
    expect(finding?.explanation).toMatch(/Password hashing/);
    expect(finding?.actions.map((a) => a.intent)).toContainEqual({
      kind: 'set-status',
      topicId: 'password-hashing',
      status: 'learning',
    });
    // The testing pitfall already offers the same check-in: the report offers it once.
    const checkIns = report.findings
      .flatMap((f) => f.actions)
      .filter((a) => a.intent.kind === 'review-now');
    expect(checkIns).toHaveLength(1);
  });

  it('stays quiet about authentication with too little applied, or once an auth topic is applied', () => {
    const little = learner({ statuses: { 'web-framework': 'fragile', routing: 'fragile' } });
    expect(find(little, 'pitfall.auth-skipped')).toBeUndefined();
    const applying = learner({ statuses: { ...applied, jwt: 'fragile' } });
    expect(find(applying, 'pitfall.auth-skipped')).toBeUndefined();
    const reading = learner({ statuses: { ...applied, jwt: 'theoretical' } });
    expect(find(reading, 'pitfall.auth-skipped')?.explanation).toMatch(/only read about JSON Web/);
  });
});

describe('pitfall: DevOps studied as a separate world', () => {
  const infra = { docker: 'theoretical', 'ci-cd': 'learning', kubernetes: 'learning' } as const;

  it('fires with three infrastructure topics started and no project delivering, offering one that does', () => {
    const finding = find(
      learner({ statuses: infra, projects: [project({ topicIds: ['crud-apis'] })] }),
      'pitfall.devops-apart',
    );
    expect(finding?.evidence.topics).toEqual(
      expect.arrayContaining(['docker', 'ci-cd', 'kubernetes']),
    );
    expect(finding?.actions.map((a) => a.intent)).toEqual([
      { kind: 'start-project', catalogueId: 'production-style-api' },
    ]);
  });

  it('stays quiet once a project is deployed, runs production-like or practises one of them', () => {
    const quiet = [
      project({ deployedUrl: 'https://notes.example' }),
      project({ productionLike: true }),
      project({ topicIds: ['crud-apis', 'docker'] }),
    ];
    for (const delivering of quiet) {
      expect(
        find(learner({ statuses: infra, projects: [delivering] }), 'pitfall.devops-apart'),
      ).toBeUndefined();
    }
  });

  it('stays quiet with only two infrastructure topics started', () => {
    const two = learner({ statuses: { docker: 'learning', 'ci-cd': 'learning' } });
    expect(find(two, 'pitfall.devops-apart')).toBeUndefined();
  });
});

describe('pitfall: endpoints without API design', () => {
  it('fires for a project that builds endpoints while validation and pagination are not started', () => {
    const input = learner({
      projects: [project({ title: 'Notes API', topicIds: ['crud-apis', 'sql-basics'] })],
    });
    const finding = find(input, 'pitfall.endpoints-without-api-design');
    expect(finding?.explanation).toMatch(/Notes API/);
    expect(finding?.explanation).toMatch(/Input validation|validation/i);
  });

  it('counts design topics practised by a project as under way', () => {
    const input = learner({
      projects: [
        project({
          topicIds: [
            'crud-apis',
            'input-validation',
            'pagination-and-filtering',
            'error-responses',
          ],
        }),
      ],
    });
    expect(find(input, 'pitfall.endpoints-without-api-design')).toBeUndefined();
  });

  it('stays quiet when the API design topics are under way', () => {
    const input = learner({
      projects: [project({ topicIds: ['crud-apis'] })],
      statuses: {
        'input-validation': 'learning',
        'pagination-and-filtering': 'learning',
        'http-status-codes': 'fragile',
      },
    });
    expect(find(input, 'pitfall.endpoints-without-api-design')).toBeUndefined();
  });
});

describe('pitfall: debugging and observability ignored', () => {
  it('fires after ten topics started with no debugging topic', () => {
    const started = commonTopics()
      .filter((t) => t.stage === 'foundations')
      .slice(0, 10)
      .map((t) => t.id);
    const finding = find(
      learner({ statuses: all(started, 'learning') }),
      'pitfall.debugging-ignored',
    );
    expect(finding?.explanation).toMatch(/10 topics/);
  });

  it('stays quiet once debugging has started', () => {
    const started = commonTopics()
      .filter((t) => t.stage === 'foundations')
      .slice(0, 10)
      .map((t) => t.id);
    expect(
      find(
        learner({ statuses: { ...all(started, 'learning'), 'debugging-basics': 'learning' } }),
        'pitfall.debugging-ignored',
      ),
    ).toBeUndefined();
  });
});

describe('pitfall: many topics studied, no project', () => {
  const studied = () =>
    all(
      commonTopics()
        .slice(0, 8)
        .map((t) => t.id),
      'theoretical',
    );

  it('fires with eight topics studied and no project, offering the first practice project', () => {
    const finding = find(learner({ statuses: studied() }), 'pitfall.studied-without-project');
    expect(finding?.explanation).toMatch(/8 topics/);
    expect(finding?.actions[0]?.intent).toMatchObject({ kind: 'start-project' });
  });

  it('stays quiet once a project begun from a blank one is being built', () => {
    expect(
      find(
        learner({ statuses: studied(), projects: [project({ origin: 'blank' })] }),
        'pitfall.studied-without-project',
      ),
    ).toBeUndefined();
  });

  it('still fires when every project followed a tutorial, naming them', () => {
    const followed = [
      project({ title: 'Todo API (video course)', origin: 'tutorial' }),
      project({ title: 'Blog from the docs', origin: 'tutorial', status: 'done' }),
    ];
    const finding = find(
      learner({ statuses: studied(), projects: followed }),
      'pitfall.studied-without-project',
    );
    expect(finding?.explanation).toMatch(
      /“Todo API \(video course\)” and “Blog from the docs” followed tutorials/,
    );
    expect(finding?.evidence.projects).toEqual(followed.map((p) => p.id));
  });

  it('is silenced by one blank-project build beside tutorial ones', () => {
    const projects = [project({ origin: 'tutorial' }), project({ origin: 'blank' })];
    expect(
      find(learner({ statuses: studied(), projects }), 'pitfall.studied-without-project'),
    ).toBeUndefined();
  });
});

describe('pitfall: projects never deployed', () => {
  it('fires when finished web backends have no deployment, naming them', () => {
    const finding = find(
      learner({
        projects: [project({ title: 'Blog backend', status: 'done', topicIds: ['crud-apis'] })],
      }),
      'pitfall.never-deployed',
    );
    expect(finding?.explanation).toMatch(/Blog backend/);
  });

  it('expects no deployment of a finished command-line exercise', () => {
    const game = project({ status: 'done', topicIds: ['language-syntax', 'control-flow'] });
    expect(find(learner({ projects: [game] }), 'pitfall.never-deployed')).toBeUndefined();
  });

  it('stays quiet when one is deployed or ran production-like, or none is done', () => {
    expect(
      find(
        learner({ projects: [project({ status: 'done', deployedUrl: 'https://x.example' })] }),
        'pitfall.never-deployed',
      ),
    ).toBeUndefined();
    expect(
      find(
        learner({ projects: [project({ status: 'done', productionLike: true })] }),
        'pitfall.never-deployed',
      ),
    ).toBeUndefined();
    expect(
      find(learner({ projects: [project({ status: 'building' })] }), 'pitfall.never-deployed'),
    ).toBeUndefined();
  });
});

describe('pitfall: no review for months', () => {
  it('fires when the last review is more than 60 days old, naming its date', () => {
    const finding = find(
      learner({
        reviews: [{ type: 'monthly', completedAt: '2026-03-01T10:00:00Z', roadmapVersion: 1 }],
      }),
      'pitfall.no-recent-review',
    );
    expect(finding?.explanation).toMatch(/2026-03-01/);
    expect(finding?.explanation).toMatch(/106 days/);
  });

  it('fires for an old account that never reviewed, and not for a new one', () => {
    const old = learner({
      reviews: [],
      learner: { language: null, level: null, targetRole: null, startedAt: '2026-01-10T00:00:00Z' },
    });
    expect(find(old, 'pitfall.no-recent-review')?.explanation).toMatch(/2026-01-10/);
    expect(find(learner({ reviews: [] }), 'pitfall.no-recent-review')).toBeUndefined();
  });
});

describe('signal: projects do not match the target role', () => {
  const role = (targetRole: string) => ({
    language: 'python' as const,
    level: 'intermediate' as const,
    targetRole,
    startedAt: '2026-05-15T09:00:00Z',
  });

  it('fires for a DevOps target with two projects that touch no DevOps topic', () => {
    const input = learner({
      learner: role('Junior DevOps engineer'),
      projects: [
        project({ status: 'done', topicIds: ['sql-basics'] }),
        project({ status: 'done', topicIds: ['crud-apis'] }),
      ],
    });
    const finding = find(input, 'signal.projects-off-target-role');
    expect(finding?.explanation).toMatch(/Junior DevOps engineer/);
    // It offers a practice project with several DevOps topics.
    const start = finding?.actions.find((a) => a.intent.kind === 'start-project')?.intent;
    const idea = roadmap.projects.find(
      (p) => start?.kind === 'start-project' && p.id === start.catalogueId,
    );
    const devops = idea?.topics.filter(
      (id) => roadmap.topics.find((t) => t.id === id)?.column === 'devops',
    );
    expect(devops?.length).toBeGreaterThanOrEqual(3);
  });

  it('offers a quarterly re-plan for the reason the coach saw, not one the learner never gave', () => {
    const input = learner({
      learner: role('Junior DevOps engineer'),
      projects: [
        project({ status: 'done', topicIds: ['sql-basics'] }),
        project({ status: 'done', topicIds: ['json'] }),
      ],
    });
    const actions = find(input, 'signal.projects-off-target-role')?.actions ?? [];
    expect(actions.at(-1)).toEqual({
      label: 'Re-plan in a quarterly refresh',
      intent: { kind: 'review-now', triggerId: 'projects-off-role', review: 'quarterly' },
    });
  });

  it('for a backend role, sees that frontend projects tagged with API clients own no backend', () => {
    const frontends = [
      project({
        status: 'done',
        title: 'React dashboard',
        topicIds: ['api-clients', 'json', 'web-basics'],
      }),
      project({
        status: 'done',
        title: 'Weather app',
        topicIds: ['api-clients', 'browser-devtools'],
      }),
    ];
    const input = learner({ learner: role('Backend developer'), projects: frontends });
    const finding = find(input, 'signal.projects-off-target-role');
    expect(finding?.explanation).toMatch(
      /owns a backend: a data model in SQL behind CRUD endpoints/,
    );
    expect(finding?.explanation).toMatch(
      /a data model in SQL, CRUD endpoints, tests and a deployed backend/,
    );
    const start = finding?.actions.find((a) => a.intent.kind === 'start-project')?.intent;
    const idea = roadmap.projects.find(
      (p) => start?.kind === 'start-project' && p.id === start.catalogueId,
    );
    expect(idea?.topics).toEqual(expect.arrayContaining(['crud-apis']));
    expect(idea?.topics.some((id) => id.startsWith('sql-') || id === 'schema-design')).toBe(true);
  });

  it('for a backend role, stays quiet once one project has a SQL data model behind CRUD endpoints', () => {
    const owning = [
      project({ status: 'done', topicIds: ['api-clients'] }),
      project({ status: 'done', topicIds: ['crud-apis', 'schema-design'] }),
    ];
    expect(
      find(
        learner({ learner: role('Backend developer'), projects: owning }),
        'signal.projects-off-target-role',
      ),
    ).toBeUndefined();
  });

  it('judges finished work only: exercises still being built say little about a role', () => {
    const building = [project({ topicIds: ['api-clients'] }), project({ topicIds: ['json'] })];
    expect(
      find(
        learner({ learner: role('Backend developer'), projects: building }),
        'signal.projects-off-target-role',
      ),
    ).toBeUndefined();
  });

  it('stays quiet when a project practises the role, or with too few projects', () => {
    const serving = learner({
      learner: role('DevOps'),
      projects: [
        project({ status: 'done', topicIds: ['docker'] }),
        project({ status: 'done', topicIds: ['crud-apis'] }),
      ],
    });
    expect(find(serving, 'signal.projects-off-target-role')).toBeUndefined();
    expect(
      find(
        learner({ learner: role('DevOps'), projects: [project({ status: 'done' })] }),
        'signal.projects-off-target-role',
      ),
    ).toBeUndefined();
  });
});

describe('signal: framework syntax known, system behaviour not', () => {
  const framework = { 'web-framework': 'comfortable', routing: 'fragile' } as const;

  it('fires when framework topics are applied and three or more parts of behaviour are untouched', () => {
    const finding = find(learner({ statuses: framework }), 'signal.framework-without-behaviour');
    expect(finding?.explanation).toMatch(/Web framework/);
    expect(finding?.explanation).toMatch(/5 of the 5 parts/);
    expect(finding?.explanation).toMatch(/relational design \(/);
  });

  it('is not hidden by two known parts when three are still missing', () => {
    const two = {
      ...framework,
      'request-lifecycle': 'fragile',
      transactions: 'theoretical',
    } as const;
    const finding = find(learner({ statuses: two }), 'signal.framework-without-behaviour');
    expect(finding?.explanation).toMatch(/3 of the 5 parts/);
    expect(finding?.explanation).not.toMatch(/the HTTP lifecycle/);
  });

  it('stays quiet once three parts are studied', () => {
    const three = {
      ...framework,
      'request-lifecycle': 'fragile',
      transactions: 'theoretical',
      logging: 'comfortable',
    } as const;
    expect(
      find(learner({ statuses: three }), 'signal.framework-without-behaviour'),
    ).toBeUndefined();
  });
});

describe('signal: postings keep asking for what the learner ignored', () => {
  const posting = (n: number, topicIds: string[]) => ({
    id: `posting-${n}`,
    title: null,
    createdAt: '2026-06-01T00:00:00Z',
    topicIds,
  });

  it('fires when three postings ask for a topic not started, naming the count and status', () => {
    const postings = [1, 2, 3].map((n) => posting(n, ['docker', 'postgresql']));
    const finding = find(
      learner({ postings, statuses: { postgresql: 'comfortable' } }),
      'signal.postings-repeat-gaps',
    );
    expect(finding?.explanation).toMatch(/Docker[^(]*\(3 of 3, not started\)/);
    expect(finding?.evidence.topics).toEqual(['docker']);
    expect(finding?.evidence.postings).toHaveLength(3);
  });

  it('counts a skill only read about as unproved, listing prerequisites first', () => {
    const postings = [1, 2, 3].map((n) => posting(n, ['docker', 'sql-basics']));
    const finding = find(
      learner({ postings, statuses: { docker: 'theoretical', 'sql-basics': 'theoretical' } }),
      'signal.postings-repeat-gaps',
    );
    // SQL (the data stage) comes before Docker (shipping), whatever the order they were asked in.
    expect(finding?.evidence.topics).toEqual(['sql-basics', 'docker']);
    expect(finding?.explanation).toMatch(/only read about/);
  });

  it('stays quiet when a project proves the skill, or it is comfortable, or too few postings ask', () => {
    const postings = [1, 2, 3].map((n) => posting(n, ['docker']));
    const proved = learner({
      postings,
      statuses: { docker: 'fragile' },
      projects: [project({ topicIds: ['docker'] })],
    });
    expect(find(proved, 'signal.postings-repeat-gaps')).toBeUndefined();
    expect(
      find(
        learner({ postings, statuses: { docker: 'comfortable' } }),
        'signal.postings-repeat-gaps',
      ),
    ).toBeUndefined();
    expect(
      find(learner({ postings: postings.slice(0, 2) }), 'signal.postings-repeat-gaps'),
    ).toBeUndefined();
  });
});

describe('signal: the roadmap content changed since the last review', () => {
  it('fires when the last review saw an older version', () => {
    const changed = {
      ...roadmap,
      version: roadmap.version + 1,
      changelog: [
        ...roadmap.changelog,
        {
          version: roadmap.version + 1,
          date: '2026-06-10',
          changes: ['Merged two caching topics.'],
        },
      ],
    };
    const finding = find(learner({ roadmap: changed }), 'signal.roadmap-content-changed');
    expect(finding?.explanation).toMatch(/Merged two caching topics/);
  });

  it('stays quiet on the same version or with no review yet', () => {
    expect(find(learner(), 'signal.roadmap-content-changed')).toBeUndefined();
    expect(
      find(
        learner({ reviews: [], roadmap: { ...roadmap, version: 9 } }),
        'signal.roadmap-content-changed',
      ),
    ).toBeUndefined();
  });
});

describe('signal: a full-stack role needs a frontend path', () => {
  const aiming = (targetRole: string, statuses: Record<string, Status> = {}) => {
    const input = learner({ statuses });
    input.learner.targetRole = targetRole;
    return find(input, 'signal.full-stack-needs-frontend');
  };

  it('points a full-stack learner at the web basics and the frontend path they link', () => {
    const finding = aiming('Junior full-stack developer');
    expect(finding?.explanation).toMatch(/“Junior full-stack developer”/);
    expect(finding?.explanation).toMatch(/frontend roadmap/);
    expect(finding?.actions.map((a) => a.intent)).toEqual([
      { kind: 'set-status', topicId: 'web-basics', status: 'learning' },
    ]);
  });

  it('stays quiet for a backend role, and once the web basics are applied', () => {
    expect(aiming('Backend engineer')).toBeUndefined();
    expect(aiming('Fullstack engineer', { 'web-basics': 'fragile' })).toBeUndefined();
    expect(aiming('Fullstack engineer', { 'web-basics': 'learning' })?.actions).toEqual([]);
  });
});

describe('signal: search intent has shifted', () => {
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
  const opened = (topicId: string, days: number) => ({
    kind: 'topic' as const,
    value: topicId,
    at: daysAgo(days),
  });
  const searched = (text: string, days: number) => ({
    kind: 'search' as const,
    value: text,
    at: daysAgo(days),
  });
  /** Two months ago the learner looked all over the roadmap. */
  const broadBefore = [
    opened('sql-joins', 40),
    opened('git-basics', 45),
    opened('http-basics', 50),
    { kind: 'column' as const, value: 'devops', at: daysAgo(52) },
    searched('json', 55),
    opened('data-structures', 60),
  ];
  /** These three weeks, nearly everything points at caching. */
  const cachingNow = [
    searched('redis', 2),
    opened('caching-strategies', 3),
    opened('http-caching', 5),
    searched('memcached', 8),
    opened('git-basics', 12),
  ];
  const cachePosting = {
    id: 'posting-cache',
    title: 'Backend engineer, performance team',
    createdAt: daysAgo(6),
    topicIds: ['redis', 'caching-fundamentals', 'sql-basics'],
  };

  it('fires when recent moves converge on an area the plan leaves out, naming them', () => {
    const finding = find(
      learner({ activity: [...cachingNow, ...broadBefore], postings: [cachePosting] }),
      'signal.search-intent-shifted',
    );
    expect(finding?.title).toBe('Your searches have narrowed to caching');
    expect(finding?.explanation).toMatch(/5 of your 6 searches/);
    expect(finding?.explanation).toMatch(
      /you searched “redis”, opened “[^”]+”, opened “[^”]+” and 2 more\./,
    );
    expect(finding?.explanation).toMatch(/0 of 6 did/);
    expect(finding?.evidence.postings).toEqual(['posting-cache']);
    expect(finding?.evidence.topics).toContain('redis');
    expect(finding?.actions.map((a) => a.intent)).toEqual([
      { kind: 'set-status', topicId: 'caching-fundamentals', status: 'learning' },
      { kind: 'review-now', triggerId: 'interest-narrowed', review: 'monthly' },
    ]);
  });

  it('stays quiet when the area drew the same interest before: nothing shifted', () => {
    const cachingBefore = [
      searched('redis', 30),
      opened('caching-fundamentals', 35),
      opened('in-memory-caching', 40),
      searched('memcached', 45),
      opened('http-caching', 50),
    ];
    expect(
      find(
        learner({ activity: [...cachingNow, ...cachingBefore], postings: [cachePosting] }),
        'signal.search-intent-shifted',
      ),
    ).toBeUndefined();
  });

  it('stays quiet once the plan branches there: a topic of the area in progress', () => {
    const input = learner({
      statuses: { 'in-memory-caching': 'learning' },
      activity: [...cachingNow, ...broadBefore],
      postings: [cachePosting],
    });
    expect(find(input, 'signal.search-intent-shifted')).toBeUndefined();
  });

  it('stays quiet for a level whose plan already holds the area as essential now', () => {
    const input = learner({ activity: [...cachingNow, ...broadBefore], postings: [cachePosting] });
    input.learner.level = 'intermediate';
    expect(find(input, 'signal.search-intent-shifted')).toBeUndefined();
  });

  it('stays quiet with too few recent moves to judge, or recent moves that stay broad', () => {
    expect(
      find(
        learner({ activity: [...cachingNow.slice(0, 3), ...broadBefore] }),
        'signal.search-intent-shifted',
      ),
    ).toBeUndefined();
    const broadNow = broadBefore.map((move, i) => ({ ...move, at: daysAgo(i + 1) }));
    expect(
      find(learner({ activity: [...broadNow, ...broadBefore] }), 'signal.search-intent-shifted'),
    ).toBeUndefined();
  });
});

describe('the career column', () => {
  const technical = () =>
    commonTopics()
      .filter((t) => t.column !== 'career')
      .map((t) => t.id);

  it('is never the weakest column, however little of it is started', () => {
    const input = learner({ statuses: all(technical(), 'comfortable') });
    const weakest = coach(input, NOW).nextSteps.weakestColumn;
    expect(weakest).not.toBeNull();
    expect(weakest?.id).not.toBe('career');
  });

  it('holds no bottleneck: fragile career topics do not move it', () => {
    const history = [
      { topicId: 'sql-joins', status: 'fragile' as const, changedAt: '2026-06-01T10:00:00Z' },
      { topicId: 'portfolio', status: 'fragile' as const, changedAt: '2026-06-10T10:00:00Z' },
      { topicId: 'job-search', status: 'fragile' as const, changedAt: '2026-06-10T10:00:00Z' },
    ];
    const progress = new Map(history.map((h) => [h.topicId, { status: h.status, bucket: null }]));
    expect(find(learner({ history, progress }), 'signal.bottleneck-moved')).toBeUndefined();
  });

  it('stays off the one-page view, which shows the five technical columns', () => {
    const columns = onePage(learner(), [], NOW).map((c) => c.id);
    expect(columns).toEqual(['language', 'api-design', 'databases', 'testing-security', 'devops']);
  });
});

describe('signal: the bottleneck moved', () => {
  const history = [
    { topicId: 'sql-joins', status: 'fragile' as const, changedAt: '2026-06-01T10:00:00Z' },
    { topicId: 'indexes', status: 'fragile' as const, changedAt: '2026-06-01T10:00:00Z' },
  ];

  it('fires when most fragile topics moved to another column since the last review', () => {
    const later = [
      ...history,
      { topicId: 'sql-joins', status: 'comfortable' as const, changedAt: '2026-06-10T10:00:00Z' },
      { topicId: 'indexes', status: 'comfortable' as const, changedAt: '2026-06-10T10:00:00Z' },
      { topicId: 'docker', status: 'fragile' as const, changedAt: '2026-06-11T10:00:00Z' },
    ];
    const progress = new Map([
      ['sql-joins', { status: 'comfortable' as const, bucket: null }],
      ['indexes', { status: 'comfortable' as const, bucket: null }],
      ['docker', { status: 'fragile' as const, bucket: null }],
    ]);
    const finding = find(learner({ history: later, progress }), 'signal.bottleneck-moved');
    expect(finding?.explanation).toMatch(/Databases/);
    expect(finding?.explanation).toMatch(/Deployment and DevOps basics \(Docker/);
  });

  it('stays quiet while the bottleneck stays put', () => {
    const progress = new Map(history.map((h) => [h.topicId, { status: h.status, bucket: null }]));
    expect(find(learner({ history, progress }), 'signal.bottleneck-moved')).toBeUndefined();
  });
});

describe('balance: advanced topics before a deployed small API', () => {
  it('fires with two advanced topics started and nothing deployed', () => {
    const finding = find(
      learner({ statuses: { kubernetes: 'learning', microservices: 'theoretical' } }),
      'balance.advanced-before-basics',
    );
    expect(finding?.explanation).toMatch(/Kubernetes/);
    expect(finding?.actions[0]?.intent).toEqual({
      kind: 'start-project',
      catalogueId: 'production-style-api',
    });
  });

  it('stays quiet once a finished project is deployed', () => {
    const input = learner({
      statuses: { kubernetes: 'learning', microservices: 'theoretical' },
      projects: [project({ status: 'done', deployedUrl: 'https://notes.example' })],
    });
    expect(find(input, 'balance.advanced-before-basics')).toBeUndefined();
  });
});

describe('next steps', () => {
  it('never has more than three topics in progress, finishing those first', () => {
    const input = learner({
      statuses: {
        'git-basics': 'learning',
        'sql-basics': 'fragile',
        json: 'theoretical',
        'http-basics': 'learning',
      },
    });
    const { topics } = coach(input, NOW).nextSteps;
    expect(topics).toHaveLength(3);
    expect(topics.every((t) => t.status !== 'not_started')).toBe(true);
  });

  it('puts the focus from the last monthly check-in on top', () => {
    const steps = coach(
      learner({
        plan: {
          focusTopicId: 'sql-joins',
          nextProjectId: null,
          focusChosenIn: { type: 'monthly', completedAt: '2026-06-08T18:00:00Z' },
          projectChosenIn: null,
        },
      }),
      NOW,
    ).nextSteps;
    expect(steps.focus).toMatchObject({ topicId: 'sql-joins', title: 'SQL joins' });
    expect(steps.topics.map((t) => t.topicId)).not.toContain('sql-joins');
  });

  it('only suggests topics whose prerequisites are applied, essential ones first', () => {
    const { topics } = coach(learner(), NOW).nextSteps;
    for (const step of topics) {
      const topic = roadmap.topics.find((t) => t.id === step.topicId);
      expect(topic?.prerequisites.filter((p) => roadmap.topics.some((t) => t.id === p))).toEqual(
        [],
      );
    }
  });

  it('does not suggest a major tool until a project gives a reason', () => {
    const everythingElse = roadmap.topics
      .filter((t) => !['kubernetes'].includes(t.id))
      .map((t) => t.id);
    const input = learner({
      learner: {
        language: 'python',
        level: 'job_seeking',
        targetRole: null,
        startedAt: '2026-01-01T00:00:00Z',
      },
      statuses: all(everythingElse, 'comfortable'),
    });
    expect(coach(input, NOW).nextSteps.topics.map((t) => t.topicId)).not.toContain('kubernetes');
    const withReason = {
      ...input,
      projects: [project({ topicIds: ['kubernetes'], status: 'planned' })],
    };
    const buckets = new Map(input.progress);
    buckets.set('kubernetes', { status: 'not_started', bucket: 'essential_now' });
    expect(
      coach({ ...withReason, progress: buckets }, NOW).nextSteps.topics.map((t) => t.topicId),
    ).toContain('kubernetes');
  });

  it('recommends one practice project for the weakest column, saying why', () => {
    const strongElsewhere = all(
      roadmap.topics
        .filter((t) => t.column !== 'testing-security' && t.stage === 'foundations')
        .map((t) => t.id),
      'comfortable',
    );
    // A project of their own keeps "no independent project" (and its suggestion) out of the way.
    const own = project({ title: 'Own CLI tool', origin: 'blank', topicIds: ['git-basics'] });
    const steps = coach(learner({ statuses: strongElsewhere, projects: [own] }), NOW).nextSteps;
    expect(steps.weakestColumn?.id).toBeDefined();
    expect(steps.project?.reason).toContain(steps.weakestColumn?.title ?? '—');
    const idea = roadmap.projects.find((p) => p.id === steps.project?.catalogueId);
    expect(
      idea?.topics.some(
        (id) => roadmap.topics.find((t) => t.id === id)?.column === steps.weakestColumn?.id,
      ),
    ).toBe(true);
  });

  it('prefers the next project chosen in a review', () => {
    const steps = coach(
      learner({
        plan: {
          focusTopicId: null,
          nextProjectId: 'url-shortener',
          focusChosenIn: null,
          projectChosenIn: { type: 'monthly', completedAt: '2026-06-08T18:00:00Z' },
        },
      }),
      NOW,
    ).nextSteps;
    expect(steps.project).toMatchObject({ catalogueId: 'url-shortener' });
  });
});
