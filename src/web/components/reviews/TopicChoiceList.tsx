// One select per topic (a status or a bucket each), with a filter; only changed choices are kept.
import { useId, useState } from 'react';
import type { LearnerTopic } from '../../api/roadmap';
import { matchesFilter, TopicFilter } from '../projects/TopicChecklist';

export function TopicChoiceList({
  legend,
  hint,
  topics,
  options,
  current,
  choiceName,
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  topics: LearnerTopic[];
  options: { value: string; label: string }[];
  /** What the plan says today; picking it again drops the change. */
  current: (topic: LearnerTopic) => string;
  /** Completes each select's name, e.g. "SQL joins status". */
  choiceName: string;
  value: Record<string, string>;
  onChange: (value: Record<string, string>) => void;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const shown = topics.filter((topic) => matchesFilter(topic, filter));
  const changed = Object.keys(value).length;

  const choose = (topic: LearnerTopic, choice: string) => {
    const { [topic.id]: _previous, ...others } = value;
    onChange(choice === current(topic) ? others : { ...others, [topic.id]: choice });
  };

  return (
    <fieldset className="reviews-choice-list" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <TopicFilter inputId={`${id}-filter`} filter={filter} onFilter={setFilter} />
      <p className="topic-checklist-chosen" aria-live="polite">
        {topics.length} topics · {changed === 0 ? 'nothing changed yet' : `${changed} changed`}
      </p>
      <ul className="reviews-choice-rows">
        {shown.map((topic) => {
          const selectId = `${id}-${topic.id}`;
          const chosen = value[topic.id];
          return (
            <li key={topic.id} className={chosen ? 'reviews-choice-changed' : undefined}>
              <label htmlFor={selectId}>
                {topic.title}
                <span className="visually-hidden"> {choiceName}</span>
              </label>
              <select
                id={selectId}
                value={chosen ?? current(topic)}
                onChange={(e) => choose(topic, e.target.value)}
              >
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="muted">No topic matches “{filter}”.</p>}
    </fieldset>
  );
}
