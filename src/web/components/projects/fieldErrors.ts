// The words the project forms show for the server's field errors, next to the field they are about.
import { type FormErrors, formErrors } from '../../api/fieldErrors';
import type { NewProject } from '../../api/projects';

type ProjectField = keyof NewProject;

/**
 * A web address is the one project field whose rules (a full http(s) URL) the server states in
 * terms a learner would not use; the inputs cap the length, so any complaint about one is its form.
 */
const PLAIN_WORDS: Partial<Record<ProjectField, string>> = {
  repoUrl: 'Enter a full web address that starts with https:// (or http://).',
  deployedUrl: 'Enter a full web address that starts with https:// (or http://).',
};

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** The message for each project field the server named, in plain words, and one for the rest. */
export function projectProblems<F extends ProjectField>(
  error: unknown,
  fields: readonly F[],
): FormErrors<F> {
  const { byField, unplaced } = formErrors(error, fields);
  const plain: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const message = byField[field];
    if (message !== undefined) plain[field] = PLAIN_WORDS[field] ?? sentence(message);
  }
  return { byField: plain, unplaced };
}
