import os from 'node:os';
import type { ActorRef } from '../storage/history-repository.js';

/** Who makes a change: a Discord user (by id) or the local user of the command line. */
export type Actor = ActorRef;

export function discordActor(userId: string): Actor {
  return { kind: 'discord', id: userId };
}

/** The operating-system user running the command line. */
export function cliActor(): Actor {
  let name: string | undefined;
  try {
    name = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): fall back to the environment.
  }
  name ||= process.env.USER || process.env.USERNAME || 'unknown';
  return { kind: 'cli', id: name.slice(0, 100) };
}

/** "discord:123…" / "cli:alice": how history shows and filters actors. */
export function formatActor(actor: Actor): string {
  return `${actor.kind}:${actor.id}`;
}

export function parseActor(text: string): Actor | null {
  const match = /^(discord|cli|system):(.{1,100})$/.exec(text);
  return match ? { kind: match[1] as Actor['kind'], id: match[2]! } : null;
}

/** A Discord member working in the web desk. */
export function deskDiscordActor(userId: string): Actor {
  return { kind: 'discord', id: userId, surface: 'desk' };
}

/** The single operator of a desk in local mode (logged in with the one-time link). */
export function deskLocalActor(): Actor {
  return { kind: 'cli', id: 'local operator', surface: 'desk' };
}
