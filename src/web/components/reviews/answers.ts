// What a review form holds, the plan changes its answers decide, and the answers as readable text.
import type { Bucket, Status } from '../../../domain/vocabulary';
import type { PlanChanges } from '../../api/reviews';
import type { ReviewQuestion, ReviewTemplate } from '../../api/roadmap';
import { BUCKET_WORDS, STATUS_WORDS } from './words';

/**
 * One question's answer: text or one id (text, topic, project kinds), a list of ids (topics,
 * pain points), or per-topic choices that differ from the plan today (statuses, buckets).
 */
export type AnswerValue = string | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;

export const asText = (value: AnswerValue | undefined): string =>
  typeof value === 'string' ? value : '';
export const asList = (value: AnswerValue | undefined): string[] =>
  Array.isArray(value) ? value : [];
export const asChoices = (value: AnswerValue | undefined): Record<string, string> =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** The server refuses longer answers; a long list is cut rather than refused. */
const MAX_ANSWER = 4000;

/** Topic ids the question's answer names, for the decisions that take a list of topics. */
function topicsNamed(
  question: ReviewQuestion,
  value: AnswerValue | undefined,
  template: ReviewTemplate,
) {
  if (question.answer === 'pain_points') {
    const chosen = new Set(asList(value));
    return (template.painPoints ?? []).filter((p) => chosen.has(p.id)).flatMap((p) => p.revisit);
  }
  if (question.answer === 'topic') return asText(value) ? [asText(value)] : [];
  return asList(value);
}

/** The plan changes a template's `decides` questions make of the answers given. */
export function planChanges(template: ReviewTemplate, answers: Answers): PlanChanges {
  const revisit = new Set<string>();
  const remove = new Set<string>();
  const changes: PlanChanges = {};
  for (const question of template.questions) {
    const value = answers[question.id];
    switch (question.decides) {
      case 'focus':
        if (asText(value)) changes.focusTopicId = asText(value);
        break;
      case 'next_project':
        if (asText(value)) changes.nextProjectId = asText(value);
        break;
      case 'revisit':
        for (const id of topicsNamed(question, value, template)) revisit.add(id);
        break;
      case 'remove':
        for (const id of topicsNamed(question, value, template)) remove.add(id);
        break;
      case 'statuses':
        changes.statuses = [
          ...(changes.statuses ?? []),
          ...Object.entries(asChoices(value)).map(([topicId, status]) => ({
            topicId,
            status: status as Status,
          })),
        ];
        break;
      case 'buckets':
        changes.buckets = [
          ...(changes.buckets ?? []),
          ...Object.entries(asChoices(value)).map(([topicId, bucket]) => ({
            topicId,
            bucket: bucket as Bucket,
          })),
        ];
        break;
      default:
        break;
    }
  }
  if (revisit.size > 0) changes.revisit = [...revisit];
  if (remove.size > 0) changes.remove = [...remove];
  if (changes.statuses?.length === 0) delete changes.statuses;
  if (changes.buckets?.length === 0) delete changes.buckets;
  return changes;
}

export interface Names {
  topic: (topicId: string) => string;
  idea: (catalogueId: string) => string;
  project: (projectId: string) => string;
}

function answerText(
  question: ReviewQuestion,
  value: AnswerValue | undefined,
  template: ReviewTemplate,
  names: Names,
): string {
  switch (question.answer) {
    case 'text':
      return asText(value).trim();
    case 'topic':
      return asText(value) ? names.topic(asText(value)) : '';
    case 'topics':
      return asList(value).map(names.topic).join(', ');
    case 'catalogue_project':
      return asText(value) ? names.idea(asText(value)) : '';
    case 'project':
      return asText(value) ? names.project(asText(value)) : '';
    case 'pain_points': {
      const chosen = new Set(asList(value));
      return (template.painPoints ?? [])
        .filter((p) => chosen.has(p.id))
        .map((p) => p.label)
        .join('; ');
    }
    case 'topic_statuses':
      return Object.entries(asChoices(value))
        .map(([id, status]) => `${names.topic(id)}: ${STATUS_WORDS[status as Status] ?? status}`)
        .join('; ');
    case 'bucket_sort':
      return Object.entries(asChoices(value))
        .map(([id, bucket]) => `${names.topic(id)}: ${BUCKET_WORDS[bucket as Bucket] ?? bucket}`)
        .join('; ');
  }
}

/** The answers as the server stores them, `{ questionId: text }`, leaving out unanswered ones. */
export function answerTexts(
  template: ReviewTemplate,
  answers: Answers,
  names: Names,
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const question of template.questions) {
    const text = answerText(question, answers[question.id], template, names);
    if (text)
      texts[question.id] = text.length > MAX_ANSWER ? `${text.slice(0, MAX_ANSWER - 1)}…` : text;
  }
  return texts;
}
