import { useId } from 'react';
import type { LearnerTopic, Stage } from '../api/client';
import { TopicCard } from './TopicCard';

export function StageSection({
  stage,
  number,
  topics,
}: {
  stage: Stage;
  number: number | null;
  topics: LearnerTopic[];
}) {
  const headingId = useId();
  const comfortable = topics.filter((t) => t.progress.status === 'comfortable').length;
  return (
    <section className="stage" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {number !== null && <span className="stage-number">Stage {number}</span>} {stage.title}
        <span className="stage-count">
          {comfortable}/{topics.length}
        </span>
      </h2>
      <p className="muted">{stage.summary}</p>
      {topics.length === 0 ? (
        <p className="muted">No topics in this stage for your language.</p>
      ) : (
        <ul className="topic-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <TopicCard topic={topic} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
