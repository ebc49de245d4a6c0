// The frameworks the roadmap suggests for each language, for onboarding and settings.
import type { Language } from '../../domain/vocabulary';
import { request } from './client';

interface PublicRoadmap {
  topics: { id: string; tracks: Partial<Record<Language, { tools: string[] }>> }[];
}

export const FRAMEWORKS_KEY = ['frameworks', 'backend'] as const;

/** Read from the public roadmap's web-framework topic, so content stays the one source. */
export const frameworkSuggestions = async (): Promise<Partial<Record<Language, string[]>>> => {
  const roadmap = await request<PublicRoadmap>('GET', '/roadmaps/backend');
  const tracks = roadmap.topics.find((t) => t.id === 'web-framework')?.tracks ?? {};
  return Object.fromEntries(
    Object.entries(tracks).map(([language, track]) => [language, track?.tools ?? []]),
  );
};
