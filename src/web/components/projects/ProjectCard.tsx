// One of the learner's projects: what it is, where it lives, what it practises, and moving it along.
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Project } from '../../api/projects';
import { MarkDoneForm } from './MarkDoneForm';
import { TopicTags } from './TopicTags';
import { useDeleteProject, useUpdateProject } from './useProjects';

export const PROJECT_STATUS_LABELS: Record<Project['status'], string> = {
  planned: 'Planned',
  building: 'Building',
  done: 'Done',
};

const retroPath = (projectId: string) =>
  `/reviews/new/project?projectId=${encodeURIComponent(projectId)}`;

/** Shows a URL without its scheme, so long links stay readable. */
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

type Mode = 'view' | 'finishing' | 'confirm-delete';

export function ProjectCard({
  project,
  topicTitle,
}: {
  project: Project;
  topicTitle: (topicId: string) => string;
}) {
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [justFinished, setJustFinished] = useState(false);
  const retroLink = useRef<HTMLAnchorElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const update = useUpdateProject(project.id);
  const remove = useDeleteProject(project.id);

  // After finishing, the retro is the next step: take the keyboard there.
  useEffect(() => {
    if (justFinished) retroLink.current?.focus();
  }, [justFinished]);
  useEffect(() => {
    if (mode === 'confirm-delete') keepButton.current?.focus();
  }, [mode]);

  const moveTo = (status: Project['status']) => {
    setJustFinished(false);
    update.mutate({ status });
  };

  return (
    <article
      className={`projects-card projects-card-${project.status}`}
      aria-labelledby={headingId}
    >
      <div className="projects-card-head">
        <h3 id={headingId}>{project.title}</h3>
        <span className={`projects-status projects-status-${project.status}`}>
          {PROJECT_STATUS_LABELS[project.status]}
        </span>
      </div>
      {project.description && <p className="projects-description">{project.description}</p>}
      <ul className="projects-facts" aria-label="Links and conditions">
        <li>
          <span className="muted">Repository: </span>
          {project.repoUrl ? <a href={project.repoUrl}>{shortUrl(project.repoUrl)}</a> : 'none yet'}
        </li>
        <li>
          <span className="muted">Deployed: </span>
          {project.deployedUrl ? (
            <a href={project.deployedUrl}>{shortUrl(project.deployedUrl)}</a>
          ) : (
            'not deployed'
          )}
        </li>
        <li>
          <span className="muted">Production-like: </span>
          {project.productionLike ? 'yes' : 'not yet'}
        </li>
      </ul>
      <TopicTags topicIds={project.topicIds} topicTitle={topicTitle} />

      {mode === 'finishing' ? (
        <MarkDoneForm
          project={project}
          onCancel={() => setMode('view')}
          onDone={() => {
            setMode('view');
            setJustFinished(true);
          }}
        />
      ) : mode === 'confirm-delete' ? (
        <div className="projects-confirm">
          <p>Delete “{project.title}”? Its topic links go with it; this cannot be undone.</p>
          <div className="projects-actions">
            <button
              type="button"
              className="projects-button-danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {remove.isPending ? 'Deleting…' : 'Delete project'}
            </button>
            <button
              ref={keepButton}
              type="button"
              className="button-quiet"
              onClick={() => setMode('view')}
            >
              Keep it
            </button>
          </div>
          {remove.isError && (
            <p className="form-error" role="alert">
              Not deleted: {remove.error.message}
            </p>
          )}
        </div>
      ) : (
        <div className="projects-actions">
          {project.status === 'planned' && (
            <button type="button" className="button-quiet" onClick={() => moveTo('building')}>
              Start building
            </button>
          )}
          {project.status === 'building' && (
            <button type="button" className="button-quiet" onClick={() => moveTo('planned')}>
              Back to planned
            </button>
          )}
          {project.status === 'done' ? (
            <button type="button" className="button-quiet" onClick={() => moveTo('building')}>
              Back to building
            </button>
          ) : (
            <button type="button" className="button-primary" onClick={() => setMode('finishing')}>
              Mark done
            </button>
          )}
          <button type="button" className="button-quiet" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
          <span className="save-state" role="status">
            {update.isPending ? 'Saving…' : ''}
          </span>
        </div>
      )}
      {update.isError && mode === 'view' && (
        <p className="form-error" role="alert">
          Not saved: {update.error.message}
        </p>
      )}

      {project.status === 'done' && (
        <p className={justFinished ? 'projects-retro projects-retro-new' : 'projects-retro'}>
          {justFinished && <strong>Marked done. </strong>}
          {justFinished ? 'Turn what it exposed into a plan: ' : 'What did it expose? '}
          <Link ref={retroLink} to={retroPath(project.id)}>
            Write the project retro
          </Link>
        </p>
      )}
    </article>
  );
}
