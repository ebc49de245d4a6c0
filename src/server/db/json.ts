// JSON columns: stored as text on both dialects, checked against their schema each time they are read.
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';

/** A stored JSON column that no longer matches its schema: a bug or a hand edit, never user input. */
export class CorruptColumn extends Error {
  constructor(column: string, reason: string) {
    super(`The stored ${column} is not valid: ${reason}`);
    this.name = 'CorruptColumn';
  }
}

/** Parses a JSON column and checks it against `schema`, so the value read is the type it claims. */
export function readJsonColumn<T extends TSchema>(
  schema: T,
  column: string,
  text: string,
): Static<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorruptColumn(column, (error as Error).message);
  }
  if (!Value.Check(schema, value)) {
    const [first] = Value.Errors(schema, value);
    throw new CorruptColumn(
      column,
      first ? `${first.instancePath} ${first.message}` : 'wrong shape',
    );
  }
  return value;
}
