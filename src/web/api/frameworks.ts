// The frameworks the roadmap suggests per language, for onboarding and settings (only they load it).
import { useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { Language } from '../../domain/vocabulary';
import type { PublicRoadmapSchema } from '../../server/modules/roadmaps/schemas';
import { request } from './client';
import { queryKeys, ROADMAP_ID } from './queryKeys';

type PublicRoadmap = Static<typeof PublicRoadmapSchema>;

/** Read from the public roadmap's web-framework topic, so content stays the one source. */
async function frameworkSuggestions(): Promise<Partial<Record<Language, string[]>>> {
  const roadmap = await request<PublicRoadmap>('GET', `/roadmaps/${ROADMAP_ID}`);
  const tracks = roadmap.topics.find((t) => t.id === 'web-framework')?.tracks ?? {};
  return Object.fromEntries(
    Object.entries(tracks).map(([language, track]) => [language, track.tools]),
  );
}

export function useFrameworkSuggestions() {
  return useQuery({
    queryKey: queryKeys.frameworks,
    queryFn: frameworkSuggestions,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
