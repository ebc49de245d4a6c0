// One column of the one-page sheet: what the learner knows, has built, and practises next.
import { useId } from 'react';
import type { OnePage } from '../../api/coach';

type Column = OnePage['columns'][number];

/** Evidence is a project's title or a URL the learner linked; a URL becomes a link. */
function EvidenceItem({ label }: { label: string }) {
  return /^https?:\/\//.test(label) ? (
    <a href={label} target="_blank" rel="noreferrer">
      {label}
    </a>
  ) : (
    label
  );
}

function Empty() {
  return <p className="muted one-page-empty">Nothing yet</p>;
}

/** One column of the sheet: what the learner knows, what they built, what to practise next. */
export function OnePageColumn({ column }: { column: Column }) {
  const headingId = useId();
  return (
    <section className="one-page-column" aria-labelledby={headingId}>
      <h2 id={headingId}>{column.title}</h2>

      <h3>Know</h3>
      {column.know.length === 0 ? (
        <Empty />
      ) : (
        <ul aria-label={`${column.title}: know`}>
          {column.know.map((topic) => (
            <li key={topic.topicId}>{topic.title}</li>
          ))}
        </ul>
      )}

      <h3>Built</h3>
      {column.built.length === 0 ? (
        <Empty />
      ) : (
        <ul aria-label={`${column.title}: built`}>
          {column.built.map((topic) => (
            <li key={topic.topicId}>
              {topic.title}
              {topic.evidence.length > 0 && (
                <span className="evidence">
                  {' — '}
                  {topic.evidence.map((label, index) => (
                    <span key={label}>
                      {index > 0 && ', '}
                      <EvidenceItem label={label} />
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>Practise next</h3>
      {column.next.length === 0 ? (
        <Empty />
      ) : (
        <ul aria-label={`${column.title}: practise next`}>
          {column.next.map((topic) => (
            <li key={topic.topicId}>{topic.title}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
