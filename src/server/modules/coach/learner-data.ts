// Gathers everything the coach reads about one learner, in a handful of queries.
import type { CoachInput } from '../../../domain/coach/types.js';
import type { Bucket, Language, LearnerLevel, Status } from '../../../domain/vocabulary.js';
import type { UserRow } from '../../db/schema.js';
import type { ModuleDeps } from '../deps.js';
import { listPostings } from '../postings/repo.js';
import { findProgress } from '../progress/repo.js';
import { DEFAULT_ROADMAP, statusChanges } from '../progress/service.js';
import { listEvidence, listProjects } from '../projects/repo.js';
import { findPlan, listReviews } from '../reviews/repo.js';

export async function loadLearner(deps: ModuleDeps, user: UserRow) {
  const { db } = deps;
  const roadmap = deps.catalog.get(DEFAULT_ROADMAP);
  const [progress, history, projects, reviews, postings, plan, evidence] = await Promise.all([
    findProgress(db, user.id, roadmap.id),
    statusChanges(db, user.id, roadmap.id),
    listProjects(db, user.id),
    listReviews(db, user.id),
    listPostings(db, user.id),
    findPlan(db, user.id),
    listEvidence(db, user.id),
  ]);

  const input: CoachInput = {
    roadmap,
    learner: {
      language: user.language as Language | null,
      level: user.level as LearnerLevel | null,
      targetRole: user.target_role,
      startedAt: user.created_at,
    },
    progress: new Map(
      progress.map((p) => [
        p.topic_id,
        { status: p.status as Status, bucket: p.bucket as Bucket | null },
      ]),
    ),
    history,
    projects: projects.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status as 'planned' | 'building' | 'done',
      productionLike: p.production_like === 1,
      deployedUrl: p.deployed_url,
      language: p.language as Language | null,
      catalogueId: p.catalogue_id,
      topicIds: p.topicIds,
      createdAt: p.created_at,
      completedAt: p.completed_at,
    })),
    reviews: reviews.map((r) => ({
      type: r.type,
      completedAt: r.completed_at,
      roadmapVersion: r.roadmap_version,
    })),
    postings: postings.map((p) => ({
      id: p.id,
      title: p.title,
      createdAt: p.created_at,
      topicIds: (JSON.parse(p.skills) as { topicId: string }[]).map((s) => s.topicId),
    })),
    plan: {
      focusTopicId: plan?.focus_topic_id ?? null,
      nextProjectId: plan?.next_project_id ?? null,
    },
  };
  const projectTitles = new Map(projects.map((p) => [p.id, p.title]));
  const evidenceLinks = evidence.map((e) => ({
    topicId: e.topic_id,
    label: (e.project_id && projectTitles.get(e.project_id)) || e.url || 'evidence',
  }));
  return { input, evidence: evidenceLinks };
}
