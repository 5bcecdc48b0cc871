import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeGuild, FakeUser } from './fake-discord.js';
import type { FakeRest, RestCall, RestResponse } from './fake-rest.js';

/** A member's standing in a server, as OAuth2's /users/@me/guilds and member lookups show it. */
export interface FakeMembership {
  guild: FakeGuild;
  /** Permission bits in the server, decimal (e.g. MANAGE_GUILD). */
  permissions: string;
  roles: string[];
}

/**
 * Discord's OAuth2 for "Log in with Discord": the authorize page (approves at once as the user
 * the test chose), the code-for-token exchange, and the current user's identity, servers and
 * member record. Memberships can change mid-test (a member losing Manage Server).
 */
export class FakeOAuth {
  readonly clientSecret = `secret-${randomBytes(12).toString('hex')}`;
  private approveAs: FakeUser | undefined;
  private readonly users = new Map<string, FakeUser>();
  private readonly memberships = new Map<string, FakeMembership[]>();
  private readonly codes = new Map<string, { userId: string; redirectUri: string }>();
  private readonly tokens = new Map<string, string>();

  constructor(
    rest: FakeRest,
    private readonly clientId: string,
  ) {
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    rest.route('POST', /^\/oauth2\/token$/, (call) => this.token(call));
    rest.route('GET', /^\/users\/@me$/, (call) => {
      const user = this.bearer(call);
      return user ? { status: 200, body: user } : unauthorized;
    });
    rest.route('GET', /^\/users\/@me\/guilds$/, (call) => {
      const user = this.bearer(call);
      if (!user) return unauthorized;
      const body = (this.memberships.get(user.id) ?? []).map((m) => ({ id: m.guild.id, name: m.guild.name, owner: false, permissions: m.permissions }));
      return { status: 200, body };
    });
    rest.route('GET', /^\/users\/@me\/guilds\/(\d+)\/member$/, (call, [guildId]) => {
      const user = this.bearer(call);
      if (!user) return unauthorized;
      const m = (this.memberships.get(user.id) ?? []).find((x) => x.guild.id === guildId);
      return m
        ? { status: 200, body: { user, roles: m.roles, joined_at: '2024-01-01T00:00:00.000Z' } }
        : { status: 404, body: { message: 'Unknown Guild', code: 10004 } };
    });
  }

  /** The next visit to the authorize page logs in as `user` (Discord's "Authorize" button). */
  authorizeAs(user: FakeUser): void {
    this.users.set(user.id, user);
    this.approveAs = user;
  }

  /** Sets the user's standing in a server (replacing any earlier one there). */
  setMembership(user: FakeUser, membership: FakeMembership): void {
    this.users.set(user.id, user);
    const list = (this.memberships.get(user.id) ?? []).filter((m) => m.guild.id !== membership.guild.id);
    this.memberships.set(user.id, [...list, membership]);
  }

  /** GET /oauth2/authorize (Discord's own page, outside /api). */
  handleAuthorize(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const q = url.searchParams;
    const redirect = q.get('redirect_uri');
    if (q.get('client_id') !== this.clientId || q.get('response_type') !== 'code' || !redirect || !this.approveAs) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid OAuth2 request');
      return;
    }
    const code = randomBytes(12).toString('hex');
    this.codes.set(code, { userId: this.approveAs.id, redirectUri: redirect });
    const back = new URL(redirect);
    back.searchParams.set('code', code);
    back.searchParams.set('state', q.get('state') ?? '');
    res.writeHead(302, { location: back.toString() }).end();
  }

  private token(call: RestCall): RestResponse {
    const form = new URLSearchParams(typeof call.body === 'string' ? call.body : '');
    const basic = Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64');
    if (call.authorization !== `Basic ${basic}`) return { status: 401, body: { error: 'invalid_client' } };
    const code = this.codes.get(form.get('code') ?? '');
    if (form.get('grant_type') !== 'authorization_code' || !code || code.redirectUri !== form.get('redirect_uri'))
      return { status: 400, body: { error: 'invalid_grant' } };
    this.codes.delete(form.get('code')!);
    const accessToken = randomBytes(16).toString('hex');
    this.tokens.set(accessToken, code.userId);
    return { status: 200, body: { access_token: accessToken, token_type: 'Bearer', expires_in: 604_800, scope: 'identify guilds guilds.members.read' } };
  }

  private bearer(call: RestCall): FakeUser | undefined {
    const token = /^Bearer (.+)$/.exec(call.authorization ?? '')?.[1];
    const userId = token ? this.tokens.get(token) : undefined;
    return userId ? this.users.get(userId) : undefined;
  }
}
