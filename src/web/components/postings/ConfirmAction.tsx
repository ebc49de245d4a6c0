// A button for an action that cannot be undone, which asks for confirmation in place.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
// Its look lives with the postings page, where it started; importing it here brings it along.
import '../../styles/postings.css';

/**
 * A button for an action that cannot be undone, which asks once more in place: an inline
 * question keeps keyboard focus in the page, where a browser dialog would steal it.
 */
export function ConfirmAction({
  label,
  target,
  question,
  confirmLabel,
  pending,
  onConfirm,
}: {
  /** The button's visible word, e.g. "Delete". */
  label: string;
  /** What the action applies to, so screen readers hear "Delete posting Acme", not just "Delete". */
  target: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  // Focus follows the question in and back out, so keyboard users never lose their place;
  // the buttons must exist before they can take focus, hence the synchronous render.
  const ask = (value: boolean) => {
    flushSync(() => setAsking(value));
    (value ? confirmRef : triggerRef).current?.focus();
  };

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button-quiet"
        aria-label={`${label} ${target}`}
        onClick={() => ask(true)}
      >
        {label}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring a form border and legend to an inline question
    <span className="confirm-action" role="group" aria-label={`${label} ${target}`}>
      <span>{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className="button-danger"
        disabled={pending}
        onClick={onConfirm}
      >
        {pending ? 'Working…' : confirmLabel}
      </button>
      <button type="button" className="button-quiet" onClick={() => ask(false)}>
        Cancel
      </button>
    </span>
  );
}
