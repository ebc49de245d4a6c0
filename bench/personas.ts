// The coach against labelled learners: how often its guidance matches what a senior mentor
// expects, on the authored personas and on the held-out ones written without the rules.
import { coach } from '../src/domain/coach/coach.js';
import type { Roadmap } from '../src/domain/content/schema.js';
import {
  type Half,
  judge,
  loadPersonas,
  type PersonaVerdict,
  personaInput,
  personaNow,
} from '../test/support/personas.js';

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${Math.round((100 * part) / whole)} % (${part}/${whole})`;

/** Runs the coach on every persona of a half and prints its agreement, then each miss. */
export function reportPersonas(roadmap: Roadmap, half: Half): PersonaVerdict[] {
  const verdicts = loadPersonas(half, roadmap).map((persona) =>
    judge(persona, coach(personaInput(persona, roadmap), personaNow(persona))),
  );
  const count = (test: (v: PersonaVerdict) => boolean) => verdicts.filter(test).length;
  const expected = verdicts.reduce((n, v) => n + v.mentions.expected.length, 0);
  const missing = verdicts.reduce((n, v) => n + v.mentions.missing.length, 0);
  const parking = verdicts.filter((v) => v.park.expected);
  console.log(`  ${half} (${verdicts.length} personas)`);
  if (verdicts.length === 0) return verdicts;
  const next = count((v) => v.nextTopics.ok);
  console.log(`    next steps:    ${percent(next, verdicts.length)}`);
  const suggested = verdicts.flatMap((v) =>
    v.nextTopics.suggested.map((id) => v.nextTopics.accepted.includes(id)),
  );
  const accepted = suggested.filter(Boolean).length;
  console.log(
    `      of which topics acceptable one by one: ${percent(accepted, suggested.length)}`,
  );
  console.log(
    `    project:       ${percent(
      count((v) => v.project.ok),
      verdicts.length,
    )}`,
  );
  console.log(`    mentions:      ${percent(expected - missing, expected)}`);
  console.log(
    `    must-not-say:  ${verdicts.reduce((n, v) => n + v.saidWrongly.length, 0)} raised`,
  );
  console.log(
    `    park first:    ${percent(parking.filter((v) => v.park.ok).length, parking.length)}`,
  );
  for (const v of verdicts) {
    const misses = [
      v.nextTopics.ok ? '' : `next [${v.nextTopics.suggested.join(', ')}]`,
      v.project.ok ? '' : `project ${v.project.suggested ?? 'none'}`,
      v.mentions.missing.length ? `missed ${v.mentions.missing.join(', ')}` : '',
      v.saidWrongly.length ? `said ${v.saidWrongly.join(', ')}` : '',
      v.park.ok ? '' : 'did not park',
    ].filter(Boolean);
    if (misses.length) console.log(`      ${v.id}: ${misses.join('; ')}`);
  }
  return verdicts;
}
