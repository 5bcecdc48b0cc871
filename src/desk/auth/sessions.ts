import { randomBytes } from 'node:crypto';
import type { Actor } from '../../admin/actor.js';

export interface DeskSession {
  id: string;
  /** Every form carries it; a post without the session's token changes nothing. */
  csrf: string;
  actor: Actor;
  /** How the page names the person: a Discord name or "local operator". */
  name: string;
  createdAt: number;
  lastSeenAt: number;
  /** Discord login: when the member's right to use the desk was last confirmed. */
  rightsCheckedAt: number;
  discord?: { userId: string; accessToken: string };
  /** Uploaded imports waiting for the admin to confirm them, by id. */
  pendingImports: Map<string, { name: string; data: unknown }>;
}

export const SESSION_COOKIE = 'factbot_desk_session';
/** A session ends after this long without a request (and always when the process stops). */
const IDLE_MS = 8 * 60 * 60 * 1000;

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Sessions in this process's memory: the cookie holds only the (signed) id. */
export class SessionStore {
  private readonly sessions = new Map<string, DeskSession>();

  constructor(private readonly now: () => number = Date.now) {}

  create(input: { actor: Actor; name: string; discord?: DeskSession['discord'] }): DeskSession {
    const at = this.now();
    const session: DeskSession = {
      id: randomToken(),
      csrf: randomToken(),
      createdAt: at,
      lastSeenAt: at,
      rightsCheckedAt: at,
      pendingImports: new Map(),
      ...input,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id (touching it), or undefined when unknown or idle too long. */
  get(id: string | undefined): DeskSession | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeenAt > IDLE_MS) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeenAt = this.now();
    return session;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }
}
