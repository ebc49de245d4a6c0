import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { ROADMAP_ID, roadmapKey } from '../api/keys';
import { Notice } from '../components/Notice';
import { PlanSettings } from '../components/PlanSettings';
import { StageSection } from '../components/StageSection';
import { useCurrentUser } from '../session';

export function RoadmapPage() {
  const me = useCurrentUser();
  const roadmap = useQuery({
    queryKey: roadmapKey(ROADMAP_ID),
    queryFn: () => api.myRoadmap(ROADMAP_ID),
  });

  if (roadmap.isPending) return <Notice kind="loading">Loading your roadmap…</Notice>;
  if (roadmap.isError) {
    return (
      <Notice kind="error">
        Your roadmap could not be loaded: {roadmap.error.message}{' '}
        <button type="button" className="button-quiet" onClick={() => roadmap.refetch()}>
          Try again
        </button>
      </Notice>
    );
  }

  const { data } = roadmap;
  const done = data.topics.filter((t) => t.progress.status === 'comfortable').length;
  return (
    <article className="roadmap">
      <header className="roadmap-header">
        <h1>{data.title} roadmap</h1>
        <p className="muted">{data.summary}</p>
        {me.data && <PlanSettings user={me.data} />}
        <p>
          <strong>{done}</strong> of {data.topics.length} topics comfortable · version{' '}
          {data.version}
        </p>
      </header>
      {data.stages.map((stage, index) => (
        <StageSection
          key={stage.id}
          stage={stage}
          number={stage.optional ? null : index + 1}
          topics={data.topics.filter((t) => t.stageId === stage.id)}
        />
      ))}
    </article>
  );
}
