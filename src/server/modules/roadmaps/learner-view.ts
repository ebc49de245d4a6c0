// One learner variant of a roadmap (its language and level), with the bytes of its view prepared
// once, so a request only encodes the progress it splices in: no JSON, UTF-8 or gzip of content.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Roadmap } from '../../../domain/content/schema.js';
import {
  type LearnerTopic,
  learnerTopic,
  NO_PROGRESS,
  resolvedBucket,
  roadmapFrame,
  type TopicProgress,
  topicAppliesTo,
} from '../../../domain/roadmap-view.js';
import { emptyCounts, type StatusCounts } from '../../../domain/stats.js';
import type { Language, LearnerLevel } from '../../../domain/vocabulary.js';
import { DEFLATE_WINDOW, deflatePiece, gzipMember, storedBlocks } from './gzip-splice.js';

/** A body serialised, compressed and hashed once, for content that only changes with a version. */
export interface PreparedBody {
  json: Buffer;
  gzip: Buffer;
  /** Strong: it names these exact bytes. */
  etag: string;
}

export function prepareBody(json: string): PreparedBody {
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { json: Buffer.from(json), gzip: gzipSync(json), etag };
}

/**
 * A topic's share of the view, in the two forms it takes: `open` is the topic's object without
 * its closing brace (progress follows), `untouched` the whole object with no progress recorded.
 */
interface TopicPiece {
  topic: LearnerTopic;
  open: Buffer;
  untouched: Buffer;
  deflated: { open: Deflated; untouched: Deflated };
}

/**
 * A piece deflated three times, with more of what precedes it as the preset dictionary each
 * time. A block may copy from up to 32 KB back, so the more it may refer to, the better it
 * compresses (topics repeat each other's keys and hosts); but a form is only correct where the
 * bytes it refers to are really there, right before it in the body.
 */
interface Deflated {
  /** Refers to nothing before it: fits anywhere, after a learner's progress too. */
  cold: Buffer;
  /** Refers to the previous topic untouched (or the head): fits after an untouched topic. */
  warm: Buffer;
  /** Refers to the 32 KB before it with every topic untouched: fits where no progress is in them. */
  far: Buffer;
}

function deflateAfter(bytes: Buffer, previous: Buffer, untouchedSoFar: Buffer): Deflated {
  return {
    cold: deflatePiece(bytes),
    warm: deflatePiece(bytes, previous),
    far: deflatePiece(bytes, untouchedSoFar),
  };
}

/**
 * Which form of the next piece fits, given the bytes written since the last learner fragment
 * (`clean`; the whole body so far when there has been none).
 */
function fitting(deflated: Deflated, clean: number, fragmentWritten: boolean): Buffer {
  if (!fragmentWritten || clean >= DEFLATE_WINDOW) return deflated.far;
  return clean > 0 ? deflated.warm : deflated.cold;
}

export interface ProgressSummary {
  title: string;
  version: number;
  topicCount: number;
  statusCounts: StatusCounts;
  columns: { id: string; title: string; topicCount: number; statusCounts: StatusCounts }[];
}

/** A token the server itself wrote (a status, bucket or ISO time stamp) as JSON: nothing to escape. */
const token = (value: string | null) => (value === null ? 'null' : `"${value}"`);

/**
 * What follows a topic's `open` bytes: its bucket, its progress and the closing brace. Written
 * by hand because it runs for every marked topic of every request; only the note is the
 * learner's own text, so only the note goes through JSON.stringify.
 */
function progressTail(topic: LearnerTopic, progress: TopicProgress): string {
  const { status, bucket, note, updatedAt } = progress;
  return `,"bucket":${token(resolvedBucket(topic, progress))},"progress":{"status":${token(status)},"bucket":${token(bucket)},"note":${JSON.stringify(note)},"updatedAt":${token(updatedAt)}}}`;
}

export class LearnerVariant {
  /** The variant's content without progress: immutable for a version, shared by every learner. */
  readonly content: PreparedBody;
  readonly topics: readonly LearnerTopic[];
  private readonly head: Buffer;
  private readonly headDeflated: Buffer;
  private readonly pieces: TopicPiece[];
  private readonly tail = Buffer.from(']}');
  private readonly tailDeflated: Deflated;

  constructor(
    private readonly roadmap: Roadmap,
    readonly language: Language | null,
    readonly level: LearnerLevel | null,
  ) {
    const frame = JSON.stringify({ ...roadmapFrame(roadmap), language, level });
    this.topics = roadmap.topics
      .filter((t) => topicAppliesTo(t, language))
      .map((t) => learnerTopic(t, language, level));
    this.content = prepareBody(`${frame.slice(0, -1)},"topics":${JSON.stringify(this.topics)}}`);

    this.head = Buffer.from(`${frame.slice(0, -1)},"topics":[`);
    this.headDeflated = deflatePiece(this.head);
    this.pieces = [];
    let previous = this.head;
    // The last 32 KB of the body as it is when no topic has progress: the `far` dictionary.
    let untouchedSoFar = this.head.subarray(-DEFLATE_WINDOW);
    for (const [i, topic] of this.topics.entries()) {
      const open = Buffer.from(`${i === 0 ? '' : ','}${JSON.stringify(topic).slice(0, -1)}`);
      const untouched = Buffer.concat([open, Buffer.from(progressTail(topic, NO_PROGRESS))]);
      this.pieces.push({
        topic,
        open,
        untouched,
        deflated: {
          open: deflateAfter(open, previous, untouchedSoFar),
          untouched: deflateAfter(untouched, previous, untouchedSoFar),
        },
      });
      previous = untouched;
      untouchedSoFar = Buffer.concat([untouchedSoFar, untouched]).subarray(-DEFLATE_WINDOW);
    }
    this.tailDeflated = deflateAfter(this.tail, previous, untouchedSoFar);
  }

  get version(): number {
    return this.roadmap.version;
  }

  /**
   * The learner's whole view as UTF-8 JSON: `GET /me/roadmaps/{id}`, as pieces to write in order.
   * Not joined into one buffer: a fresh 300 KB buffer per request costs more in allocation,
   * page faults and garbage collection than everything else the request does.
   */
  body(progress: ReadonlyMap<string, TopicProgress>): Buffer[] {
    const parts: Buffer[] = [this.head];
    for (const piece of this.pieces) {
      const mine = progress.get(piece.topic.id);
      if (mine) parts.push(piece.open, Buffer.from(progressTail(piece.topic, mine)));
      else parts.push(piece.untouched);
    }
    parts.push(this.tail);
    return parts;
  }

  /**
   * The same view as one gzip member: the prepared deflate blocks, with each topic's progress
   * as a stored block. Only the CRC of the whole is computed per request.
   */
  gzipBody(progress: ReadonlyMap<string, TopicProgress>): Buffer[] {
    const blocks: Buffer[] = [this.headDeflated];
    const plain: Buffer[] = [this.head];
    let clean = this.head.length;
    let fragmentWritten = false;
    for (const piece of this.pieces) {
      const mine = progress.get(piece.topic.id);
      if (mine) {
        const tail = Buffer.from(progressTail(piece.topic, mine));
        blocks.push(fitting(piece.deflated.open, clean, fragmentWritten), ...storedBlocks(tail));
        plain.push(piece.open, tail);
        clean = 0;
        fragmentWritten = true;
      } else {
        blocks.push(fitting(piece.deflated.untouched, clean, fragmentWritten));
        plain.push(piece.untouched);
        clean += piece.untouched.length;
      }
    }
    blocks.push(fitting(this.tailDeflated, clean, fragmentWritten));
    plain.push(this.tail);
    return gzipMember(blocks, plain);
  }

  /** The learner's progress on this variant's topics only (recorded ones), for the split view. */
  progressOf(progress: ReadonlyMap<string, TopicProgress>): Record<string, TopicProgress> {
    const mine: Record<string, TopicProgress> = {};
    for (const topic of this.topics) {
      const recorded = progress.get(topic.id);
      if (recorded) mine[topic.id] = recorded;
    }
    return mine;
  }

  /** Topics per status, overall and per column: what the dashboard draws. */
  summary(progress: ReadonlyMap<string, TopicProgress>): ProgressSummary {
    const overall = emptyCounts();
    const columns = this.roadmap.columns.map((c) => ({
      id: c.id,
      title: c.title,
      topicCount: 0,
      statusCounts: emptyCounts(),
    }));
    const byId = new Map(columns.map((c) => [c.id, c]));
    for (const topic of this.topics) {
      const status = (progress.get(topic.id) ?? NO_PROGRESS).status;
      overall[status] += 1;
      const column = byId.get(topic.columnId);
      if (column) {
        column.topicCount += 1;
        column.statusCounts[status] += 1;
      }
    }
    return {
      title: this.roadmap.title,
      version: this.roadmap.version,
      topicCount: this.topics.length,
      statusCounts: overall,
      columns,
    };
  }
}
