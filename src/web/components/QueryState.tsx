// Renders a query's loading state, its error, or its data.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadFailed, Notice } from './Notice';

/** Renders a query's data, or its loading state, or its error with a way to try again. */
export function QueryState<T>({
  query,
  loading,
  failed,
  children,
}: {
  query: UseQueryResult<T, Error>;
  /** Shown while loading, e.g. "Loading your reviews…". */
  loading: string;
  /** What could not be loaded, e.g. "Your reviews". */
  failed: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Notice kind="loading">{loading}</Notice>;
  if (query.isError)
    return <LoadFailed what={failed} error={query.error} onRetry={() => query.refetch()} />;
  return <>{children(query.data)}</>;
}
