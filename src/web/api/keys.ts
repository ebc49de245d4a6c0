// Query keys shared by the pages and components that read or update the same data.
export const ROADMAP_ID = 'backend';
export const roadmapKey = (id: string) => ['roadmap', id] as const;
// Under the roadmap's key, so whatever refreshes the roadmap refreshes its summary too.
export const roadmapSummaryKey = (id: string) => ['roadmap', id, 'summary'] as const;
