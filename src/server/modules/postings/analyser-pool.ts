// Matches postings against a roadmap's skills on worker threads, so a long one never stalls other requests.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { FoundSkill, SkillSource } from '../../../domain/postings.js';
import { ServiceUnavailable } from '../../errors.js';
import type { RoadmapCatalog } from '../roadmaps/service.js';

/**
 * Up to this many characters a posting is matched on the event loop: that takes about 0.2 ms,
 * less than handing it to a worker and back, and it need not wait behind long postings there.
 */
const INLINE_MATCH_MAX_CHARS = 2_000;

/** Postings waiting for a worker beyond this many are refused with a 503 rather than queued for ever. */
const MAX_WAITING_POSTINGS = 32;

/** What a client waiting on a full queue is asked to wait, in seconds: the queue drains in about that. */
const BUSY_RETRY_AFTER_SECONDS = 2;

export interface AnalyserTask {
  roadmapId: string;
  text: string;
}

export interface AnalyserWorkerData {
  roadmaps: { id: string; topics: SkillSource[] }[];
}

export interface PostingAnalyser {
  /** The roadmap's skills found in the text, as `buildSkillMatcher(...).find(text)` gives them. */
  findSkills(roadmapId: string, text: string): Promise<FoundSkill[]>;
  /** Lets running matches finish, then stops the threads. */
  close(): Promise<void>;
}

export interface AnalyserOptions {
  threads: number;
  /** Postings up to this length are matched inline; 0 sends every posting to a worker. */
  inlineMaxChars?: number;
  /** How many postings may wait for a thread before more are refused. */
  maxWaiting?: number;
}

/**
 * The worker's file beside this one: `.js` when the server runs compiled from dist, `.ts` under
 * Vitest or tsx, where the thread must load tsx itself to read TypeScript.
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  const here = import.meta.url;
  const typescript = here.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./analyser-worker.${typescript ? 'ts' : 'js'}`, here));
  if (!typescript) return { filename, execArgv: [] };
  const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
  return { filename, execArgv: ['--import', tsx] };
}

/** Only ids and aliases cross to the threads: the rest of the content is not needed there. */
function skillSources(catalog: RoadmapCatalog): AnalyserWorkerData {
  return {
    roadmaps: catalog.list().map(({ id }) => ({
      id,
      topics: catalog.get(id).topics.map((t) => ({ id: t.id, aliases: t.aliases })),
    })),
  };
}

function isQueueFull(error: unknown): boolean {
  return error instanceof Error && /queue is at limit/i.test(error.message);
}

export function startPostingAnalyser(
  catalog: RoadmapCatalog,
  {
    threads,
    inlineMaxChars = INLINE_MATCH_MAX_CHARS,
    maxWaiting = MAX_WAITING_POSTINGS,
  }: AnalyserOptions,
): PostingAnalyser {
  const pool = new Piscina<AnalyserTask, FoundSkill[]>({
    ...workerEntry(),
    // A thread starts with the first long posting (an app that never sees one never pays for it)
    // and then stays, so each compiles the matchers once, not per posting.
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Where the system allows it, the threads run at the lowest priority, so on a busy machine the
    // event loop's thread gets a core first and other requests are not kept waiting by matching.
    niceIncrement: 19,
    maxQueue: maxWaiting,
    workerData: skillSources(catalog),
  });

  return {
    async findSkills(roadmapId, text) {
      if (text.length <= inlineMaxChars) return catalog.skillMatcher(roadmapId).find(text);
      try {
        return await pool.run({ roadmapId, text });
      } catch (error) {
        if (!isQueueFull(error)) throw error;
        throw new ServiceUnavailable(
          'Many postings are being analysed right now. Try again in a moment.',
          BUSY_RETRY_AFTER_SECONDS,
        );
      }
    },
    close: () => pool.close(),
  };
}
