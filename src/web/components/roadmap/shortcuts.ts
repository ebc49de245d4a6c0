// Turns a key press on a topic card or panel into a status, unless the learner is typing.
import type { KeyboardEvent } from 'react';
import type { Status } from '../../../domain/vocabulary';
import { STATUS_SHORTCUTS } from './labels';

/** Fields take their own keys: a "3" typed into the note or the search box is text, not a status. */
function isTypingTarget(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** The status a key press asks for, or null when the press is not a status shortcut. */
export function shortcutStatus(event: KeyboardEvent<HTMLElement>): Status | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null;
  if (isTypingTarget(event.target)) return null;
  const key = event.key.toLowerCase();
  return STATUS_SHORTCUTS.find((shortcut) => shortcut.key === key)?.status ?? null;
}
