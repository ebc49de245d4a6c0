// Job postings: find the roadmap's skills in each, and rank skills across all of a learner's postings.
import { randomUUID } from 'node:crypto';
import type { PostingRow } from '../../db/schema.js';
import { NotFound, PayloadTooLarge } from '../../errors.js';
import type { ModuleDeps } from '../deps.js';
import { progressByTopic } from '../progress/service.js';
import { admitWithinQuota } from '../quotas.js';
import { presentPosting, presentPostingSummary } from './presenter.js';
import { deletePosting, findPosting, insertPosting, listPostings } from './repo.js';
import {
  type NewPosting,
  POSTING_MAX_CHARS,
  type Posting,
  type PostingSummary,
  type SkillDemand,
} from './schemas.js';

export { type PostingAnalyser, startPostingAnalyser } from './analyser-pool.js';

function refuseOversized(text: string): void {
  if (text.length <= POSTING_MAX_CHARS) return;
  const limit = `at most ${POSTING_MAX_CHARS.toLocaleString('en')} characters`;
  throw new PayloadTooLarge(
    `A posting can be ${limit}; this one has ${text.length.toLocaleString('en')}.`,
    [{ path: '/body/text', message: `must be ${limit}` }],
  );
}

/** Saves a posting with the skills found in it, within the learner's hourly quota. */
export async function analysePosting(
  deps: ModuleDeps,
  userId: string,
  input: NewPosting,
): Promise<Posting> {
  refuseOversized(input.text);
  await admitWithinQuota(deps.quotas, 'postings', userId);
  const roadmap = deps.catalog.primary();
  const skills = await deps.analyser.findSkills(roadmap.id, input.text);
  const row: PostingRow = {
    id: randomUUID(),
    user_id: userId,
    title: input.title ?? null,
    text: input.text,
    skills: JSON.stringify(skills),
    created_at: deps.now().toISOString(),
  };
  await insertPosting(deps.db, row);
  return presentPosting(roadmap, row, skills);
}

export async function myPostings(deps: ModuleDeps, userId: string): Promise<PostingSummary[]> {
  return (await listPostings(deps.db, userId)).map(presentPostingSummary);
}

export async function onePosting(deps: ModuleDeps, userId: string, id: string): Promise<Posting> {
  const row = await findPosting(deps.db, userId, id);
  if (!row) throw new NotFound('No such posting.');
  return presentPosting(deps.catalog.primary(), row);
}

export async function removePosting(deps: ModuleDeps, userId: string, id: string): Promise<void> {
  if (!(await deletePosting(deps.db, userId, id))) throw new NotFound('No such posting.');
}

/** Skills ranked by how many of the learner's postings ask for them, beside the learner's status. */
export async function skillDemand(deps: ModuleDeps, userId: string): Promise<SkillDemand[]> {
  const roadmap = deps.catalog.primary();
  const [postings, progress] = await Promise.all([
    myPostings(deps, userId),
    progressByTopic(deps, userId, roadmap.id),
  ]);
  const counts = new Map<string, number>();
  for (const posting of postings)
    for (const id of new Set(posting.topicIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([topicId, n]) => ({
      topicId,
      title: roadmap.topics.find((t) => t.id === topicId)?.title ?? topicId,
      postings: n,
      share: n / postings.length,
      status: progress.get(topicId)?.status ?? 'not_started',
    }))
    .sort((a, b) => b.postings - a.postings || a.title.localeCompare(b.title));
}
