// Splits a posting's text into plain runs and matched skill spans, ready to render as text.
import type { Posting } from '../../api/postings';

export interface TextSegment {
  /** Where the run starts in the text: unique, so it serves as a key. */
  start: number;
  text: string;
  /** The skill this run names; absent for plain text. */
  skill?: { topicId: string; title: string };
}

/**
 * Turns the server's match offsets into ordered segments. Offsets are UTF-16 code units, the
 * same unit `String.slice` counts in. Where two matches overlap, the one that starts first (or
 * the longer one at the same start) wins, so no character is shown twice.
 */
export function highlightSegments(text: string, skills: Posting['skills']): TextSegment[] {
  const spans = skills
    .flatMap((skill) =>
      skill.matches.map((m) => ({
        start: m.start,
        end: m.end,
        skill: { topicId: skill.topicId, title: skill.title },
      })),
    )
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ start: cursor, text: text.slice(cursor, span.start) });
    segments.push({ start: span.start, text: text.slice(span.start, span.end), skill: span.skill });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ start: cursor, text: text.slice(cursor) });
  return segments;
}
