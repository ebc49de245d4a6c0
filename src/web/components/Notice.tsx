// Loading, empty and error notices, and the failed-load notice with a way to try again.
import type { ReactNode } from 'react';

/** A loading, empty or error state, announced to screen readers. */
export function Notice({
  kind,
  children,
}: {
  kind: 'loading' | 'empty' | 'error';
  children: ReactNode;
}) {
  return (
    <div
      className={`notice notice-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
    >
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      {children}
    </div>
  );
}

/** A load that failed: what could not be loaded, the server's reason, and a way to try again. */
export function LoadFailed({
  what,
  error,
  onRetry,
}: {
  /** e.g. "Your roadmap" */
  what: string;
  error: Error | null | undefined;
  onRetry: () => void;
}) {
  return (
    <Notice kind="error">
      {what} could not be loaded: {error?.message}{' '}
      <button type="button" className="button-quiet" onClick={onRetry}>
        Try again
      </button>
    </Notice>
  );
}
