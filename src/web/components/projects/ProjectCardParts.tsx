// The pieces of a project card: its links and conditions, its status buttons, deleting it, and its retro.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Project, ProjectStatus } from '../../api/projects';
import { PROJECT_ORIGIN_LABELS } from './labels';

/** Shows a URL without its scheme, so long links stay readable. */
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

const retroPath = (projectId: string) =>
  `/reviews/new/project?projectId=${encodeURIComponent(projectId)}`;

/** Where the project lives and whether it ran like production. */
export function ProjectFacts({ project }: { project: Project }) {
  return (
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
      <li>
        <span className="muted">Began: </span>
        {PROJECT_ORIGIN_LABELS[project.origin].replace(/^./, (c) => c.toLowerCase())}
      </li>
    </ul>
  );
}

/** The moves a project can make from where it is, plus finishing and deleting it. */
export function StatusActions({
  status,
  saving,
  onMove,
  onFinish,
  onDelete,
}: {
  status: ProjectStatus;
  saving: boolean;
  onMove: (status: ProjectStatus) => void;
  onFinish: () => void;
  onDelete: () => void;
}) {
  return (
    <div className="projects-actions">
      {status === 'planned' && (
        <button type="button" className="button-quiet" onClick={() => onMove('building')}>
          Start building
        </button>
      )}
      {status === 'building' && (
        <button type="button" className="button-quiet" onClick={() => onMove('planned')}>
          Back to planned
        </button>
      )}
      {status === 'done' ? (
        <button type="button" className="button-quiet" onClick={() => onMove('building')}>
          Back to building
        </button>
      ) : (
        <button type="button" className="button-primary" onClick={onFinish}>
          Mark done
        </button>
      )}
      <button type="button" className="button-quiet" onClick={onDelete}>
        Delete
      </button>
      <span className="save-state" role="status">
        {saving ? 'Saving…' : ''}
      </span>
    </div>
  );
}

/** Asks before deleting; the keyboard starts on "Keep it", the choice that loses nothing. */
export function DeleteConfirmation({
  title,
  deleting,
  error,
  onDelete,
  onKeep,
}: {
  title: string;
  deleting: boolean;
  error: Error | null;
  onDelete: () => void;
  onKeep: () => void;
}) {
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => keepButton.current?.focus(), []);
  return (
    <div className="projects-confirm">
      <p>Delete “{title}”? Its topic links go with it; this cannot be undone.</p>
      <div className="projects-actions">
        <button
          type="button"
          className="projects-button-danger"
          disabled={deleting}
          onClick={onDelete}
        >
          {deleting ? 'Deleting…' : 'Delete project'}
        </button>
        <button ref={keepButton} type="button" className="button-quiet" onClick={onKeep}>
          Keep it
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          Not deleted: {error.message}
        </p>
      )}
    </div>
  );
}

/** A finished project's link to its retro; right after finishing, it takes the keyboard. */
export function RetroPrompt({
  projectId,
  justFinished,
}: {
  projectId: string;
  justFinished: boolean;
}) {
  const retroLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (justFinished) retroLink.current?.focus();
  }, [justFinished]);
  return (
    <p className={justFinished ? 'projects-retro projects-retro-new' : 'projects-retro'}>
      {justFinished && <strong>Marked done. </strong>}
      {justFinished ? 'Turn what it exposed into a plan: ' : 'What did it expose? '}
      <Link ref={retroLink} to={retroPath(projectId)}>
        Write the project retro
      </Link>
    </p>
  );
}
