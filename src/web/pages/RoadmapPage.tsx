// The learner's main working view: every stage and topic, filters, status shortcuts, a topic panel.
import { useCallback, useMemo, useRef } from 'react';
import { type LearnerRoadmap, type LearnerTopic, useRoadmap } from '../api/roadmap';

import { LoadFailed, Notice } from '../components/Notice';
import { PlanSettings } from '../components/PlanSettings';
import { hasFilters } from '../components/roadmap/filters';
import { RoadmapFilters } from '../components/roadmap/RoadmapFilters';
import { ShortcutsHelp } from '../components/roadmap/ShortcutsHelp';
import { TopicPanel } from '../components/roadmap/TopicPanel';
import { useActivityNotes } from '../components/roadmap/useActivityNotes';
import { useTopicFilters } from '../components/roadmap/useTopicFilters';
import { StageSection } from '../components/StageSection';
import { topicCardId } from '../components/TopicCard';
import { useCurrentUser } from '../session';
import '../styles/roadmap.css';

function groupByStage(topics: LearnerTopic[]): Map<string, LearnerTopic[]> {
  const byStage = new Map<string, LearnerTopic[]>();
  for (const topic of topics) {
    const list = byStage.get(topic.stageId);
    if (list) list.push(topic);
    else byStage.set(topic.stageId, [topic]);
  }
  return byStage;
}

export function RoadmapPage() {
  const roadmap = useRoadmap();

  if (roadmap.isPending) return <Notice kind="loading">Loading your roadmap…</Notice>;
  if (roadmap.isError) {
    return (
      <LoadFailed what="Your roadmap" error={roadmap.error} onRetry={() => roadmap.refetch()} />
    );
  }
  return <RoadmapView roadmap={roadmap.data} />;
}

function RoadmapView({ roadmap }: { roadmap: LearnerRoadmap }) {
  const me = useCurrentUser();
  const { filters, shown, setFilter, clearFilters, openTopicId, setOpenTopic } =
    useTopicFilters(roadmap);
  useActivityNotes(filters, openTopicId);
  const shownByStage = useMemo(() => groupByStage(shown), [shown]);
  const allByStage = useMemo(() => groupByStage(roadmap.topics), [roadmap.topics]);
  const filtering = hasFilters(filters);
  const comfortable = roadmap.topics.filter((t) => t.progress.status === 'comfortable').length;

  // Focus goes back to what opened the panel, or to the card when it was opened from a link.
  const opener = useRef<HTMLElement | null>(null);
  const openTopic = useCallback(
    (topicId: string, from: HTMLElement) => {
      opener.current = from;
      setOpenTopic(topicId);
    },
    [setOpenTopic],
  );
  const openTopicObject = roadmap.topics.find((t) => t.id === openTopicId);
  const closePanel = () => {
    const target = opener.current?.isConnected
      ? opener.current
      : openTopicId && document.getElementById(topicCardId(openTopicId));
    opener.current = null;
    setOpenTopic(null);
    if (target) requestAnimationFrame(() => target.focus());
  };

  let stageNumber = 0;
  return (
    <div className="roadmap">
      <header className="roadmap-header">
        <h1>{roadmap.title} roadmap</h1>
        <p className="muted">{roadmap.summary}</p>
        {me.data && <PlanSettings user={me.data} />}
        <p>
          <strong>{comfortable}</strong> of {roadmap.topics.length} topics comfortable · version{' '}
          {roadmap.version}
        </p>
      </header>
      <div className="roadmap-tools">
        <RoadmapFilters
          filters={filters}
          columns={roadmap.columns}
          shown={shown.length}
          total={roadmap.topics.length}
          onChange={setFilter}
          onClear={clearFilters}
        />
        <ShortcutsHelp />
      </div>
      {shown.length === 0 ? (
        <Notice kind="empty">
          No topics match these filters.{' '}
          <button type="button" className="button-quiet" onClick={clearFilters}>
            Clear filters
          </button>
        </Notice>
      ) : (
        roadmap.stages.map((stage) => {
          const number = stage.optional ? null : ++stageNumber;
          const stageTopics = shownByStage.get(stage.id) ?? [];
          const all = allByStage.get(stage.id) ?? [];
          // While filtering, a stage with no match is noise; unfiltered, its emptiness is news.
          if (filtering && stageTopics.length === 0) return null;
          return (
            <StageSection
              key={stage.id}
              stage={stage}
              number={number}
              topics={stageTopics}
              comfortable={all.filter((t) => t.progress.status === 'comfortable').length}
              total={all.length}
              onOpenTopic={openTopic}
            />
          );
        })
      )}
      {openTopicObject && (
        <TopicPanel
          key={openTopicObject.id}
          topic={openTopicObject}
          prerequisites={openTopicObject.prerequisites.flatMap((id) => {
            const prerequisite = roadmap.topics.find((t) => t.id === id);
            return prerequisite ? [{ id, title: prerequisite.title }] : [];
          })}
          onClose={closePanel}
        />
      )}
    </div>
  );
}
