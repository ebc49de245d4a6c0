// Posting rows as the API shows them, with the stored skills checked as they are read.
import type { Roadmap } from '../../../domain/content/schema.js';
import type { FoundSkill } from '../../../domain/postings.js';
import { readJsonColumn } from '../../db/json.js';
import type { PostingRow } from '../../db/schema.js';
import { type Posting, type PostingSummary, StoredSkillsSchema } from './schemas.js';

export function storedSkills(row: Pick<PostingRow, 'skills'>): FoundSkill[] {
  return readJsonColumn(StoredSkillsSchema, 'postings.skills', row.skills);
}

/** `found` saves reading the row's skills again when the caller has just found them. */
export function presentPosting(
  roadmap: Roadmap,
  row: PostingRow,
  found: FoundSkill[] = storedSkills(row),
): Posting {
  const skills = found.map((s) => ({
    ...s,
    title: roadmap.topics.find((t) => t.id === s.topicId)?.title ?? s.topicId,
  }));
  return { id: row.id, title: row.title, text: row.text, skills, createdAt: row.created_at };
}

export function presentPostingSummary(row: PostingRow): PostingSummary {
  return {
    id: row.id,
    title: row.title,
    topicIds: storedSkills(row).map((s) => s.topicId),
    createdAt: row.created_at,
  };
}
