// One stage of the roadmap (or the advanced and career sections) with the topics the filters let through.
import { memo, useId } from 'react';
import type { LearnerTopic, Stage } from '../api/roadmap';
import { TopicCard } from './TopicCard';

interface StageSectionProps {
  stage: Stage;
  /** Its place among the seven stages; null for the optional sections. */
  number: number | null;
  topics: LearnerTopic[];
  /** The whole stage, not only the topics shown, so the count does not change with the filters. */
  comfortable: number;
  total: number;
  onOpenTopic: (topicId: string, opener: HTMLElement) => void;
}

export const StageSection = memo(function StageSection({
  stage,
  number,
  topics,
  comfortable,
  total,
  onOpenTopic,
}: StageSectionProps) {
  const headingId = useId();
  return (
    <section className="stage" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {number !== null && <span className="stage-number">Stage {number}</span>} {stage.title}
        <span className="stage-count">
          {comfortable}/{total}
          <span className="visually-hidden"> comfortable</span>
        </span>
      </h2>
      <p className="muted">{stage.summary}</p>
      {topics.length === 0 ? (
        <p className="muted">No topics in this stage for your language.</p>
      ) : (
        <ul className="topic-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <TopicCard topic={topic} onOpen={onOpenTopic} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
