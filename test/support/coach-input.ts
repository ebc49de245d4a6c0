// The coach's input for a hand-built learner: a Python beginner with the given statuses, each
// reached on one day, a monthly check-in done, and nothing else unless the test says so.
import type { CoachInput } from '../../src/domain/coach/types.js';
import type { Roadmap } from '../../src/domain/content/schema.js';
import type { Status } from '../../src/domain/vocabulary.js';

export interface LearnerDates {
  startedAt: string;
  /** When every given status was reached. */
  changedAt: string;
  reviewedAt: string;
}

export function learnerInput(
  roadmap: Roadmap,
  dates: LearnerDates,
  overrides: Partial<CoachInput> & { statuses?: Record<string, Status> } = {},
): CoachInput {
  const { statuses = {}, ...rest } = overrides;
  return {
    roadmap,
    learner: {
      language: 'python',
      level: 'beginner',
      targetRole: null,
      startedAt: dates.startedAt,
    },
    progress: new Map(
      Object.entries(statuses).map(([id, status]) => [id, { status, bucket: null }]),
    ),
    history: Object.entries(statuses).map(([topicId, status]) => ({
      topicId,
      status,
      changedAt: dates.changedAt,
    })),
    projects: [],
    reviews: [{ type: 'monthly', completedAt: dates.reviewedAt, roadmapVersion: roadmap.version }],
    postings: [],
    plan: { focusTopicId: null, nextProjectId: null, focusChosenIn: null, projectChosenIn: null },
    activity: [],
    ...rest,
  };
}
