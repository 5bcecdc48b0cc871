import { timingSafeEqual } from 'node:crypto';
import { randomToken } from './sessions.js';

/**
 * Local mode's login, as Jupyter does it: a random token in a link printed on the terminal. Each
 * token works once; using it makes the next one (printed again) for another browser.
 */
export class LocalLogin {
  private token = randomToken(32);

  constructor(private readonly announce: (token: string) => void) {}

  start(): void {
    this.announce(this.token);
  }

  /** True (and a fresh token is announced) when `candidate` is the current token. */
  use(candidate: unknown): boolean {
    if (typeof candidate !== 'string' || !sameSecret(candidate, this.token)) return false;
    this.token = randomToken(32);
    this.announce(this.token);
    return true;
  }
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
