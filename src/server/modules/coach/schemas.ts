// Response shapes of the coach, the one-page roadmap and progress over time.
import { type Static, Type } from 'typebox';
import { STATUSES } from '../../../domain/vocabulary.js';
import { Nullable } from '../../schemas/common.js';

const TopicIds = Type.Array(Type.String());

export const CoachActionSchema = Type.Object({
  label: Type.String(),
  method: Type.Enum(['PUT', 'POST', 'PATCH']),
  path: Type.String(),
  body: Type.Record(Type.String(), Type.Unknown()),
});

export const FindingSchema = Type.Object({
  id: Type.String({ description: 'Stable rule id, e.g. pitfall.sql-skipped' }),
  kind: Type.Enum(['pitfall', 'signal', 'balance']),
  severity: Type.Enum(['info', 'warning', 'critical']),
  title: Type.String(),
  explanation: Type.String({
    description: 'Names the topics, projects, postings or dates behind the finding',
  }),
  evidence: Type.Object({
    topics: TopicIds,
    projects: TopicIds,
    postings: TopicIds,
    dates: TopicIds,
  }),
  actions: Type.Array(CoachActionSchema, {
    description: 'Each is one request the client can send as it is',
  }),
});

const Status = Type.Enum(STATUSES);

export const CoachSchema = Type.Object({
  findings: Type.Array(FindingSchema),
  nextSteps: Type.Object({
    focus: Nullable(
      Type.Object({
        topicId: Type.String(),
        title: Type.String(),
        status: Status,
        reason: Type.String({ description: 'The review that chose it, and when' }),
      }),
    ),
    park: Type.Array(
      Type.Object({
        topicId: Type.String(),
        title: Type.String(),
        status: Status,
        reason: Type.String(),
      }),
      {
        description:
          'Topics to set aside first: far too many begun and unapplied, or what the findings say waits. Empty otherwise.',
      },
    ),
    topics: Type.Array(
      Type.Object({
        topicId: Type.String(),
        title: Type.String(),
        status: Status,
        reason: Type.String(),
      }),
    ),
    weakestColumn: Nullable(
      Type.Object({
        id: Type.String(),
        title: Type.String(),
        strength: Type.Number({
          description: '0 = nothing started … 1 = all comfortable; see docs/coach.md',
        }),
      }),
    ),
    project: Nullable(
      Type.Object({ catalogueId: Type.String(), title: Type.String(), reason: Type.String() }),
    ),
  }),
});

const TopicRef = Type.Object({ topicId: Type.String(), title: Type.String() });

export const OnePageSchema = Type.Object({
  columns: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      know: Type.Array(TopicRef),
      built: Type.Array(
        Type.Object({
          topicId: Type.String(),
          title: Type.String(),
          evidence: Type.Array(Type.String()),
        }),
      ),
      next: Type.Array(TopicRef),
    }),
  ),
});

const Counts = Type.Object(Object.fromEntries(STATUSES.map((s) => [s, Type.Integer()])));

export const HistoryStatsSchema = Type.Object({
  weeks: Type.Array(
    Type.Object({
      weekStart: Type.String({ format: 'date' }),
      overall: Counts,
      columns: Type.Record(Type.String(), Counts),
    }),
  ),
});

export type CoachAction = Static<typeof CoachActionSchema>;
export type Coach = Static<typeof CoachSchema>;
export type HistoryStats = Static<typeof HistoryStatsSchema>;
