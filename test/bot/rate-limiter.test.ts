import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/bot/rate-limiter.js';

describe('RateLimiter', () => {
  it('allows `limit` requests per sliding window per user, and notifies once per refusal streak', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 10_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    now = 2000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 8000, notify: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 8000, notify: false });
    expect(limiter.take('b').allowed).toBe(true);
    now = 10_000; // the first three left the window
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toMatchObject({ allowed: false, notify: true });
  });

  it('does not count refused requests', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now);
    limiter.take('a');
    for (let i = 0; i < 50; i++) limiter.take('a');
    now = 1000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets idle users so memory stays flat', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now);
    for (let i = 0; i < 999; i++) limiter.take(`user-${i}`);
    now = 5000;
    limiter.take('trigger-sweep');
    expect((limiter as unknown as { users: Map<string, unknown> }).users.size).toBe(1);
  });
});
