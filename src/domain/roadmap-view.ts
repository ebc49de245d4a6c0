// What a roadmap looks like to the public and to one learner: language tracks, buckets, progress.
import type { Project, Resource, ReviewTemplate, Roadmap, Topic } from './content/schema.js';
import type { Bucket, Language, LearnerLevel, Status } from './vocabulary.js';
import { DEFAULT_LEVEL } from './vocabulary.js';

/** A topic as every visitor sees it: all language tracks, the default bucket for each level. */
export function publicTopic(topic: Topic) {
  const { stage, column, ...rest } = topic;
  return {
    ...rest,
    stageId: stage,
    columnId: column,
    sharedAliases: topic.sharedAliases ?? [],
    languages: topic.languages ?? null,
    tracks: topic.tracks ?? {},
    replaces: topic.replaces ?? [],
  };
}

export type PublicTopic = ReturnType<typeof publicTopic>;

/** Whether a topic belongs in the plan of someone learning `language` (null: not chosen yet). */
export function topicAppliesTo(topic: Topic, language: Language | null): boolean {
  return !language || !topic.languages || topic.languages.includes(language);
}

export function defaultBucket(topic: Topic, level: LearnerLevel | null): Bucket {
  return topic.buckets[level ?? DEFAULT_LEVEL];
}

/** A track may repeat a general resource; the learner sees it once, in the general place. */
function withoutRepeats(resources: Resource[]): Resource[] {
  const seen = new Set<string>();
  return resources.filter((r) => !seen.has(r.url) && seen.add(r.url));
}

/**
 * A topic as one learner sees it, before their progress is added: only their language's
 * track, whose tools and resources come after the general, official ones.
 */
export function learnerTopic(topic: Topic, language: Language | null, level: LearnerLevel | null) {
  const track = language ? topic.tracks?.[language] : undefined;
  return {
    id: topic.id,
    title: topic.title,
    summary: topic.summary,
    stageId: topic.stage,
    columnId: topic.column,
    level: topic.level,
    prerequisites: topic.prerequisites,
    aliases: topic.aliases,
    checks: topic.checks,
    tools: track?.tools ?? [],
    resources: withoutRepeats([...topic.resources, ...(track?.resources ?? [])]),
    defaultBucket: defaultBucket(topic, level),
  };
}

export type LearnerTopic = ReturnType<typeof learnerTopic>;

export interface TopicProgress {
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  updatedAt: string | null;
}

export const NO_PROGRESS: TopicProgress = {
  status: 'not_started',
  bucket: null,
  note: null,
  updatedAt: null,
};

/** The bucket that counts: the learner's own override, else the default for their level. */
export function resolvedBucket(topic: LearnerTopic, progress: TopicProgress): Bucket {
  return progress.bucket ?? topic.defaultBucket;
}

/** Everything in a roadmap except its topics, shared by the public and the learner's view. */
export function roadmapFrame(roadmap: Roadmap): {
  id: string;
  title: string;
  summary: string;
  version: number;
  changelog: Roadmap['changelog'];
  stages: Roadmap['stages'];
  columns: Roadmap['columns'];
  projects: Project[];
  reviewTemplates: ReviewTemplate[];
  revisitTriggers: Roadmap['revisitTriggers'];
} {
  return {
    id: roadmap.id,
    title: roadmap.title,
    summary: roadmap.summary,
    version: roadmap.version,
    changelog: roadmap.changelog,
    stages: roadmap.stages,
    columns: roadmap.columns,
    projects: roadmap.projects,
    reviewTemplates: roadmap.reviewTemplates,
    revisitTriggers: roadmap.revisitTriggers,
  };
}
