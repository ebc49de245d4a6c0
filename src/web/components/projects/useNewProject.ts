// The new-project form's state: what the learner typed and chose, checking the title, and adding it.
import { type FormEvent, useState } from 'react';
import type { Project, ProjectOrigin, ProjectStatus } from '../../api/projects';
import { projectProblems } from './fieldErrors';
import { useCreateProject } from './useProjects';

/** The fields the server may name; status is one, though the form has nowhere to show it. */
const FIELDS = ['title', 'description', 'repoUrl', 'deployedUrl', 'status', 'topicIds'] as const;
const EMPTY_TEXT = { title: '', description: '', repoUrl: '', deployedUrl: '' };

export type TextFieldName = keyof typeof EMPTY_TEXT;

/** A new project as typed, the problems with it, and adding it; `onAdded` gets the saved project. */
export function useNewProject(onAdded: (project: Project) => void) {
  const [text, setText] = useState(EMPTY_TEXT);
  const [status, setStatus] = useState<ProjectStatus>('planned');
  const [productionLike, setProductionLike] = useState(false);
  const [origin, setOrigin] = useState<ProjectOrigin>('blank');
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const [titleMissing, setTitleMissing] = useState(false);
  const create = useCreateProject();

  const fromServer = projectProblems(create.error, FIELDS);
  const problems = {
    ...fromServer.byField,
    title: titleMissing ? 'Give the project a title.' : fromServer.byField.title,
  };

  const setTextField = (field: TextFieldName, value: string) =>
    setText((before) => ({ ...before, [field]: value }));
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
        origin,
        topicIds,
      },
      { onSuccess: onAdded },
    );
  };

  return {
    text,
    setTextField,
    status,
    setStatus,
    productionLike,
    setProductionLike,
    origin,
    setOrigin,
    topicIds,
    setTopicIds,
    problems,
    /** A problem no field shows, for the whole form. */
    otherProblem: fromServer.unplaced,
    /** Why the last try failed, if it did: the form takes the keyboard to the field to fix. */
    titleMissing,
    error: create.error,

    adding: create.isPending,
    submit,
  };
}
