// After a change made on the dashboard, every learner query but the account is fetched again.
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';

/**
 * Marks every learner query stale after a change the dashboard made. A coach action can change
 * progress, projects or due reviews, so the coach, roadmap, projects and reviews all refetch
 * (the ones on screen at once, the others when next shown); only the signed-in user stays.
 */
export function useRefreshLearnerData() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
