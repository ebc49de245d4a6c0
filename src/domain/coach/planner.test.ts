import { beforeAll, describe, expect, it } from 'vitest';
import { learnerInput } from '../../../test/support/coach-input.js';
import { backendRoadmap } from '../../../test/support/content.js';
import {
  judge,
  loadPersonas,
  type Persona,
  personaInput,
  personaNow,
} from '../../../test/support/personas.js';
import type { Roadmap } from '../content/schema.js';
import { onePage } from '../one-page.js';
import type { Status } from '../vocabulary.js';
import { coach } from './coach.js';
import { APPLIED } from './context.js';
import type { CoachInput } from './types.js';

const NOW = new Date('2026-06-15T12:00:00Z');
let roadmap: Roadmap;
let personas: Persona[];
beforeAll(async () => {
  roadmap = await backendRoadmap();
  personas = loadPersonas('authored', roadmap);
});

const persona = (id: string): CoachInput => {
  const found = personas.find((p) => p.id === id);
  if (!found) throw new Error(`no persona ${id}`);
  return personaInput(found, roadmap);
};
const personaAt = (id: string) => personaNow(personas.find((p) => p.id === id) as Persona);

/** A learner who signed up in January, marked their topics in March and reviewed in June. */
const learner = (statuses: Record<string, Status>, extra: Partial<CoachInput> = {}): CoachInput =>
  learnerInput(
    roadmap,
    {
      startedAt: '2026-01-10T09:00:00Z',
      changedAt: '2026-03-01T10:00:00Z',
      reviewedAt: '2026-06-01T18:00:00Z',
    },
    { ...extra, statuses },
  );

describe('the planner', () => {
  it('parks first when far too much is open, keeping at most three topics and listing the rest', () => {
    const input = persona('python-overloaded-month-10');
    const statusOf = (id: string) => input.progress.get(id)?.status;
    const unapplied = [...input.progress.keys()].filter((id) =>
      ['learning', 'theoretical'].includes(statusOf(id) ?? ''),
    );
    const { park, topics, focus } = coach(input, personaAt('python-overloaded-month-10')).nextSteps;
    expect(unapplied.length).toBeGreaterThan(40);
    expect(topics.length).toBeLessThanOrEqual(3);
    // Every begun, unapplied topic is either kept in the plan or parked; fragile ones stay.
    const kept = new Set([...topics.map((t) => t.topicId), focus?.topicId]);
    expect(unapplied.filter((id) => !kept.has(id)).sort()).toEqual(
      park.map((p) => p.topicId).sort(),
    );
    expect(park.some((p) => statusOf(p.topicId) === 'fragile')).toBe(false);
    expect(park.every((p) => p.reason.length > 0)).toBe(true);
    // A major tool the learner has no project for is parked with that reason.
    expect(park.find((p) => p.topicId === 'kubernetes')?.reason).toMatch(/major tool|waits until/);
  });

  it('does not park anything for a learner with a handful of topics open', () => {
    const input = persona('java-intermediate-month-10');
    expect(coach(input, personaAt('java-intermediate-month-10')).nextSteps.park).toEqual([]);
  });

  it('drops a focus the findings contradict, and says so in the park list', () => {
    const input = persona('node-switcher-kubernetes');
    const report = coach(input, personaAt('node-switcher-kubernetes'));
    expect(report.findings.map((f) => f.id)).toContain('balance.advanced-before-basics');
    expect(report.nextSteps.focus).toBeNull();
    const parked = report.nextSteps.park.find((p) => p.topicId === 'kubernetes');
    expect(parked?.reason).toMatch(/Made the focus in your monthly check-in on 1 Nov 2026, but/);
    expect(report.nextSteps.topics.map((t) => t.topicId)).not.toContain('kubernetes');
  });

  it('takes the next project a finding suggests, and offers no other project to start', () => {
    const report = coach(
      persona('node-switcher-kubernetes'),
      personaAt('node-switcher-kubernetes'),
    );
    expect(report.nextSteps.project?.reason).toBe(
      'It answers “Advanced topics before a deployed small API”.',
    );
    for (const p of personas) {
      const { findings, nextSteps } = coach(personaInput(p, roadmap), personaNow(p));
      const offered = findings
        .flatMap((f) => f.actions)
        .flatMap((a) => (a.intent.kind === 'start-project' ? [a.intent.catalogueId] : []));
      expect(
        offered.filter((id) => id !== nextSteps.project?.catalogueId),
        p.id,
      ).toEqual([]);
    }
  });

  it('lets a review-chosen project expire after a quarter, and names the review while it stands', () => {
    const chosen = (completedAt: string) =>
      learner(
        { 'language-syntax': 'comfortable', 'control-flow': 'comfortable' },
        {
          plan: {
            focusTopicId: null,
            nextProjectId: 'notes-api',
            focusChosenIn: null,
            projectChosenIn: { type: 'quarterly', completedAt },
          },
        },
      );
    const recent = coach(chosen('2026-05-20T10:00:00Z'), NOW).nextSteps.project;
    expect(recent).toMatchObject({ catalogueId: 'notes-api' });
    expect(recent?.reason).toBe('You chose it in your quarterly refresh on 20 May 2026.');
    const stale = coach(chosen('2025-12-01T10:00:00Z'), NOW).nextSteps.project;
    expect(stale?.catalogueId).not.toBe('notes-api');
  });

  it('lets a review-chosen project lapse once the learner has moved past its stage', () => {
    const input = persona('java-intermediate-month-10');
    // Chosen last month, but from the data stage, which this learner has long left behind.
    const plan = {
      ...input.plan,
      nextProjectId: 'notes-api',
      projectChosenIn: { type: 'monthly' as const, completedAt: '2026-11-04T12:00:00Z' },
    };
    const { project } = coach(
      { ...input, plan },
      personaAt('java-intermediate-month-10'),
    ).nextSteps;
    expect(project?.catalogueId).not.toBe('notes-api');
    // The persona's own choice, from May, lapsed with the quarter.
    expect(input.plan.nextProjectId).toBe('todo-list-api');
    const own = coach(input, personaAt('java-intermediate-month-10')).nextSteps.project;
    expect(own?.catalogueId).not.toBe('todo-list-api');
  });

  it('gives a week-two beginner a first-stage project, not a later one on a column tie', () => {
    const { project } = coach(
      persona('python-beginner-week-2'),
      personaAt('python-beginner-week-2'),
    ).nextSteps;
    expect(project?.catalogueId).toBe('expense-tracker-cli');
  });

  it('gives each next topic a reason that fits it, never a canned one', () => {
    const input = learner({
      'choose-one-language': 'theoretical',
      'sql-basics': 'fragile',
      'git-basics': 'learning',
    });
    const { topics, project } = coach(input, NOW).nextSteps;
    const own = project ? `Your next project, “${project.title}”, needs it.` : '—';
    const fits = {
      fragile: /^Applied but shaky/,
      learning: /^In progress/,
      theoretical: /^Studied, not yet applied/,
    } as const;
    for (const t of topics) {
      expect(t.reason).not.toMatch(/use it in a project/);
      // Either the project that needs it says so, or the reason fits its status.
      if (t.reason !== own) expect(t.reason).toMatch(fits[t.status as keyof typeof fits]);
    }
    expect(topics.map((t) => t.topicId)).toContain('git-basics');
    const choose = topics.find((t) => t.topicId === 'choose-one-language')?.reason ?? '';
    expect(choose).toMatch(/^Studied, not yet applied|^Your next project, “.+”, needs it\.$/);
  });
});

describe('one dashboard, no contradictions', () => {
  it('offers at most three one-click actions across all findings, none twice', () => {
    for (const p of personas) {
      const actions = coach(personaInput(p, roadmap), personaNow(p)).findings.flatMap(
        (f) => f.actions,
      );
      expect(actions.length, p.id).toBeLessThanOrEqual(3);
      const intents = actions.map((a) => JSON.stringify(a.intent));
      expect(new Set(intents).size, p.id).toBe(intents.length);
    }
  });

  it('never suggests as next, on the plan or the one-page view, a topic whose prerequisites are unmet', () => {
    for (const p of personas) {
      const input = personaInput(p, roadmap);
      const now = personaNow(p);
      const status = (id: string) => input.progress.get(id)?.status ?? 'not_started';
      const unmet = (id: string) => {
        const topic = roadmap.topics.find((t) => t.id === id);
        if (!topic || status(id) !== 'not_started') return false;
        return topic.prerequisites.some(
          (pre) => !APPLIED.has(status(pre)) && status(pre) !== 'skipped',
        );
      };
      const planned = coach(input, now).nextSteps.topics.map((t) => t.topicId);
      const onPage = onePage(input, [], now).flatMap((c) => c.next.map((n) => n.topicId));
      expect([...planned, ...onPage].filter(unmet), p.id).toEqual([]);
    }
  });

  it('shows the plan on the one-page view: its next topics head their columns', () => {
    for (const p of personas) {
      const input = personaInput(p, roadmap);
      const now = personaNow(p);
      const planned = coach(input, now).nextSteps.topics;
      const page = onePage(input, [], now);
      for (const step of planned) {
        const column = roadmap.topics.find((t) => t.id === step.topicId)?.column;
        const shown = page.find((c) => c.id === column)?.next.map((n) => n.topicId) ?? [];
        if (column !== 'career') expect(shown, `${p.id} ${step.topicId}`).toContain(step.topicId);
      }
    }
  });

  it('never shows as a focus or next topic what it also parks', () => {
    for (const p of personas) {
      const { focus, topics, park } = coach(personaInput(p, roadmap), personaNow(p)).nextSteps;
      const parked = new Set(park.map((x) => x.topicId));
      expect(
        [focus?.topicId, ...topics.map((t) => t.topicId)].filter((id) => id && parked.has(id)),
        p.id,
      ).toEqual([]);
    }
  });
});

describe('the authored personas', () => {
  it('get every finding their mentor insists on, and none they would call a false alarm', () => {
    for (const p of personas) {
      const verdict = judge(p, coach(personaInput(p, roadmap), personaNow(p)));
      expect({ id: p.id, missing: verdict.mentions.missing, wrong: verdict.saidWrongly }).toEqual({
        id: p.id,
        missing: [],
        wrong: [],
      });
    }
  });
});
