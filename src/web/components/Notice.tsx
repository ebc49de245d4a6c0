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
