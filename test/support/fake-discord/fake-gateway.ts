import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { shardOf } from './snowflake.js';
import { WaitableLog } from './waitable-log.js';

interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

/** What a client sends to IDENTIFY (op 2) and RESUME (op 6), as far as the fake reads it. */
interface IdentifyData {
  token: string;
  intents: number;
  shard?: [number, number];
}
interface ResumeData {
  token: string;
  session_id: string;
  seq: number;
}

export interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Everything dispatched in this session, for RESUME to replay what a client missed. */
  sent: Dispatch[];
  socket: WebSocket | null;
}

export interface GatewayEvent {
  type: 'identify' | 'resume' | 'closed' | 'rejected' | 'heartbeat';
  sessionId?: string;
  shard?: [number, number];
  intents?: number;
  /** For resume: how many events were replayed. */
  replayed?: number;
  code?: number;
}

export interface GatewayHooks {
  isValidToken(token: string): boolean;
  /** READY's d for a session (its guilds as unavailable). */
  ready(session: GatewaySession, resumeUrl: string): unknown;
  /** The GUILD_CREATE payloads for a session's shard. */
  guildCreates(session: GatewaySession): unknown[];
}

/**
 * The gateway half of the fake Discord: HELLO, heartbeat ACKs, IDENTIFY (READY + GUILD_CREATE per
 * guild on the shard), RESUME (replays missed events, then RESUMED), and dispatch by shard. Tests
 * can drop a connection with a chosen close code, ask a shard to reconnect (op 7), and stop
 * acknowledging heartbeats (a zombie connection the client must notice itself).
 */
export class FakeGateway {
  readonly events = new WaitableLog<GatewayEvent>();
  readonly sessions: GatewaySession[] = [];
  /** Intent bits this application may not use: an IDENTIFY asking for any is closed with 4014. */
  disallowedIntents = 0;
  /** The heartbeat interval HELLO announces (Discord's is about 41 s; tests shorten it). */
  heartbeatIntervalMs = 41_250;
  /** When false, heartbeats are not acknowledged (op 11): the connection looks dead to the client. */
  ackHeartbeats = true;
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(
    private readonly hooks: GatewayHooks,
    private readonly url: () => string,
  ) {
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** The current session for a shard (the latest IDENTIFY). */
  session(shardId: number): GatewaySession | undefined {
    return this.sessions.filter((s) => s.shard[0] === shardId).at(-1);
  }

  /** Dispatches an event to the shard that owns the guild (DMs go to shard 0). */
  dispatch(t: string, d: unknown, guildId: string | null): void {
    const count = this.sessions.at(-1)?.shard[1] ?? 1;
    const shardId = guildId ? shardOf(guildId, count) : 0;
    const session = this.session(shardId);
    if (!session) throw new Error(`fake Discord: no gateway session for shard ${shardId} (is the bot connected?)`);
    const payload: Dispatch = { op: 0, t, s: ++session.seq, d };
    session.sent.push(payload);
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(payload));
  }

  /**
   * Drops a shard's connection: a close frame with `code`, or for 1006 (abnormal closure, which
   * cannot be sent) the socket is cut. The session stays resumable.
   */
  disconnect(shardId: number, code: number): void {
    const session = this.session(shardId);
    const socket = session?.socket;
    if (!session || !socket) throw new Error(`fake Discord: shard ${shardId} is not connected`);
    session.socket = null;
    if (code === 1006) socket.terminate();
    else socket.close(code, 'fake Discord closed the connection');
  }

  /** Asks a shard to reconnect and resume (op 7), as Discord does before moving a session. */
  requestReconnect(shardId: number): void {
    const socket = this.session(shardId)?.socket;
    if (!socket) throw new Error(`fake Discord: shard ${shardId} is not connected`);
    socket.send(JSON.stringify({ op: 7, d: null }));
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    socket.on('message', (data) => {
      // ws hands text frames over as a Buffer (or fragments); d is checked by the op's handler.
      let payload: { op: number; d: unknown };
      try {
        payload = JSON.parse((Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)).toString('utf8')) as { op: number; d: unknown };
      } catch {
        socket.close(4002, 'decode error');
        return;
      }
      switch (payload.op) {
        case 1: {
          const session = this.sessions.find((x) => x.socket === socket);
          this.events.push({ type: 'heartbeat', ...(session ? { sessionId: session.id, shard: session.shard } : {}) });
          if (this.ackHeartbeats) socket.send(JSON.stringify({ op: 11 }));
          break;
        }
        case 2:
          this.identify(socket, payload.d as IdentifyData);
          break;
        case 6:
          this.resume(socket, payload.d as ResumeData);
          break;
        default:
          break; // presence updates, member requests: not needed
      }
    });
    socket.on('close', (code) => {
      const session = this.sessions.find((s) => s.socket === socket);
      if (session) session.socket = null;
      this.events.push({ type: 'closed', ...(session ? { sessionId: session.id, shard: session.shard } : {}), code });
    });
  }

  private identify(socket: WebSocket, d: IdentifyData): void {
    if (!this.hooks.isValidToken(d.token)) {
      this.events.push({ type: 'rejected', code: 4004 });
      socket.close(4004, 'Authentication failed.');
      return;
    }
    if (d.intents & this.disallowedIntents) {
      this.events.push({ type: 'rejected', intents: d.intents, code: 4014 });
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    const session: GatewaySession = {
      id: randomUUID().replace(/-/g, ''),
      shard: d.shard ?? [0, 1],
      intents: d.intents,
      seq: 0,
      sent: [],
      socket,
    };
    this.sessions.push(session);
    this.send(session, 'READY', this.hooks.ready(session, this.url()));
    for (const guild of this.hooks.guildCreates(session)) this.send(session, 'GUILD_CREATE', guild);
    this.events.push({ type: 'identify', sessionId: session.id, shard: session.shard, intents: d.intents });
  }

  private resume(socket: WebSocket, d: ResumeData): void {
    const session = this.sessions.find((s) => s.id === d.session_id);
    if (!session || !this.hooks.isValidToken(d.token)) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.socket = socket;
    const missed = session.sent.filter((p) => p.s > d.seq);
    for (const p of missed) socket.send(JSON.stringify(p));
    this.send(session, 'RESUMED', null);
    this.events.push({ type: 'resume', sessionId: session.id, shard: session.shard, replayed: missed.length });
  }

  private send(session: GatewaySession, t: string, d: unknown): void {
    const payload: Dispatch = { op: 0, t, s: ++session.seq, d };
    session.sent.push(payload);
    session.socket?.send(JSON.stringify(payload));
  }
}
