import { describe, expect, it } from 'vitest';
import type { DueReview, ScheduleInput } from './schedule.js';
import { dueReviews, localDate } from './schedule.js';
import { CHECK_IN_CADENCES, type ReviewType } from './vocabulary.js';

const TONGA = 'Pacific/Tongatapu'; // UTC+13 all year
const HONOLULU = 'Pacific/Honolulu'; // UTC−10 all year

/** A learner in UTC who signed up at noon on 2026-01-15, with nothing done yet. */
function learner(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    timeZone: 'UTC',
    cadence: 'monthly',
    startedAt: '2026-01-15T12:00:00Z',
    reviews: [],
    doneProjects: [],
    triggers: [],
    ...overrides,
  };
}

function review(type: ReviewType, completedAt: string, projectId: string | null = null) {
  return { type, completedAt, projectId };
}

function trigger(id: string, type: ReviewType, label: string, raisedAt: string) {
  return { id, review: type, label, raisedAt };
}

/** The one entry for a cycle; every learner has exactly one per cycle. */
function entry(list: DueReview[], type: ReviewType): DueReview {
  const found = list.filter((r) => r.type === type);
  expect(found).toHaveLength(1);
  return found[0] as DueReview;
}

/** Where the next check-in falls for a learner who last did one at noon UTC on `completedOn`. */
function nextCheckIn(input: ScheduleInput, completedOn: string | null): string {
  const reviews = completedOn ? [review('monthly', `${completedOn}T12:00:00Z`)] : [];
  return entry(dueReviews({ ...input, reviews }, new Date('2026-01-01T00:00:00Z')), 'monthly')
    .dueOn;
}

const EARLY = new Date('2026-01-16T00:00:00Z');

describe('localDate', () => {
  it('reads an instant as the calendar date where the learner lives', () => {
    expect(localDate('2026-03-01T11:30:00Z', TONGA)).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-01T05:00:00Z'), HONOLULU)).toBe('2026-02-28');
    expect(localDate('2026-03-01T05:00:00Z', 'UTC')).toBe('2026-03-01');
  });

  it('refuses an unknown time zone, naming it', () => {
    expect(() => localDate('2026-03-01T00:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDate('2026-03-01T00:00:00Z', 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});

describe('dueReviews', () => {
  it('gives learners on either side of the date line different todays for the same instant', () => {
    // 10:30Z on Jan 31 is late evening in Tonga and just after midnight in Honolulu: both
    // learners signed up on their own Jan 31, so both owe their first check-in on Feb 28.
    const startedAt = '2026-01-31T10:30:00Z';
    const now = new Date('2026-03-01T09:00:00Z'); // Mar 1, 22:00 in Tonga; Feb 28, 23:00 in Honolulu
    const tonga = entry(dueReviews(learner({ timeZone: TONGA, startedAt }), now), 'monthly');
    const honolulu = entry(dueReviews(learner({ timeZone: HONOLULU, startedAt }), now), 'monthly');

    expect(localDate(now, TONGA)).toBe('2026-03-01');
    expect(localDate(now, HONOLULU)).toBe('2026-02-28');
    expect(tonga).toMatchObject({ dueOn: '2026-02-28', overdue: true, daysOverdue: 1 });
    expect(honolulu).toMatchObject({ dueOn: '2026-02-28', overdue: false, daysOverdue: 0 });
  });

  it('anchors every cycle on the local date the learner signed up', () => {
    // 11:30Z on Jan 30 is already Jan 31 in Tonga, and still Jan 30 in Honolulu.
    const startedAt = '2026-01-30T11:30:00Z';
    const tonga = entry(dueReviews(learner({ timeZone: TONGA, startedAt }), EARLY), 'monthly');
    const honolulu = entry(
      dueReviews(learner({ timeZone: HONOLULU, startedAt }), EARLY),
      'monthly',
    );

    expect(tonga.reason).toBe('Monthly check-in, due every month since you started on 2026-01-31');
    expect(honolulu.reason).toBe(
      'Monthly check-in, due every month since you started on 2026-01-30',
    );
  });

  it('lists exactly one entry per cycle, whether due, overdue or upcoming', () => {
    const list = dueReviews(learner(), EARLY);

    expect(list.map((r) => r.type)).toEqual(['monthly', 'quarterly', 'annual']);
    expect(list.map((r) => r.dueOn)).toEqual(['2026-02-15', '2026-04-15', '2027-01-15']);
    expect(list.every((r) => !r.overdue && r.projectId === null && r.triggerId === null)).toBe(
      true,
    );
  });

  it('puts a check-in anchored on the 31st on the last day of shorter months', () => {
    const input = learner({ startedAt: '2026-01-31T12:00:00Z' });

    expect(nextCheckIn(input, null)).toBe('2026-02-28');
    expect(nextCheckIn(input, '2026-02-28')).toBe('2026-03-31');
    expect(nextCheckIn(input, '2026-03-31')).toBe('2026-04-30');
    expect(nextCheckIn(input, '2026-04-30')).toBe('2026-05-31');
  });

  it('puts a check-in anchored on the 31st on Feb 29 in a leap year', () => {
    expect(nextCheckIn(learner({ startedAt: '2028-01-31T12:00:00Z' }), null)).toBe('2028-02-29');
  });

  it('moves the next check-in to the next date in the series once one is completed', () => {
    const input = learner();

    expect(nextCheckIn(input, '2026-02-15')).toBe('2026-03-15');
    expect(nextCheckIn(input, '2026-02-20')).toBe('2026-03-15');
    expect(nextCheckIn(input, '2026-05-20')).toBe('2026-06-15');
    // The latest review counts, whatever order the reviews arrive in.
    const reviews = [
      review('monthly', '2026-04-01T12:00:00Z'),
      review('monthly', '2026-02-01T00:00:00Z'),
    ];
    expect(entry(dueReviews({ ...input, reviews }, EARLY), 'monthly').dueOn).toBe('2026-04-15');
  });

  it('reads a completed review on the learner’s local date', () => {
    // 11:30Z on Feb 14 is already Feb 15 in Tonga: that covers the Feb 15 check-in there.
    const reviews = [review('monthly', '2026-02-14T11:30:00Z')];
    const startedAt = '2026-01-15T00:00:00Z';
    const tonga = dueReviews(learner({ timeZone: TONGA, startedAt, reviews }), EARLY);
    const utc = dueReviews(learner({ startedAt, reviews }), EARLY);

    expect(entry(tonga, 'monthly').dueOn).toBe('2026-03-15');
    expect(entry(utc, 'monthly').dueOn).toBe('2026-02-15');
  });

  it('repeats a weekly check-in every 7 days from the day the learner started', () => {
    const input = learner({ cadence: 'weekly', startedAt: '2026-03-02T12:00:00Z' });

    expect(nextCheckIn(input, null)).toBe('2026-03-09');
    expect(nextCheckIn(input, '2026-03-10')).toBe('2026-03-16');
    expect(nextCheckIn(input, '2026-12-31')).toBe('2027-01-04');
    expect(entry(dueReviews(input, EARLY), 'monthly').reason).toBe(
      'Weekly check-in, due every week since you started on 2026-03-02',
    );
  });

  it('repeats a fortnightly check-in every 14 days from the day the learner started', () => {
    const input = learner({ cadence: 'fortnightly', startedAt: '2026-03-02T12:00:00Z' });

    expect(nextCheckIn(input, null)).toBe('2026-03-16');
    expect(nextCheckIn(input, '2026-03-16')).toBe('2026-03-30');
    expect(nextCheckIn(input, '2026-03-17')).toBe('2026-03-30');
  });

  it('offers every cadence the schedule knows', () => {
    for (const cadence of CHECK_IN_CADENCES) {
      expect(() => dueReviews(learner({ cadence }), EARLY)).not.toThrow();
    }
  });

  it('schedules the quarterly refresh every three calendar months from the anchor', () => {
    const input = learner({ startedAt: '2025-11-30T12:00:00Z' });
    const later = learner({ ...input, reviews: [review('quarterly', '2026-03-05T12:00:00Z')] });

    expect(entry(dueReviews(input, EARLY), 'quarterly').dueOn).toBe('2026-02-28');
    expect(entry(dueReviews(later, EARLY), 'quarterly').dueOn).toBe('2026-05-30');
    expect(entry(dueReviews(input, EARLY), 'quarterly').reason).toBe(
      'Quarterly refresh, due every three months since you started on 2025-11-30',
    );
  });

  it('schedules the annual reset every year, keeping a Feb 29 anchor for leap years', () => {
    const input = learner({ startedAt: '2024-02-29T12:00:00Z' });
    const reset = (completedAt: string | null) =>
      entry(
        dueReviews(
          { ...input, reviews: completedAt ? [review('annual', completedAt)] : [] },
          EARLY,
        ),
        'annual',
      ).dueOn;

    expect(reset(null)).toBe('2025-02-28');
    expect(reset('2025-03-01T12:00:00Z')).toBe('2026-02-28');
    expect(reset('2027-03-01T12:00:00Z')).toBe('2028-02-29');
  });

  it('asks for a retro on the local day a project was marked done, until one exists', () => {
    const done = [{ id: 'notes', title: 'Notes API', completedAt: '2026-02-10T11:30:00Z' }];
    const pending = dueReviews(learner({ timeZone: TONGA, doneProjects: done }), EARLY);
    const otherRetro = [review('project', '2026-02-12T00:00:00Z', 'todo-app')];
    const stillPending = dueReviews(learner({ doneProjects: done, reviews: otherRetro }), EARLY);
    const retro = [review('project', '2026-02-12T00:00:00Z', 'notes')];
    const answered = dueReviews(learner({ doneProjects: done, reviews: retro }), EARLY);

    expect(entry(pending, 'project')).toEqual({
      type: 'project',
      dueOn: '2026-02-11',
      overdue: false,
      daysOverdue: 0,
      reason: 'Project "Notes API" is done',
      projectId: 'notes',
      triggerId: null,
    });
    expect(entry(stillPending, 'project').projectId).toBe('notes');
    expect(answered.filter((r) => r.type === 'project')).toEqual([]);
  });

  it('makes a review due at once when the learner raises a trigger', () => {
    const triggers = [
      trigger('t1', 'quarterly', 'I started applying for jobs', '2026-02-03T09:00:00Z'),
    ];
    const now = new Date('2026-02-05T12:00:00Z');
    const quarterly = entry(dueReviews(learner({ triggers }), now), 'quarterly');

    expect(quarterly).toMatchObject({
      dueOn: '2026-02-03',
      overdue: true,
      daysOverdue: 2,
      reason: 'You said: I started applying for jobs',
      triggerId: 't1',
    });
  });

  it('answers a trigger with the next review of its type, but not with an earlier one', () => {
    const raised = trigger('t1', 'monthly', 'I cannot deploy', '2026-02-03T09:00:00Z');
    const before = [review('monthly', '2026-02-03T08:00:00Z')];
    const after = [review('monthly', '2026-02-03T10:00:00Z')];
    const open = entry(
      dueReviews(learner({ triggers: [raised], reviews: before }), EARLY),
      'monthly',
    );
    const answered = entry(
      dueReviews(learner({ triggers: [raised], reviews: after }), EARLY),
      'monthly',
    );

    expect(open).toMatchObject({ dueOn: '2026-02-03', triggerId: 't1' });
    expect(answered).toMatchObject({ dueOn: '2026-02-15', triggerId: null });
    expect(answered.reason).toMatch(/^Monthly check-in/);
  });

  it('follows the earliest of several open triggers for one review', () => {
    const triggers = [
      trigger('late', 'annual', 'I changed target role', '2026-03-01T00:00:00Z'),
      trigger('early', 'annual', 'I keep avoiding SQL', '2026-02-01T00:00:00Z'),
    ];
    const annual = entry(dueReviews(learner({ triggers }), EARLY), 'annual');

    expect(annual).toMatchObject({ dueOn: '2026-02-01', triggerId: 'early' });
  });

  it('keeps an already overdue date when a trigger comes later, and says what was raised', () => {
    const triggers = [trigger('t1', 'monthly', 'I cannot debug', '2026-03-01T00:00:00Z')];
    const now = new Date('2026-03-02T00:00:00Z');
    const monthly = entry(dueReviews(learner({ triggers }), now), 'monthly');

    expect(monthly).toMatchObject({ dueOn: '2026-02-15', daysOverdue: 15, triggerId: 't1' });
    expect(monthly.reason).toContain('You said: I cannot debug');
  });

  it('lists an open project trigger on its own, since retros have no cycle', () => {
    const triggers = [trigger('t1', 'project', 'Same gaps in interviews', '2026-02-01T00:00:00Z')];
    const list = dueReviews(learner({ triggers }), EARLY);

    expect(entry(list, 'project')).toMatchObject({
      dueOn: '2026-02-01',
      projectId: null,
      triggerId: 't1',
    });
  });

  it('lists the most pressing review first: due before upcoming, the widest review first, then the longest overdue', () => {
    const input = learner({
      startedAt: '2025-12-15T12:00:00Z',
      reviews: [review('monthly', '2026-01-20T00:00:00Z')], // next check-in: 2026-02-15
      doneProjects: [
        { id: 'cli', title: 'CLI', completedAt: '2026-03-15T12:00:00Z' },
        { id: 'api', title: 'API', completedAt: '2026-02-10T12:00:00Z' },
      ],
    });
    const now = new Date('2026-03-15T06:00:00Z');

    // The quarterly refresh due today covers more than a check-in a month overdue.
    expect(dueReviews(input, now).map((r) => [r.type, r.dueOn, r.daysOverdue])).toEqual([
      ['quarterly', '2026-03-15', 0],
      ['project', '2026-02-10', 33],
      ['project', '2026-03-15', 0],
      ['monthly', '2026-02-15', 28],
      ['annual', '2026-12-15', 0],
    ]);
  });

  it('puts a review the learner asked for ("revisit now") before every other', () => {
    const input = learner({
      startedAt: '2025-12-15T12:00:00Z',
      reviews: [review('monthly', '2026-01-20T00:00:00Z')],
      triggers: [
        {
          id: 't1',
          review: 'monthly',
          label: 'I started applying for jobs',
          raisedAt: '2026-03-14T10:00:00Z',
        },
      ],
    });
    const [first] = dueReviews(input, new Date('2026-03-15T06:00:00Z'));
    expect(first).toMatchObject({ triggerId: 't1' });
  });

  it('counts days overdue in calendar days across a daylight-saving change', () => {
    const input = learner({ timeZone: 'America/New_York', startedAt: '2026-02-01T17:00:00Z' });
    // Mar 1 to Mar 10 crosses the Mar 8 clock change: still nine calendar days.
    const monthly = entry(dueReviews(input, new Date('2026-03-10T04:30:00Z')), 'monthly');

    expect(monthly).toMatchObject({ dueOn: '2026-03-01', overdue: true, daysOverdue: 9 });
  });

  it('refuses an unknown time zone, naming it', () => {
    const input = learner({ timeZone: 'Europe/Atlantis' });

    expect(() => dueReviews(input, EARLY)).toThrow(RangeError);
    expect(() => dueReviews(input, EARLY)).toThrow(/Europe\/Atlantis/);
  });
});
