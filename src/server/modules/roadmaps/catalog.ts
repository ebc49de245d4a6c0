// The loaded roadmaps, with their JSON serialised once per version and per learner variant.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Roadmap, Topic } from '../../../domain/content/schema.js';
import { buildSkillMatcher, type SkillMatcher } from '../../../domain/postings.js';
import {
  type LearnerTopic,
  learnerTopic,
  publicTopic,
  resolvedBucket,
  roadmapFrame,
  type TopicProgress,
  topicAppliesTo,
} from '../../../domain/roadmap-view.js';
import type { Language, LearnerLevel } from '../../../domain/vocabulary.js';
import { NotFound } from '../../errors.js';

export interface PreparedBody {
  json: string;
  gzip: Buffer;
  etag: string;
}

/** A learner variant cut into pieces: progress is spliced between them on each request. */
interface LearnerTemplate {
  head: string;
  topics: { topic: LearnerTopic; open: string }[];
  tail: string;
}

function prepare(json: string): PreparedBody {
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { json, gzip: gzipSync(json), etag };
}

export class RoadmapCatalog {
  private readonly byId: Map<string, Roadmap>;
  private readonly publicBodies = new Map<string, PreparedBody>();
  private readonly learnerTemplates = new Map<string, LearnerTemplate>();
  private readonly matchers = new Map<string, SkillMatcher>();

  constructor(roadmaps: Roadmap[]) {
    this.byId = new Map(roadmaps.map((r) => [r.id, r]));
  }

  list() {
    return [...this.byId.values()].map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      version: r.version,
      topicCount: r.topics.length,
    }));
  }

  get(id: string): Roadmap {
    const roadmap = this.byId.get(id);
    if (!roadmap) throw new NotFound(`There is no roadmap "${id}".`);
    return roadmap;
  }

  /** The topic with this id in the roadmap, or a NotFound naming both. */
  topic(roadmapId: string, topicId: string): Topic {
    const topic = this.get(roadmapId).topics.find((t) => t.id === topicId);
    if (!topic) throw new NotFound(`The ${roadmapId} roadmap has no topic "${topicId}".`);
    return topic;
  }

  /** The posting matcher over a roadmap's aliases, compiled the first time it is needed. */
  skillMatcher(id: string): SkillMatcher {
    let matcher = this.matchers.get(id);
    if (!matcher) {
      matcher = buildSkillMatcher(this.get(id).topics);
      this.matchers.set(id, matcher);
    }
    return matcher;
  }

  /** The whole public roadmap, serialised and compressed the first time it is asked for. */
  publicBody(id: string): PreparedBody {
    let body = this.publicBodies.get(id);
    if (!body) {
      const roadmap = this.get(id);
      body = prepare(
        JSON.stringify({ ...roadmapFrame(roadmap), topics: roadmap.topics.map(publicTopic) }),
      );
      this.publicBodies.set(id, body);
    }
    return body;
  }

  /**
   * The learner's roadmap as JSON: the cached variant for their language and level, with each
   * topic's bucket and progress spliced in, so content is never re-serialised per request.
   */
  learnerJson(
    id: string,
    language: Language | null,
    level: LearnerLevel | null,
    progress: ReadonlyMap<string, TopicProgress>,
    empty: TopicProgress,
  ): string {
    const template = this.learnerTemplate(id, language, level);
    const topics = template.topics.map(({ topic, open }) => {
      const mine = progress.get(topic.id) ?? empty;
      return `${open},"bucket":${JSON.stringify(resolvedBucket(topic, mine))},"progress":${JSON.stringify(mine)}}`;
    });
    return `${template.head}${topics.join(',')}${template.tail}`;
  }

  private learnerTemplate(id: string, language: Language | null, level: LearnerLevel | null) {
    const key = `${id}:${language ?? '-'}:${level ?? '-'}`;
    let template = this.learnerTemplates.get(key);
    if (!template) {
      const roadmap = this.get(id);
      const frame = JSON.stringify({ ...roadmapFrame(roadmap), language, level });
      template = {
        head: `${frame.slice(0, -1)},"topics":[`,
        topics: roadmap.topics
          .filter((t) => topicAppliesTo(t, language))
          .map((t) => {
            const topic = learnerTopic(t, language, level);
            return { topic, open: JSON.stringify(topic).slice(0, -1) };
          }),
        tail: ']}',
      };
      this.learnerTemplates.set(key, template);
    }
    return template;
  }
}
