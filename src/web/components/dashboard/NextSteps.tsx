// The dashboard's next steps: the topics to work on now and a project to start with one click.
import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import type { NextSteps as Steps } from '../../api/coach';
import { projectsApi } from '../../api/projects';
import { ParkList } from './ParkList';
import { useRefreshLearnerData } from './refresh';
import { StepItem } from './StepItem';

/** The few topics to work on now and the one project that practises the weakest column. */
export function NextSteps({ steps }: { steps: Steps }) {
  return (
    <div className="next-steps">
      {steps.park.length > 0 && (
        <div className="next-steps-park">
          <ParkList park={steps.park} />
        </div>
      )}
      <div>
        <h3>Topics</h3>
        {steps.topics.length === 0 ? (
          <p className="muted">
            No topic to suggest right now: everything essential is under way or done.{' '}
            <Link to="/roadmap">Browse your roadmap</Link>.
          </p>
        ) : (
          <ol className="step-list">
            {steps.topics.slice(0, 3).map((topic) => (
              <StepItem key={topic.topicId} topic={topic} />
            ))}
          </ol>
        )}
      </div>
      <div>
        <h3>Project</h3>
        <RecommendedProject project={steps.project} />
      </div>
    </div>
  );
}

/** Stays mounted when the recommendation changes or goes, so the confirmation of a start stays. */
function RecommendedProject({ project }: { project: Steps['project'] }) {
  const refresh = useRefreshLearnerData();
  const reasonId = useId();
  const start = useMutation({
    mutationFn: (catalogueId: string) => projectsApi.create({ catalogueId, status: 'building' }),

    onSuccess: () => refresh(),
  });
  const started = start.data;
  // Until the coach has refetched, the recommendation is still the project just started.
  const recommendation = project && started?.catalogueId !== project.catalogueId ? project : null;

  return (
    <div className="project-card">
      {started && (
        <p role="status" className="confirmation">
          Started “{started.title}”. <Link to="/projects">Go to your projects</Link>
        </p>
      )}
      {!recommendation && !started && (
        <p className="muted">
          No project to recommend yet. <Link to="/projects">See your projects</Link>.
        </p>
      )}
      {recommendation && (
        <>
          <p className="step-title">{recommendation.title}</p>
          <p id={reasonId} className="muted">
            {recommendation.reason}
          </p>
          <button
            type="button"
            className="button-primary"
            aria-describedby={reasonId}
            disabled={start.isPending}
            onClick={() => start.mutate(recommendation.catalogueId)}
          >
            {start.isPending ? 'Starting…' : 'Start this project'}
          </button>
          {start.isError && (
            <p className="form-error" role="alert">
              Not started: {start.error.message}
            </p>
          )}
        </>
      )}
    </div>
  );
}
