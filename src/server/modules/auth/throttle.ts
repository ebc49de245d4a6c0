// Counts attempts per key in fixed windows, in memory (one instance) or in Redis (many instances).
import { type Redis, ReplyError } from 'ioredis';
import { ServiceUnavailable } from '../../errors.js';

export interface WindowCount {
  count: number;
  /** Milliseconds until the window ends and the count starts again at zero. */
  resetInMs: number;
}

export interface SlotClaim {
  claimed: boolean;
  /** When not claimed: milliseconds until the slot frees. */
  retryInMs: number;
}

export interface AttemptCounter {
  /** Adds one attempt under `key`, atomically, and returns the count so far in its window. */
  increment(key: string, windowMs: number): Promise<WindowCount>;
  /** The count so far, without adding one. */
  peek(key: string): Promise<WindowCount>;
  /** Takes one attempt back (it turned out to be the owner's); never below zero, never a new key. */
  forgive(key: string): Promise<void>;
  reset(key: string): Promise<void>;
  /** Takes `key` for `holdMs` unless someone holds it already: one caller per interval. */
  claimSlot(key: string, holdMs: number): Promise<SlotClaim>;
}

export class MemoryAttemptCounter implements AttemptCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private readonly slots = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.windows.set(key, { count: 1, endsAt: now + windowMs });
      return { count: 1, resetInMs: windowMs };
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  async peek(key: string): Promise<WindowCount> {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.endsAt <= now) return { count: 0, resetInMs: 0 };
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  async forgive(key: string): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async claimSlot(key: string, holdMs: number): Promise<SlotClaim> {
    const now = this.now();
    const heldUntil = this.slots.get(key) ?? 0;
    if (heldUntil > now) return { claimed: false, retryInMs: heldUntil - now };
    this.slots.set(key, now + holdMs);
    return { claimed: true, retryInMs: 0 };
  }

  /** Drops ended windows and slots now and then, so memory stays bounded by recent traffic. */
  private sweep(now: number): void {
    if (this.windows.size >= 10_000) {
      for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    }
    if (this.slots.size >= 10_000) {
      for (const [key, until] of this.slots) if (until <= now) this.slots.delete(key);
    }
  }
}

/** DECR only a key that still exists and is above zero, so an expired window is not reborn at -1. */
const FORGIVE_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

/** How long a client is asked to wait when Redis cannot be reached; reconnection is tried meanwhile. */
const REDIS_RETRY_AFTER_SECONDS = 5;

export class RedisAttemptCounter implements AttemptCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'waymark:attempts:',
  ) {}

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const name = this.prefix + key;
    // INCR and a PEXPIRE that only sets a deadline on a new key: one window per key, shared by all instances.
    const results = await this.reachable(() =>
      this.redis.multi().incr(name).pexpire(name, windowMs, 'NX').pttl(name).exec(),
    );
    const count = Number(results?.[0]?.[1] ?? 1);
    const ttl = Number(results?.[2]?.[1] ?? windowMs);
    return { count, resetInMs: ttl > 0 ? ttl : windowMs };
  }

  async peek(key: string): Promise<WindowCount> {
    const name = this.prefix + key;
    const results = await this.reachable(() => this.redis.multi().get(name).pttl(name).exec());
    const count = Number(results?.[0]?.[1] ?? 0);
    const ttl = Number(results?.[1]?.[1] ?? 0);
    return { count, resetInMs: Math.max(0, ttl) };
  }

  async forgive(key: string): Promise<void> {
    await this.reachable(() => this.redis.eval(FORGIVE_SCRIPT, 1, this.prefix + key));
  }

  async reset(key: string): Promise<void> {
    await this.reachable(() => this.redis.del(this.prefix + key));
  }

  async claimSlot(key: string, holdMs: number): Promise<SlotClaim> {
    const name = `${this.prefix}slot:${key}`;
    // SET NX PX either takes the slot for holdMs or leaves the holder's; PTTL says how long it has left.
    const results = await this.reachable(() =>
      this.redis.multi().set(name, '1', 'PX', holdMs, 'NX').pttl(name).exec(),
    );
    if (results?.[0]?.[1] === 'OK') return { claimed: true, retryInMs: 0 };
    return { claimed: false, retryInMs: Math.max(1, Number(results?.[1]?.[1] ?? holdMs)) };
  }

  /**
   * Runs a Redis command, turning "cannot reach Redis" into a 503: throttling that cannot count
   * must not let guesses through (fail closed), and a client should hear "try again", not a 500.
   * A reply error means Redis answered, so it is a bug, and stays an error that gets logged.
   */
  private async reachable<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      if (error instanceof ReplyError) throw error;
      throw new ServiceUnavailable(
        'Sign-in is unavailable for a moment: the attempt counter cannot be reached. Try again shortly.',
        REDIS_RETRY_AFTER_SECONDS,
      );
    }
  }
}
