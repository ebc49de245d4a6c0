// Plan changes in plain words: what a review is about to change, or what a past review changed.
import type { Bucket, Status } from '../../../domain/vocabulary';
import type { PlanChanges } from '../../api/reviews';
import type { LearnerTopic } from '../../api/roadmap';
import { BUCKET_WORDS, STATUS_WORDS } from './words';

export interface ChangeNames {
  topic: (topicId: string) => string;
  idea: (catalogueId: string) => string;
}

/** "fragile (applied, still shaky)" reads as "fragile" inside a sentence. */
const brief = (words: string) => words.split(' (')[0] ?? words;

/**
 * Before saving: each change as the learner will see it happen, using the plan as it is now so
 * "goes back to essential now" is only said of topics that move, as the server applies it
 * (revisit: essential now, comfortable drops to fragile; remove: skipped and optional later).
 */
export function previewChanges(
  changes: PlanChanges,
  topics: ReadonlyMap<string, LearnerTopic>,
  names: ChangeNames,
): string[] {
  const lines: string[] = [];
  if (changes.focusTopicId) lines.push(`Focus becomes ${names.topic(changes.focusTopicId)}`);
  if (changes.nextProjectId) {
    lines.push(`Your next project becomes ${names.idea(changes.nextProjectId)}`);
  }
  for (const { topicId, status } of changes.statuses ?? []) {
    const before = topics.get(topicId)?.progress.status;
    lines.push(
      `${names.topic(topicId)} becomes ${brief(STATUS_WORDS[status])}` +
        (before ? ` (was ${brief(STATUS_WORDS[before])})` : ''),
    );
  }
  for (const { topicId, bucket } of changes.buckets ?? []) {
    const before = topics.get(topicId)?.bucket;
    lines.push(
      `${names.topic(topicId)} moves ${before ? `from ${BUCKET_WORDS[before]} ` : ''}to ${BUCKET_WORDS[bucket]}`,
    );
  }
  for (const topicId of changes.revisit ?? []) {
    const topic = topics.get(topicId);
    const where =
      topic?.bucket === 'essential_now'
        ? 'stays in essential now, to revisit'
        : 'goes back to essential now';
    const downgrade =
      topic?.progress.status === 'comfortable' ? ', and from comfortable to fragile' : '';
    lines.push(`${names.topic(topicId)} ${where}${downgrade}`);
  }
  for (const topicId of changes.remove ?? []) {
    lines.push(`${names.topic(topicId)} is removed from your plan (skipped, optional later)`);
  }
  return lines;
}

/** After the fact, without the plan as it was then: what the review changed. */
export function describePastChanges(changes: PlanChanges, names: ChangeNames): string[] {
  const lines: string[] = [];
  if (changes.focusTopicId) lines.push(`Focus became ${names.topic(changes.focusTopicId)}`);
  if (changes.nextProjectId) {
    lines.push(`Next project became ${names.idea(changes.nextProjectId)}`);
  }
  for (const { topicId, status } of changes.statuses ?? []) {
    lines.push(`${names.topic(topicId)} was marked ${brief(STATUS_WORDS[status as Status])}`);
  }
  for (const { topicId, bucket } of changes.buckets ?? []) {
    lines.push(`${names.topic(topicId)} moved to ${BUCKET_WORDS[bucket as Bucket]}`);
  }
  for (const topicId of changes.revisit ?? []) {
    lines.push(`${names.topic(topicId)} went back to essential now, to revisit`);
  }
  for (const topicId of changes.remove ?? []) {
    lines.push(`${names.topic(topicId)} was removed from the plan`);
  }
  return lines;
}
