// Password policy and hashing: argon2id, a length range, and a refusal of common and breached passwords.
import { hash, verify } from '@node-rs/argon2';
import type { FieldError } from '../../errors.js';
import { isCommonPassword, stripDecoration } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing cannot be used to tie up the CPU. */
export const MAX_PASSWORD_LENGTH = 256;

// OWASP's current argon2id recommendation: 19 MiB, 2 iterations, 1 lane.
// `algorithm: 2` is Algorithm.Argon2id, a const enum that isolated modules cannot import.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone can type, verified when the email is unknown so both paths cost the same. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

function isTrivial(password: string): boolean {
  if (new Set(password).size <= 2) return true;
  const codes = [...password].map((c) => c.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1; // abcdefghij, 0123456789, 9876543210
}

/** adminadmin, 123123123123, zaq1zaq1zaq1: one short piece said again and again. */
function repeatsAPiece(password: string): boolean {
  return /^(.+?)\1+$/su.test(password);
}

/** Below this, a word left once the decoration is stripped is too short to judge as a pattern. */
const MIN_PATTERN_CORE = 6;

/** On the breached list (directly or under decoration and leet), or a pattern anyone would try. */
function isPredictable(password: string): boolean {
  if (isCommonPassword(password)) return true;
  const lowered = password.toLowerCase();
  if (isTrivial(lowered) || repeatsAPiece(lowered)) return true;
  const core = stripDecoration(lowered);
  return core.length >= MIN_PATTERN_CORE && (isTrivial(core) || repeatsAPiece(core));
}

/** Returns what is wrong with a new password, or an empty list when it is acceptable. */
export function passwordProblems(password: string, email: string): FieldError[] {
  const path = '/body/password';
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ path, message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [{ path, message: `must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  }
  const lowered = password.toLowerCase();
  if (isPredictable(password)) {
    return [{ path, message: 'is too common or too easy to guess; choose a less predictable one' }];
  }
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && lowered.includes(name)) {
    return [{ path, message: 'must not contain your email address' }];
  }
  return [];
}
