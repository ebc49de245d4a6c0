// Adding a project that is not in the catalogue: what it is, where it lives, what it practises.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Project } from '../../api/projects';
import { projectProblems } from './fieldErrors';
import { PROJECT_STATUS_LABELS } from './labels';
import { ProductionLikeBox } from './MarkDoneForm';
import { TopicChecklist, type TopicChoice } from './TopicChecklist';
import { useCreateProject } from './useProjects';

const FIELDS = ['title', 'description', 'repoUrl', 'deployedUrl', 'status', 'topicIds'] as const;
const EMPTY = { title: '', description: '', repoUrl: '', deployedUrl: '' };

export function NewProjectForm({
  topics,
  onAdded,
  onCancel,
}: {
  topics: TopicChoice[];
  onAdded: (project: Project) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [text, setText] = useState(EMPTY);
  const [status, setStatus] = useState<Project['status']>('planned');
  const [productionLike, setProductionLike] = useState(false);
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const [titleMissing, setTitleMissing] = useState(false);
  const create = useCreateProject();

  const serverProblems = projectProblems(create.error, FIELDS);
  const problems = {
    ...serverProblems.byField,
    title: titleMissing ? 'Give the project a title.' : serverProblems.byField.title,
  };
  const otherProblem = serverProblems.unplaced;

  // Take the keyboard to the first field that needs fixing, so the message is heard.
  useEffect(() => {
    if (create.error || titleMissing) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [create.error, titleMissing]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const title = text.title.trim();
    setTitleMissing(!title);
    if (!title) return;
    create.mutate(
      {
        title,
        description: text.description.trim() || null,
        repoUrl: text.repoUrl.trim() || null,
        deployedUrl: text.deployedUrl.trim() || null,
        status,
        productionLike: status === 'done' && productionLike,
        topicIds,
      },
      { onSuccess: onAdded },
    );
  };

  const textField = (
    field: keyof typeof EMPTY & keyof typeof problems,
    label: string,
    input: { type?: string; maxLength?: number; hint?: string; multiline?: boolean },
  ) => {
    const problem = problems[field];
    const controlProps = {
      id: `${id}-${field}`,
      value: text[field],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem
        ? `${id}-${field}-error`
        : input.hint
          ? `${id}-${field}-hint`
          : undefined,
      onChange: (e: { target: { value: string } }) =>
        setText((before) => ({ ...before, [field]: e.target.value })),
    };
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{label}</label>
        {input.multiline ? (
          <textarea rows={3} maxLength={4000} {...controlProps} />
        ) : (
          <input type={input.type ?? 'text'} maxLength={input.maxLength} {...controlProps} />
        )}
        {problem ? (
          <p id={`${id}-${field}-error`} className="field-error">
            {problem}
          </p>
        ) : (
          input.hint && (
            <p id={`${id}-${field}-hint`} className="hint">
              {input.hint}
            </p>
          )
        )}
      </div>
    );
  };

  return (
    <form ref={form} className="projects-new-form stack" noValidate onSubmit={submit}>
      {textField('title', 'Title', {})}
      {textField('description', 'Description', { multiline: true })}
      {textField('repoUrl', 'Repository URL', {
        type: 'url',
        maxLength: 500,
        hint: 'For example https://github.com/you/project',
      })}
      {textField('deployedUrl', 'Deployed URL', {
        type: 'url',
        maxLength: 500,
        hint: 'Where it runs, if it does',
      })}

      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as Project['status'])}
        >
          {Object.entries(PROJECT_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {status === 'done' && (
        <ProductionLikeBox checked={productionLike} onChange={setProductionLike} />
      )}
      <TopicChecklist
        legend="Topics it practises"
        topics={topics}
        selected={topicIds}
        onChange={setTopicIds}
        error={problems.topicIds}
      />
      {otherProblem && (
        <p className="form-error" role="alert">
          Not added: {otherProblem}
        </p>
      )}
      <div className="projects-actions">
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add project'}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
