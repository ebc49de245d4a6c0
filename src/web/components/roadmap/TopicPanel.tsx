// A side panel (a modal dialog) with everything about one topic: checks, resources, note, evidence.
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { LearnerTopic, Resource } from '../../api/roadmap';
import { BUCKET_LABELS } from '../../labels';
import { SHORTCUT_KEYS, TOPIC_LEVEL_LABELS } from './labels';
import { shortcutStatus } from './shortcuts';
import { TopicEvidence } from './TopicEvidence';
import { TopicNote } from './TopicNote';
import { TopicProgressControls } from './TopicProgressControls';
import { useSaveProgress } from './useSaveProgress';

/** Official documentation first, as the content promises; otherwise the authors' order. */
function docsFirst(resources: Resource[]): Resource[] {
  return [...resources].sort((a, b) => Number(b.kind === 'docs') - Number(a.kind === 'docs'));
}

interface TopicPanelProps {
  topic: LearnerTopic;
  prerequisites: { id: string; title: string }[];
  onClose: () => void;
}

export function TopicPanel({ topic, prerequisites, onClose }: TopicPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const saveStatus = useSaveProgress(topic.id);
  const saveBucket = useSaveProgress(topic.id);

  // showModal makes the rest of the page inert, keeps Tab inside, and closes on Escape.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const next = shortcutStatus(event);
    if (!next) return;
    event.preventDefault();
    if (next !== topic.progress.status) saveStatus.mutate({ status: next });
  };

  return (
    <dialog
      ref={dialogRef}
      className="roadmap-panel"
      aria-labelledby={titleId}
      aria-keyshortcuts={SHORTCUT_KEYS}
      onKeyDown={onKeyDown}
      // The close event is queued, so one left over from a re-run effect can arrive while the
      // dialog is open again; only a close that left it shut means the learner closed it.
      onClose={() => {
        if (!dialogRef.current?.open) onClose();
      }}
    >
      <div className="roadmap-panel-head">
        <h2 id={titleId}>{topic.title}</h2>
        <button type="button" className="button-quiet" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <p className="roadmap-panel-meta">
        <span className={`bucket bucket-${topic.bucket}`}>{BUCKET_LABELS[topic.bucket]}</span>
        <span className="muted">{TOPIC_LEVEL_LABELS[topic.level]}</span>
      </p>
      <p>{topic.summary}</p>
      {topic.tools.length > 0 && (
        <p className="tools">
          <span className="muted">In your language:</span> {topic.tools.join(', ')}
        </p>
      )}
      {prerequisites.length > 0 && (
        <p className="muted">Builds on: {prerequisites.map((p) => p.title).join(', ')}</p>
      )}

      <TopicProgressControls topic={topic} saveStatus={saveStatus} saveBucket={saveBucket} />

      <section className="roadmap-panel-section" aria-labelledby={`${titleId}-checks`}>
        <h3 id={`${titleId}-checks`}>Can-do checks</h3>
        <p className="hint">
          When you can do all of these without looking things up, mark the topic comfortable.
        </p>
        <ul className="roadmap-checks" aria-labelledby={`${titleId}-checks`}>
          {topic.checks.map((check) => (
            <li key={check}>{check}</li>
          ))}
        </ul>
      </section>

      <section className="roadmap-panel-section" aria-labelledby={`${titleId}-resources`}>
        <h3 id={`${titleId}-resources`}>Resources</h3>
        <ul className="roadmap-resources" aria-labelledby={`${titleId}-resources`}>
          {docsFirst(topic.resources).map((resource) => (
            <li key={resource.url}>
              <a href={resource.url} target="_blank" rel="noreferrer">
                {resource.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>{' '}
              <span className="muted">({resource.kind})</span>
            </li>
          ))}
        </ul>
      </section>

      <div className="roadmap-panel-section">
        <TopicNote topic={topic} />
      </div>

      <TopicEvidence topicId={topic.id} />
    </dialog>
  );
}
