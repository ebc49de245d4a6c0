// One of the learner's projects: what it is, where it lives, what it practises, and moving it along.
import { useId, useState } from 'react';
import type { Project, ProjectStatus } from '../../api/projects';
import { PROJECT_STATUS_LABELS } from './labels';
import { MarkDoneForm } from './MarkDoneForm';
import { DeleteConfirmation, ProjectFacts, RetroPrompt, StatusActions } from './ProjectCardParts';
import { TopicTags } from './TopicTags';
import { useDeleteProject, useUpdateProject } from './useProjects';

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
  const update = useUpdateProject(project.id);
  const remove = useDeleteProject(project.id);

  const moveTo = (status: ProjectStatus) => {
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
      <ProjectFacts project={project} />
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
        <DeleteConfirmation
          title={project.title}
          deleting={remove.isPending}
          error={remove.error}
          onDelete={() => remove.mutate()}
          onKeep={() => setMode('view')}
        />
      ) : (
        <StatusActions
          status={project.status}
          saving={update.isPending}
          onMove={moveTo}
          onFinish={() => setMode('finishing')}
          onDelete={() => setMode('confirm-delete')}
        />
      )}
      {update.isError && mode === 'view' && (
        <p className="form-error" role="alert">
          Not saved: {update.error.message}
        </p>
      )}

      {project.status === 'done' && (
        <RetroPrompt projectId={project.id} justFinished={justFinished} />
      )}
    </article>
  );
}
