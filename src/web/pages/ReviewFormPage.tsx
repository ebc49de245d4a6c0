// A new review of one type (/reviews/new/:type), guided by the roadmap's template for it.
import { Link, useParams, useSearchParams } from 'react-router';
import { useRoadmap } from '../api/roadmap';

import { LoadFailed, Notice } from '../components/Notice';
import { useProjects } from '../components/projects/useProjects';
import { ReviewForm } from '../components/reviews/ReviewForm';
import { isReviewType, REVIEW_TITLES } from '../components/reviews/words';
// The topic checklist the form shares with the projects page is styled there.
import '../styles/projects.css';
import '../styles/reviews.css';

export function ReviewFormPage() {
  const { type } = useParams();
  const [search] = useSearchParams();
  const projectId = search.get('projectId');
  const roadmap = useRoadmap();

  const projects = useProjects();

  if (!isReviewType(type)) {
    return (
      <Notice kind="error">
        There is no “{type}” review. <Link to="/reviews">See your reviews</Link>.
      </Notice>
    );
  }
  if (roadmap.isPending || projects.isPending) {
    return <Notice kind="loading">Loading the {REVIEW_TITLES[type].toLowerCase()}…</Notice>;
  }
  if (roadmap.isError || projects.isError) {
    return (
      <LoadFailed
        what="The review"
        error={roadmap.error ?? projects.error}
        onRetry={() => {
          void roadmap.refetch();
          void projects.refetch();
        }}
      />
    );
  }

  const template = roadmap.data.reviewTemplates.find((t) => t.id === type);
  if (!template) {
    return <Notice kind="empty">This roadmap has no {REVIEW_TITLES[type].toLowerCase()}.</Notice>;
  }
  const knownProject =
    projectId && projects.data.some((p) => p.id === projectId) ? projectId : null;
  const hasDoneProject = projects.data.some((p) => p.status === 'done');

  return (
    <article className="reviews-page">
      <p className="reviews-back">
        <Link to="/reviews">← All reviews</Link>
      </p>
      <h1>{template.title}</h1>
      <p className="muted">{template.intro}</p>
      {type === 'project' && projectId && !knownProject && (
        <Notice kind="error">
          That project is not one of yours any more; choose a finished project below.
        </Notice>
      )}
      {type === 'project' && !knownProject && !hasDoneProject ? (
        <Notice kind="empty">
          A retro looks back on a finished project, and none is marked done yet.{' '}
          <Link to="/projects">Go to your projects</Link>.
        </Notice>
      ) : (
        <ReviewForm
          key={`${type}-${knownProject ?? ''}`}
          template={template}
          roadmap={roadmap.data}
          projects={projects.data}
          initialProjectId={knownProject}
        />
      )}
    </article>
  );
}
