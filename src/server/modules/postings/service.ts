// Job postings: find the roadmap's skills in each, and rank skills across all of a learner's postings.
import { randomUUID } from 'node:crypto';
import type { FoundSkill } from '../../../domain/postings.js';
import type { PostingRow } from '../../db/schema.js';
import { NotFound, PayloadTooLarge } from '../../errors.js';
import type { ModuleDeps as PostingDeps } from '../deps.js';
import { DEFAULT_ROADMAP, progressByTopic } from '../progress/service.js';
import { admitWithinQuota } from '../quotas.js';
import { deletePosting, findPosting, insertPosting, listPostings } from './repo.js';
import { type NewPosting, POSTING_MAX_CHARS, type Posting, type SkillDemand } from './schemas.js';

export type { ModuleDeps as PostingDeps } from '../deps.js';

/** `found` saves parsing the row's skills again when the caller has just found them. */
function presentPosting(
  deps: PostingDeps,
  row: PostingRow,
  found: FoundSkill[] = JSON.parse(row.skills),
): Posting {
  const roadmap = deps.catalog.get(DEFAULT_ROADMAP);
  const skills = found.map((s) => ({
    ...s,
    title: roadmap.topics.find((t) => t.id === s.topicId)?.title ?? s.topicId,
  }));
  return { id: row.id, title: row.title, text: row.text, skills, createdAt: row.created_at };
}

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
  deps: PostingDeps,
  userId: string,
  input: NewPosting,
): Promise<Posting> {
  refuseOversized(input.text);
  await admitWithinQuota(deps.quotas, 'postings', userId);
  const skills = await deps.analyser.findSkills(DEFAULT_ROADMAP, input.text);
  const row: PostingRow = {
    id: randomUUID(),
    user_id: userId,
    title: input.title ?? null,
    text: input.text,
    skills: JSON.stringify(skills),
    created_at: deps.now().toISOString(),
  };
  await insertPosting(deps.db, row);
  return presentPosting(deps, row, skills);
}

export async function myPostings(deps: PostingDeps, userId: string) {
  return (await listPostings(deps.db, userId)).map((row) => ({
    id: row.id,
    title: row.title,
    topicIds: (JSON.parse(row.skills) as FoundSkill[]).map((s) => s.topicId),
    createdAt: row.created_at,
  }));
}

export async function onePosting(deps: PostingDeps, userId: string, id: string): Promise<Posting> {
  const row = await findPosting(deps.db, userId, id);
  if (!row) throw new NotFound('No such posting.');
  return presentPosting(deps, row);
}

export async function removePosting(deps: PostingDeps, userId: string, id: string): Promise<void> {
  if (!(await deletePosting(deps.db, userId, id))) throw new NotFound('No such posting.');
}

/** Skills ranked by how many of the learner's postings ask for them, beside the learner's status. */
export async function skillDemand(deps: PostingDeps, userId: string): Promise<SkillDemand[]> {
  const [postings, progress] = await Promise.all([
    myPostings(deps, userId),
    progressByTopic(deps.db, userId, DEFAULT_ROADMAP),
  ]);
  const counts = new Map<string, number>();
  for (const posting of postings)
    for (const id of new Set(posting.topicIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const roadmap = deps.catalog.get(DEFAULT_ROADMAP);
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
