// Recording the learner's status, bucket and note on a topic: the progress module's write.
import type { Static } from 'typebox';
import type {
  ProgressInputSchema,
  ProgressRecordSchema,
} from '../../server/modules/progress/schemas';
import { request } from './client';

export type ProgressRecord = Static<typeof ProgressRecordSchema>;
/** A change to one topic; the roadmap defaults to the one the web app shows. */
export type ProgressChange = Omit<Static<typeof ProgressInputSchema>, 'roadmapId'>;

export const progressApi = {
  markTopic: (topicId: string, change: ProgressChange) =>
    request<ProgressRecord>('PUT', `/me/progress/${encodeURIComponent(topicId)}`, change),
};
