// Saves a learner's status, bucket or note on one topic, showing the change before the server answers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ProgressChange, type ProgressRecord, progressApi } from '../../api/progress';
import { queryKeys, ROADMAP_ID } from '../../api/queryKeys';
import type { LearnerRoadmap, LearnerTopic } from '../../api/roadmap';

type TopicUpdate = (topic: LearnerTopic) => LearnerTopic;

/** What the learner sees for a change: a bucket override, or the default for their level. */
function applyChange(change: ProgressChange): TopicUpdate {
  return (topic) => ({
    ...topic,
    ...(change.bucket !== undefined && { bucket: change.bucket ?? topic.defaultBucket }),
    progress: {
      ...topic.progress,
      status: change.status,
      ...(change.bucket !== undefined && { bucket: change.bucket }),
      ...(change.note !== undefined && { note: change.note }),
    },
  });
}

function applyRecord(record: ProgressRecord): TopicUpdate {
  return (topic) => ({
    ...topic,
    bucket: record.bucket ?? topic.defaultBucket,
    progress: {
      status: record.status,
      bucket: record.bucket,
      note: record.note,
      updatedAt: record.updatedAt,
    },
  });
}

/**
 * One mutation per control, so each shows its own Saving/Saved/error state. Only the changed
 * topic gets a new object: the other cards keep theirs and React.memo skips them. On failure
 * only this topic goes back, so a quick change to another topic is not undone with it.
 */
export function useSaveProgress(topicId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.roadmap(ROADMAP_ID);
  const updateTopic = (update: TopicUpdate) =>
    queryClient.setQueryData<LearnerRoadmap>(
      key,
      (roadmap) =>
        roadmap && {
          ...roadmap,
          topics: roadmap.topics.map((t) => (t.id === topicId ? update(t) : t)),
        },
    );

  return useMutation({
    mutationFn: (change: ProgressChange) => progressApi.markTopic(topicId, change),
    onMutate: async (change) => {
      // A refetch in flight would overwrite the optimistic change with the old status.
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient
        .getQueryData<LearnerRoadmap>(key)
        ?.topics.find((t) => t.id === topicId);
      updateTopic(applyChange(change));
      return { previous };
    },
    onError: (_error, _change, context) => {
      const previous = context?.previous;
      if (previous) {
        updateTopic((topic) => ({
          ...topic,
          bucket: previous.bucket,
          progress: previous.progress,
        }));
      }
    },
    onSuccess: (record) => {
      updateTopic(applyRecord(record));
      void queryClient.invalidateQueries({ queryKey: queryKeys.roadmapSummary(ROADMAP_ID) });
    },
  });
}
