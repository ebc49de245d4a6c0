// Every TanStack Query key of the web app, per resource, so a change knows exactly what to refresh.

/** The one roadmap Waymark has today; every learner follows it. */
export const ROADMAP_ID = 'backend';

export const queryKeys = {
  /** The signed-in user; kept when everything else is refetched. */
  me: ['me'] as const,
  /** Every roadmap query: the learner's roadmap and its summary. */
  roadmaps: ['roadmap'] as const,
  roadmap: (roadmapId: string) => ['roadmap', roadmapId] as const,
  // Under the roadmap's key, so whatever refreshes the roadmap refreshes its summary too.
  roadmapSummary: (roadmapId: string) => ['roadmap', roadmapId, 'summary'] as const,
  frameworks: ['frameworks', 'backend'] as const,
  // Under 'projects', so the roadmap's evidence panel and the projects page share one list.
  projects: ['projects', 'mine'] as const,
  evidence: (topicId: string) => ['evidence', topicId] as const,
  reviews: {
    due: ['reviews', 'due'] as const,
    past: ['reviews', 'past'] as const,
  },
  coach: ['coach'] as const,
  onePage: ['one-page'] as const,
  // Every posting query starts with 'postings', so one invalidation after a change refreshes them all.
  postings: {
    all: ['postings'] as const,
    list: ['postings', 'list'] as const,
    one: (postingId: string) => ['postings', 'one', postingId] as const,
    skills: ['postings', 'skills'] as const,
  },
  history: {
    all: ['history'] as const,
    stats: ['history', 'stats'] as const,
    changes: ['history', 'changes'] as const,
  },
  sessions: ['sessions'] as const,
  activity: ['activity'] as const,
};
