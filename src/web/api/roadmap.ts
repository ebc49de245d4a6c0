// The learner's roadmap (content merged with progress) and its summary, with the queries that share them.
import { useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { NO_PROGRESS } from '../../domain/roadmap-view';
import type {
  LearnerContentSchema,
  LearnerProgressSchema,
  LearnerRoadmapSchema,
  ProgressSummarySchema,
} from '../../server/modules/roadmaps/schemas';
import { request, requestUrl } from './client';
import { queryKeys, ROADMAP_ID } from './queryKeys';

export type LearnerRoadmap = Static<typeof LearnerRoadmapSchema>;
export type LearnerTopic = LearnerRoadmap['topics'][number];
export type TopicProgress = LearnerTopic['progress'];
export type Resource = LearnerTopic['resources'][number];
export type Stage = LearnerRoadmap['stages'][number];
export type Column = LearnerRoadmap['columns'][number];
export type PracticeProject = LearnerRoadmap['projects'][number];
export type ReviewTemplate = LearnerRoadmap['reviewTemplates'][number];
export type ReviewQuestion = ReviewTemplate['questions'][number];
export type ProgressSummary = Static<typeof ProgressSummarySchema>;
type LearnerContent = Static<typeof LearnerContentSchema>;
type LearnerProgress = Static<typeof LearnerProgressSchema>;

/**
 * Roadmap content by URL. Its URL names the version, language and level, so it never changes:
 * fetched once per page load (the browser's HTTP cache keeps it across loads), while progress
 * is fetched on its own each time.
 */
const learnerContent = new Map<string, Promise<LearnerContent>>();

function contentAt(url: string): Promise<LearnerContent> {
  let content = learnerContent.get(url);
  if (!content) {
    content = requestUrl<LearnerContent>('GET', url);
    // A failed fetch is not kept, so the next try asks again.
    content.catch(() => learnerContent.delete(url));
    learnerContent.set(url, content);
  }
  return content;
}

/** The learner's roadmap: their variant's content with their progress on each topic. */
function withProgress(content: LearnerContent, mine: LearnerProgress['progress']): LearnerRoadmap {
  return {
    ...content,
    topics: content.topics.map((topic) => {
      const progress = mine[topic.id] ?? NO_PROGRESS;
      return { ...topic, bucket: progress.bucket ?? topic.defaultBucket, progress };
    }),
  };
}

export const roadmapApi = {
  async myRoadmap(roadmapId: string): Promise<LearnerRoadmap> {
    const state = await request<LearnerProgress>(
      'GET',
      `/me/roadmaps/${encodeURIComponent(roadmapId)}/progress`,
    );
    return withProgress(await contentAt(state.content), state.progress);
  },
  /** Topics per status, overall and per column: enough for the dashboard's bars. */
  mySummary: (roadmapId: string) =>
    request<ProgressSummary>('GET', `/me/roadmaps/${encodeURIComponent(roadmapId)}/summary`),
};

/**
 * The learner's roadmap, one cached query shared by every page that shows topics; `select`
 * picks what a component needs from it (it re-renders only when that changes).
 */
export function useRoadmap<T = LearnerRoadmap>(select?: (roadmap: LearnerRoadmap) => T) {
  return useQuery({
    queryKey: queryKeys.roadmap(ROADMAP_ID),
    queryFn: () => roadmapApi.myRoadmap(ROADMAP_ID),
    select,
  });
}

/** Counts per status, overall and per column: a few hundred bytes rather than the whole roadmap. */
export function useRoadmapSummary() {
  return useQuery({
    queryKey: queryKeys.roadmapSummary(ROADMAP_ID),
    queryFn: () => roadmapApi.mySummary(ROADMAP_ID),
  });
}
