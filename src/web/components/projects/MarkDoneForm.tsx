// Finishing a project: where it runs and whether it ran like production, asked before it is done.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Project } from '../../api/projects';
import { projectProblems } from './fieldErrors';
import { useUpdateProject } from './useProjects';

export function MarkDoneForm({
  project,
  onDone,
  onCancel,
}: {
  project: Project;
  onDone: (project: Project) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const urlInput = useRef<HTMLInputElement>(null);
  const [deployedUrl, setDeployedUrl] = useState(project.deployedUrl ?? '');
  const [productionLike, setProductionLike] = useState(project.productionLike);
  const update = useUpdateProject(project.id);
  const problems = projectProblems(update.error, ['deployedUrl']);
  const urlProblem = problems.byField.deployedUrl;
  const otherProblem = problems.unplaced;

  // The form replaces the button that opened it, so focus moves into it rather than to the page top.
  useEffect(() => urlInput.current?.focus(), []);
  useEffect(() => {
    if (urlProblem) urlInput.current?.focus();
  }, [urlProblem]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { status: 'done', deployedUrl: deployedUrl.trim() || null, productionLike },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="projects-inline-form" noValidate onSubmit={submit}>
      <p className="projects-form-title">Mark “{project.title}” done</p>
      <div className="field">
        <label htmlFor={`${id}-url`}>Deployed URL</label>
        <input
          ref={urlInput}
          id={`${id}-url`}
          type="url"
          inputMode="url"
          maxLength={500}
          placeholder="https://"
          value={deployedUrl}
          aria-invalid={urlProblem ? true : undefined}
          aria-describedby={urlProblem ? `${id}-url-error` : `${id}-url-hint`}
          onChange={(e) => setDeployedUrl(e.target.value)}
        />
        {urlProblem ? (
          <p id={`${id}-url-error`} className="field-error">
            {urlProblem}
          </p>
        ) : (
          <p id={`${id}-url-hint`} className="hint">
            Where it runs now; leave empty if it only runs on your machine.
          </p>
        )}
      </div>
      <ProductionLikeBox checked={productionLike} onChange={setProductionLike} />
      {otherProblem && (
        <p className="form-error" role="alert">
          Not saved: {otherProblem}
        </p>
      )}
      <div className="projects-actions">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save as done'}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Whether a project ran for real: it tells the coach a deployment happened. */
export function ProductionLikeBox({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      It ran in production-like conditions (real configuration, logs, a real host)
    </label>
  );
}
