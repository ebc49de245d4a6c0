// The loaded roadmaps, with their JSON serialised once per version and per learner variant.
import type { Roadmap, Topic } from '../../../domain/content/schema.js';
import { buildSkillMatcher, type SkillMatcher } from '../../../domain/postings.js';
import { publicTopic, roadmapFrame } from '../../../domain/roadmap-view.js';
import type { Language, LearnerLevel } from '../../../domain/vocabulary.js';
import { NotFound } from '../../errors.js';
import { LearnerVariant, type PreparedBody, prepareBody } from './learner-view.js';

/** The roadmap a learner follows unless a request names another. */
export const DEFAULT_ROADMAP = 'backend';

export class RoadmapCatalog {
  private readonly byId: Map<string, Roadmap>;
  private readonly publicBodies = new Map<string, PreparedBody>();
  private readonly learnerVariants = new Map<string, LearnerVariant>();
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

  /** The roadmap learners follow by default (the Backend roadmap). */
  primary(): Roadmap {
    return this.get(DEFAULT_ROADMAP);
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
      body = prepareBody(
        JSON.stringify({ ...roadmapFrame(roadmap), topics: roadmap.topics.map(publicTopic) }),
      );
      this.publicBodies.set(id, body);
    }
    return body;
  }

  /** A learner variant of a roadmap, its bytes prepared the first time it is asked for. */
  learnerVariant(
    id: string,
    language: Language | null,
    level: LearnerLevel | null,
  ): LearnerVariant {
    const key = `${id}:${language ?? '-'}:${level ?? '-'}`;
    let variant = this.learnerVariants.get(key);
    if (!variant) {
      variant = new LearnerVariant(this.get(id), language, level);
      this.learnerVariants.set(key, variant);
    }
    return variant;
  }
}
