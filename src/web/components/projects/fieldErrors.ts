// Turns the server's validation errors into words shown next to the field they are about.
import { ApiError } from '../../api/client';

const WEB_ADDRESS = /pattern "\^https\?:\/\/"|format "uri"/;

/** The message for one body field (or any item under it, like /body/topicIds/2), in plain words. */
export function fieldProblem(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.errors.find(
    (e) => e.path === `/body/${field}` || e.path.startsWith(`/body/${field}/`),
  );
  if (!found) return undefined;
  if (WEB_ADDRESS.test(found.message)) {
    return 'Enter a full web address that starts with https:// (or http://).';
  }
  if (/fewer than 1 character/.test(found.message) || found.message === 'is required') {
    return 'This cannot be empty.';
  }
  return found.message.charAt(0).toUpperCase() + found.message.slice(1);
}

/** The error to show for the whole form: only when no field message already explains it. */
export function formProblem(error: unknown, fields: readonly string[]): string | undefined {
  if (!error) return undefined;
  if (fields.some((field) => fieldProblem(error, field))) return undefined;
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
