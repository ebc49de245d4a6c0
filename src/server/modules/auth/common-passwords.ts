// Is a password, or the word under its decorations, on a list of common and breached passwords?
import { createRequire } from 'node:module';

/**
 * The zxcvbn-ts common list: about 49,000 passwords ranked by frequency in public breach corpora.
 * Loaded on first use (a CommonJS require keeps the check synchronous) and kept as a Set.
 */
let commonPasswords: ReadonlySet<string> | undefined;
export function commonPasswordList(): ReadonlySet<string> {
  if (!commonPasswords) {
    const require = createRequire(import.meta.url);
    const { dictionary } = require('@zxcvbn-ts/language-common') as {
      dictionary: { 'passwords-common': string[] };
    };
    commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return commonPasswords;
}

/** Leet spellings undone: each character maps to the letters people mean by it. */
const LEET: Record<string, readonly string[]> = {
  '@': ['a'],
  '4': ['a'],
  '0': ['o'],
  '1': ['i', 'l'],
  '!': ['i', 'l'],
  '|': ['l', 'i'],
  '3': ['e'],
  $: ['s'],
  '5': ['s'],
  '7': ['t'],
  '+': ['t'],
  '8': ['b'],
  '9': ['g'],
};

/** At most this many spellings per password: `1` and `!` have two readings each. */
const MAX_SPELLINGS = 64;

function unleet(word: string): string[] {
  let spellings = [''];
  for (const char of word) {
    const readings = LEET[char] ?? [char];
    spellings = spellings.flatMap((s) => readings.map((r) => s + r)).slice(0, MAX_SPELLINGS);
  }
  return spellings;
}

/** Years, "123", "!" and the like around a word: `Summer2024!` is `summer` dressed up. */
export function stripDecoration(word: string): string {
  return word.replace(/^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu, '');
}

/** A core this short is not a word someone chose; looking it up would refuse random strings. */
const MIN_CORE_LENGTH = 3;

/** The forms under which a password is looked up: as typed, without decoration, leet undone. */
export function lookupForms(password: string): Set<string> {
  const lowered = password.toLowerCase();
  const forms = new Set<string>([lowered]);
  for (const core of [stripDecoration(lowered), ...unleet(lowered).map(stripDecoration)]) {
    if (core.length < MIN_CORE_LENGTH) continue;
    forms.add(core);
    for (const spelling of unleet(core)) forms.add(spelling);
  }
  return forms;
}

/** True when the password, or the common word it decorates, is on the list. */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswordList();
  for (const form of lookupForms(password)) if (list.has(form)) return true;
  return false;
}
