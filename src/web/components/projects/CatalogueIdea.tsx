// One practice-project idea from the roadmap, and starting it as one of the learner's projects.
import { useEffect, useId, useRef } from 'react';
import type { PracticeProject } from '../../api/roadmap';
import { TopicTags } from './TopicTags';
import { useCreateProject } from './useProjects';

const SIZE_LABELS: Record<PracticeProject['size'], string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};

export function CatalogueIdea({
  idea,
  stageTitle,
  started,
  topicTitle,
}: {
  idea: PracticeProject;
  stageTitle: string;
  started: boolean;
  topicTitle: (topicId: string) => string;
}) {
  const headingId = useId();
  const start = useCreateProject();
  const startedNote = useRef<HTMLSpanElement>(null);
  // The button disappears once the project starts; keep the keyboard where it was.
  useEffect(() => {
    if (start.isSuccess) startedNote.current?.focus();
  }, [start.isSuccess]);
  return (
    <article className="projects-idea" aria-labelledby={headingId}>
      <div className="projects-card-head">
        <h3 id={headingId}>{idea.title}</h3>
        <span className="projects-meta">
          {SIZE_LABELS[idea.size]} · {stageTitle}
        </span>
      </div>
      <p>{idea.brief}</p>
      <TopicTags topicIds={idea.topics} topicTitle={topicTitle} />
      <details>
        <summary>Done when, and stretch goals</summary>
        <h4>Done when</h4>
        <ul>
          {idea.doneWhen.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {idea.stretch.length > 0 && (
          <>
            <h4>Stretch goals</h4>
            <ul>
              {idea.stretch.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </details>
      <div className="projects-actions">
        {started ? (
          <span ref={startedNote} tabIndex={-1} className="projects-started">
            <span aria-hidden="true">✓ </span>Started
          </span>
        ) : (
          <button
            type="button"
            className="button-primary"
            disabled={start.isPending}
            onClick={() => start.mutate({ catalogueId: idea.id, status: 'building' })}
          >
            {start.isPending ? 'Starting…' : 'Start this project'}
          </button>
        )}
        <span className="save-state" role="status">
          {start.isSuccess ? 'Added to My projects.' : ''}
        </span>
      </div>
      {start.isError && (
        <p className="form-error" role="alert">
          Not started: {start.error.message}
        </p>
      )}
    </article>
  );
}
