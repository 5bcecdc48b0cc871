/** The OAuth2 scopes the desk asks for: who you are, your servers, your roles in them. */
export const DESK_SCOPES = ['identify', 'guilds', 'guilds.members.read'] as const;

export interface DiscordOAuthSettings {
  /** DISCORD_API_BASE, e.g. https://discord.com/api (the test Discord stands in here). */
  apiBase: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface DiscordIdentity {
  id: string;
  username: string;
  global_name?: string | null;
}

export interface DiscordGuildAccess {
  id: string;
  /** The member's permission bits in that server, as a decimal string. */
  permissions: string;
  owner?: boolean;
}

export class DiscordOAuthError extends Error {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(`Discord ${what} failed with HTTP ${status}`);
    this.name = 'DiscordOAuthError';
  }
}

/** Discord's OAuth2 authorization code flow and the lookups the desk needs, over fetch. */
export class DiscordOAuthClient {
  constructor(private readonly settings: DiscordOAuthSettings) {}

  /** Where the browser goes to approve: Discord's own page (same origin as the API). */
  authorizeUrl(state: string): string {
    const url = new URL('/oauth2/authorize', this.settings.apiBase);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.settings.clientId,
      scope: DESK_SCOPES.join(' '),
      redirect_uri: this.settings.redirectUri,
      state,
      prompt: 'none',
    }).toString();
    return url.toString();
  }

  async exchangeCode(code: string): Promise<string> {
    const response = await fetch(`${this.api()}/oauth2/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${this.settings.clientId}:${this.settings.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: this.settings.redirectUri }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new DiscordOAuthError(response.status, 'token exchange');
    const body = (await response.json()) as { access_token?: unknown };
    if (typeof body.access_token !== 'string') throw new DiscordOAuthError(502, 'token exchange');
    return body.access_token;
  }

  me(accessToken: string): Promise<DiscordIdentity> {
    return this.get(accessToken, '/users/@me', 'user lookup');
  }

  guilds(accessToken: string): Promise<DiscordGuildAccess[]> {
    return this.get(accessToken, '/users/@me/guilds', 'server lookup');
  }

  /** The member's role ids in a server; null when not a member. */
  async memberRoles(accessToken: string, guildId: string): Promise<string[] | null> {
    try {
      const member = await this.get<{ roles?: string[] }>(accessToken, `/users/@me/guilds/${guildId}/member`, 'member lookup');
      return member.roles ?? [];
    } catch (error) {
      if (error instanceof DiscordOAuthError && error.status === 404) return null;
      throw error;
    }
  }

  private async get<T>(accessToken: string, path: string, what: string): Promise<T> {
    const response = await fetch(`${this.api()}${path}`, {
      headers: { authorization: `Bearer ${accessToken}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new DiscordOAuthError(response.status, what);
    return (await response.json()) as T;
  }

  private api(): string {
    return `${this.settings.apiBase.replace(/\/+$/, '')}/v10`;
  }
}
