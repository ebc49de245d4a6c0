// The two ways to add evidence: paste a link, or pick one of the learner's projects.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { type Evidence, evidenceApi, type NewEvidence } from '../../api/evidence';
import { formErrors } from '../../api/fieldErrors';
import type { Project } from '../../api/projects';
import { queryKeys } from '../../api/queryKeys';

function useAddEvidence(topicId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidence: Omit<NewEvidence, 'topicId'>) =>
      evidenceApi.add({ topicId, ...evidence }),
    onSuccess: (added) =>
      queryClient.setQueryData<Evidence[]>(queryKeys.evidence(topicId), (list) => [
        ...(list ?? []),
        added,
      ]),
  });
}

/** The server's words about the one field a form has, or what went wrong otherwise. */
function errorText<F extends string>(error: Error, field: F): string {
  return formErrors(error, [field]).byField[field] ?? error.message;
}

interface Props {
  topicId: string;
  linked: Evidence[];
  projects: Project[] | undefined;
  projectsError: string | null;
}

export function AddEvidence({ topicId, linked, projects, projectsError }: Props) {
  const id = useId();
  const addLink = useAddEvidence(topicId);
  const addProject = useAddEvidence(topicId);
  const [url, setUrl] = useState('');
  const [projectId, setProjectId] = useState('');
  const unlinked = (projects ?? []).filter((p) => !linked.some((e) => e.projectId === p.id));

  const submitLink = (event: FormEvent) => {
    event.preventDefault();
    addLink.mutate({ url: url.trim() }, { onSuccess: () => setUrl('') });
  };
  const submitProject = (event: FormEvent) => {
    event.preventDefault();
    if (projectId) addProject.mutate({ projectId }, { onSuccess: () => setProjectId('') });
  };

  return (
    <div className="roadmap-add-evidence">
      <form onSubmit={submitLink} aria-label="Add evidence: a link">
        <label htmlFor={`${id}-url`}>Link that shows it applied</label>
        <div className="roadmap-inline-field">
          <input
            id={`${id}-url`}
            type="url"
            required
            inputMode="url"
            placeholder="https://…"
            value={url}
            aria-invalid={addLink.isError || undefined}
            aria-describedby={addLink.isError ? `${id}-url-error` : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit" className="button-quiet" disabled={addLink.isPending}>
            Add link
          </button>
        </div>
        {addLink.isError && (
          <p id={`${id}-url-error`} className="form-error" role="alert">
            Not added: {errorText(addLink.error, 'url')}
          </p>
        )}
      </form>
      {projectsError ? (
        <p className="form-error" role="alert">
          Your projects could not be loaded: {projectsError}
        </p>
      ) : projects && projects.length === 0 ? (
        <p className="hint">
          No projects yet. <Link to="/projects">Start a project</Link> to link it here.
        </p>
      ) : (
        <form onSubmit={submitProject} aria-label="Add evidence: a project">
          <label htmlFor={`${id}-project`}>One of your projects</label>
          <div className="roadmap-inline-field">
            <select
              id={`${id}-project`}
              value={projectId}
              disabled={!projects || unlinked.length === 0}
              onChange={(e) => setProjectId(e.target.value)}
            >
              <option value="">
                {!projects
                  ? 'Loading…'
                  : unlinked.length === 0
                    ? 'All your projects are linked'
                    : 'Choose a project…'}
              </option>
              {unlinked.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.title}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="button-quiet"
              disabled={!projectId || addProject.isPending}
            >
              Link project
            </button>
          </div>
          {addProject.isError && (
            <p className="form-error" role="alert">
              Not linked: {errorText(addProject.error, 'projectId')}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
