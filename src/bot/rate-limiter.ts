export type RateDecision =
  | { allowed: true }
  /** notify: true for the first refusal in a window, so the notice is sent once, not per message. */
  | { allowed: false; retryAfterMs: number; notify: boolean };

interface UserWindow {
  times: number[];
  notifiedUntil: number;
}

/**
 * Per-user sliding-window limit: at most `limit` accepted requests in any `windowMs`. Refused
 * requests do not count. In memory, per process (each shard limits its own guilds and DMs).
 */
export class RateLimiter {
  private readonly users = new Map<string, UserWindow>();
  private calls = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(userId: string): RateDecision {
    const now = this.now();
    if (++this.calls % 1000 === 0) this.sweep(now);
    let user = this.users.get(userId);
    if (!user) this.users.set(userId, (user = { times: [], notifiedUntil: 0 }));
    while (user.times.length && user.times[0]! <= now - this.windowMs) user.times.shift();
    if (user.times.length < this.limit) {
      user.times.push(now);
      return { allowed: true };
    }
    const freeAt = user.times[0]! + this.windowMs;
    const notify = user.notifiedUntil <= now;
    if (notify) user.notifiedUntil = freeAt;
    return { allowed: false, retryAfterMs: freeAt - now, notify };
  }

  /** Forgets users with nothing in the window (keeps memory flat). */
  private sweep(now: number): void {
    for (const [id, user] of this.users) {
      if ((user.times.at(-1) ?? 0) <= now - this.windowMs && user.notifiedUntil <= now) this.users.delete(id);
    }
  }
}
