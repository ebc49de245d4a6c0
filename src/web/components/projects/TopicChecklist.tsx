// A searchable multi-select of roadmap topics: a filter box over a list of checkboxes.
import { useId, useState } from 'react';

export interface TopicChoice {
  id: string;
  title: string;
  aliases?: string[];
}

/** Matches the title and the words job ads use ("Postgres"), ignoring case. */
export function matchesFilter(topic: TopicChoice, filter: string): boolean {
  const words = filter.trim().toLowerCase();
  if (!words) return true;
  return [topic.title, ...(topic.aliases ?? [])].some((name) => name.toLowerCase().includes(words));
}

/** The "Find a topic" box above a list of topics. */
export function TopicFilter({
  inputId,
  filter,
  onFilter,
}: {
  inputId: string;
  filter: string;
  onFilter: (filter: string) => void;
}) {
  return (
    <div className="topic-checklist-filter">
      <label htmlFor={inputId}>Find a topic</label>
      <input
        id={inputId}
        type="search"
        value={filter}
        autoComplete="off"
        onChange={(e) => onFilter(e.target.value)}
      />
    </div>
  );
}

export function TopicChecklist({
  legend,
  hint,
  topics,
  selected,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  topics: TopicChoice[];
  selected: string[];
  onChange: (topicIds: string[]) => void;
  error?: string;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const shown = topics.filter((topic) => matchesFilter(topic, filter));
  const titleOf = new Map(topics.map((t) => [t.id, t.title]));
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');

  const toggle = (topicId: string, on: boolean) =>
    onChange(on ? [...selected, topicId] : selected.filter((t) => t !== topicId));

  return (
    <fieldset className="topic-checklist" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <TopicFilter inputId={`${id}-filter`} filter={filter} onFilter={setFilter} />
      <p className="topic-checklist-chosen" aria-live="polite">
        {selected.length === 0
          ? 'None chosen yet.'
          : `Chosen (${selected.length}): ${selected.map((t) => titleOf.get(t) ?? t).join(', ')}`}
      </p>
      <ul className="topic-checklist-options">
        {shown.map((topic) => (
          <li key={topic.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={chosen.has(topic.id)}
                onChange={(e) => toggle(topic.id, e.target.checked)}
              />
              {topic.title}
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">No topic matches “{filter}”.</p>}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
