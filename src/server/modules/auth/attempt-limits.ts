// How often passwords may be tried and accounts created: the limits, and the checks that apply them.
import { TooManyRequests } from '../../errors.js';
import type { AttemptCounter } from './throttle.js';

/**
 * Every number the throttling uses. The aim is OWASP ASVS 2.2.1: stop online guessing without
 * letting a guesser lock the owner out. So the hard limit is per (account, address) pair, and
 * the account as a whole is only slowed, with a delay that grows, never locked.
 */
export const THROTTLE_LIMITS = {
  /** The window every password count lives in. */
  windowMs: 15 * 60 * 1000,
  /** Wrong passwords for one account from one address before that address gets 429 for the window. */
  failuresPerAccountAndAddress: 5,
  /** Login attempts from one address, whatever the accounts (a password spray), per window. */
  attemptsPerAddress: 30,
  /** Failures for one account from all addresses together, past which its attempts are slowed. */
  accountCeiling: 20,
  /** Past the ceiling, the first wait between two attempts on the account; it doubles per failure. */
  backoffFirstMs: 1000,
  /** The longest wait between two attempts on the account: the most an owner is asked to wait. */
  backoffMaxMs: 8000,
  /** Sign-ups from one address per window; a classroom signs up from one address behind its NAT. */
  registrationsPerAddress: 50,
  /** The window of the sign-up count. */
  registrationWindowMs: 60 * 60 * 1000,
} as const;

/** What a password is being checked for; each has its own counts. */
export type PasswordCheckKind = 'login' | 'password-change';

export interface PasswordCheck {
  kind: PasswordCheckKind;
  /** The normalised email for a login (known or not), the user id for a password change. */
  account: string;
  /** The client address, as the nearest trusted proxy saw it. */
  address: string;
}

export interface AdmittedCheck {
  /** The password was right: forget this pair's failures and take this attempt off the account's. */
  succeeded(): Promise<void>;
}

function refuseWhenOver(count: number, limit: number, retryInMs: number): void {
  if (count > limit) {
    throw new TooManyRequests(
      'Too many attempts. Wait a while before trying again.',
      retryInMs / 1000,
    );
  }
}

/** The wait between attempts once an account is `excess` failures past its ceiling. */
export function backoffMs(excess: number): number {
  const doublings = Math.min(Math.max(0, excess - 1), 30);
  return Math.min(THROTTLE_LIMITS.backoffFirstMs * 2 ** doublings, THROTTLE_LIMITS.backoffMaxMs);
}

/** Counts a login from this address, whatever the account; 429 past the per-address limit. */
export async function admitLoginFrom(counter: AttemptCounter, address: string): Promise<void> {
  const perAddress = await counter.increment(`login:ip:${address}`, THROTTLE_LIMITS.windowMs);
  refuseWhenOver(perAddress.count, THROTTLE_LIMITS.attemptsPerAddress, perAddress.resetInMs);
}

/** Counts a sign-up from this address; 429 past the per-address limit. */
export async function admitRegistrationFrom(
  counter: AttemptCounter,
  address: string,
): Promise<void> {
  const perAddress = await counter.increment(
    `register:ip:${address}`,
    THROTTLE_LIMITS.registrationWindowMs,
  );
  refuseWhenOver(perAddress.count, THROTTLE_LIMITS.registrationsPerAddress, perAddress.resetInMs);
}

/**
 * Counts this attempt as a failure before the password is verified, so a burst of concurrent
 * guesses cannot outrun the count: only the first `failuresPerAccountAndAddress` of a pair get
 * through. Past the account-wide ceiling, one attempt per backoff interval (a slot) is let
 * through and the rest are told when to retry. Call `succeeded()` when the password was right.
 */
export async function admitPasswordCheck(
  counter: AttemptCounter,
  check: PasswordCheck,
): Promise<AdmittedCheck> {
  const { windowMs } = THROTTLE_LIMITS;
  const pairKey = `${check.kind}:pair:${check.account}|${check.address}`;
  const accountKey = `${check.kind}:account:${check.account}`;

  const pair = await counter.increment(pairKey, windowMs);
  refuseWhenOver(pair.count, THROTTLE_LIMITS.failuresPerAccountAndAddress, pair.resetInMs);

  const account = await counter.increment(accountKey, windowMs);
  const excess = account.count - THROTTLE_LIMITS.accountCeiling;
  if (excess > 0) {
    const slot = await counter.claimSlot(accountKey, backoffMs(excess));
    if (!slot.claimed) {
      // Not checked, so not a failure: an owner who retries too soon must not use up their pair's tries.
      await counter.forgive(pairKey);
      await counter.forgive(accountKey);
      throw new TooManyRequests(
        'This account is receiving many wrong passwords, so attempts are slowed. Try again shortly.',
        slot.retryInMs / 1000,
      );
    }
  }

  return {
    async succeeded() {
      await counter.reset(pairKey);
      await counter.forgive(accountKey);
    },
  };
}
