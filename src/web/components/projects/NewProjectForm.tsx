// Adding a project that is not in the catalogue: what it is, where it lives, what it practises.
import { useEffect, useId, useRef } from 'react';
import type { Project, ProjectStatus } from '../../api/projects';
import { wordsOf } from '../../labels';
import { PROJECT_STATUS_LABELS } from './labels';
import { ProductionLikeBox } from './MarkDoneForm';
import { OriginChoice } from './OriginChoice';
import { ProjectTextField } from './ProjectTextField';
import { TopicChecklist, type TopicChoice } from './TopicChecklist';
import { type TextFieldName, useNewProject } from './useNewProject';

/** The most characters a web address may have, as the projects schema allows. */
const URL_MAX_LENGTH = 500;

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
  const draft = useNewProject(onAdded);
  const textProps = (field: TextFieldName) => ({
    id: `${id}-${field}`,
    value: draft.text[field],
    onChange: (value: string) => draft.setTextField(field, value),
    problem: draft.problems[field],
  });

  // Take the keyboard to the first field that needs fixing, so the message is heard.
  const { error, titleMissing } = draft;
  useEffect(() => {
    if (error || titleMissing) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [error, titleMissing]);

  return (
    <form ref={form} className="projects-new-form stack" noValidate onSubmit={draft.submit}>
      <ProjectTextField {...textProps('title')} label="Title" />
      <ProjectTextField {...textProps('description')} label="Description" multiline />
      <ProjectTextField
        {...textProps('repoUrl')}
        label="Repository URL"
        type="url"
        maxLength={URL_MAX_LENGTH}
        hint="For example https://github.com/you/project"
      />
      <ProjectTextField
        {...textProps('deployedUrl')}
        label="Deployed URL"
        type="url"
        maxLength={URL_MAX_LENGTH}
        hint="Where it runs, if it does"
      />
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={draft.status}
          onChange={(e) => draft.setStatus(e.target.value as ProjectStatus)}
        >
          {wordsOf(PROJECT_STATUS_LABELS).map((status) => (
            <option key={status} value={status}>
              {PROJECT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      {draft.status === 'done' && (
        <ProductionLikeBox checked={draft.productionLike} onChange={draft.setProductionLike} />
      )}
      <OriginChoice value={draft.origin} onChange={draft.setOrigin} />
      <TopicChecklist
        legend="Topics it practises"
        topics={topics}
        selected={draft.topicIds}
        onChange={draft.setTopicIds}
        error={draft.problems.topicIds}
      />
      {draft.otherProblem && (
        <p className="form-error" role="alert">
          Not added: {draft.otherProblem}
        </p>
      )}
      <div className="projects-actions">
        <button type="submit" className="button-primary" disabled={draft.adding}>
          {draft.adding ? 'Adding…' : 'Add project'}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
