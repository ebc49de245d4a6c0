// Long but realistic job postings: the labelled postings one after another, to any length.
import { labelledPostings } from './postings-eval.js';

/** `chars` characters of posting text, cut at a line break so no word is split. */
export function longPosting(chars: number): string {
  const adverts = labelledPostings().map((p) => p.text);
  let text = '';
  for (let i = 0; text.length < chars; i += 1) text += `${adverts[i % adverts.length]}\n\n`;
  return text.slice(0, text.lastIndexOf('\n', chars - 1) + 1);
}
