// Places the server's field errors (problem details `errors`, each with a JSON pointer) on a form's fields.
import { ApiError } from './client';

export interface FormErrors<F extends string> {
  /** The server's message for each field it named, e.g. "must be an IANA time zone". */
  byField: Partial<Record<F, string>>;
  /** The error's own message when it names none of the form's fields; undefined otherwise. */
  unplaced: string | undefined;
}

/** The body field an error's path points at: `/body/topicIds/2` is about `topicIds`. */
const bodyField = (path: string) => (path.startsWith('/body/') ? path.split('/')[2] : undefined);

/**
 * Sorts a failed request's errors onto the form's fields; what no field can show is `unplaced`,
 * to be shown for the whole form. Any error that is not an ApiError is unplaced as it is.
 */
export function formErrors<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  const byField: Partial<Record<F, string>> = {};
  if (!error) return { byField, unplaced: undefined };
  const known = new Set<string>(fields);
  for (const { path, message } of error instanceof ApiError ? error.errors : []) {
    const field = bodyField(path);
    // The first message for a field is the one shown, as the server lists the first problem first.
    if (field && known.has(field) && byField[field as F] === undefined) {
      byField[field as F] = message;
    }
  }
  const placed = Object.keys(byField).length > 0;
  const message = error instanceof Error ? error.message : 'Something went wrong. Try again.';
  return { byField, unplaced: placed ? undefined : message };
}
