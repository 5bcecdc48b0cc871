import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type GatewaySession } from './fake-gateway.js';
import { FakeOAuth } from './fake-oauth.js';
import { type APIEmbed, InteractionResponseType, type RESTPutAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { FakeRest, type RestCall, type SentComponent, type SentMessage } from './fake-rest.js';
import { SnowflakeGenerator, shardOf } from './snowflake.js';

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  /** The shard (of two) this guild belongs to. */
  shard: number;
  channels: { general: string; factcheck: string };
  roles: { everyone: string; members: string; bot: string };
  owner: FakeUser;
}

/** A message as Discord stores it (what the fake sends in events and returns from REST). */
export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: FakeUser;
  content: string;
  embeds: APIEmbed[];
  components: SentComponent[];
  [key: string]: unknown;
}

export interface FakeInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

export interface Where {
  /** A guild channel; leave out for a direct message with the bot. */
  guild?: FakeGuild;
  channelId?: string;
  /** Discord locale of the user, e.g. "en-US" or "no". */
  locale?: string;
  /** In a guild: the member's permission bits in the channel (default: view, send, embed, read history). */
  permissions?: string;
  /** In a guild: the member's role ids (default: none). */
  roles?: string[];
}

/** A file a user attached (what Discord puts into an interaction's resolved data). */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

/** What Discord resolves for a command's options: the files attached and the users named, by id. */
export interface CommandResolved {
  attachments?: Record<string, FakeAttachment>;
  users?: Record<string, FakeUser>;
}

/** Options of a slash command as Discord sends them; subcommands and groups nest their options. */
export interface FakeCommandOption {
  name: string;
  type: number;
  value?: unknown;
  options?: FakeCommandOption[];
}

const ALL_PERMISSIONS = '2251799813685247';
/** Manage Server (1 << 5): what /kb asks for. */
export const MANAGE_GUILD = String(1 << 5);
const PARTIAL_PERMISSIONS = '1115136'; // view, send, embed, read history

/**
 * A Discord stand-in on 127.0.0.1 for end-to-end tests with the real discord.js client: REST
 * under /api/v10 and the gateway at /gateway. It keeps just enough state (two guilds on different
 * shards of two, users, DM channels, the bot's messages, interactions) and records every REST call.
 */
export class FakeDiscord {
  readonly token = `fake.${randomBytes(18).toString('base64url')}.token`;
  readonly ids = new SnowflakeGenerator();
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly guilds: [FakeGuild, FakeGuild];
  readonly rest = new FakeRest();
  readonly gateway: FakeGateway;
  /** "Log in with Discord" (OAuth2) for the desk. */
  readonly oauth: FakeOAuth;
  /** Messages by id: those users posted (through the helpers) and those the bot created. */
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  private readonly dmChannels = new Map<string, string>();
  /** Files users attached, served at /attachments/<id>/<name> (Discord's CDN). */
  private readonly attachments = new Map<string, Buffer>();
  private readonly server: http.Server;
  private port = 0;

  private constructor() {
    this.applicationId = this.ids.next();
    this.botUser = { id: this.applicationId, username: 'factbot', global_name: 'factbot', discriminator: '0', avatar: null, bot: true };
    this.guilds = [this.makeGuild('Newsroom', 0), this.makeGuild('Readers', 1)];
    this.gateway = new FakeGateway(
      {
        isValidToken: (token) => token === this.token,
        ready: (session, resumeUrl) => this.readyPayload(session, resumeUrl),
        guildCreates: (session) => this.guilds.filter((g) => this.onShard(g, session)).map((g) => this.guildPayload(g)),
      },
      () => this.gatewayUrl,
    );
    this.addRoutes();
    this.oauth = new FakeOAuth(this.rest, this.applicationId);
    this.server = http.createServer((req, res) => {
      if (req.method === 'GET' && req.url?.startsWith('/oauth2/authorize')) {
        this.oauth.handleAuthorize(req, res);
        return;
      }
      const file = req.method === 'GET' && req.url?.startsWith('/attachments/') ? this.attachments.get(req.url.split('?')[0]!) : undefined;
      if (file) {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.length) }).end(file);
        return;
      }
      this.rest.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    this.server.on('upgrade', (req, socket, head) => {
      if ((req.url ?? '').startsWith('/gateway')) this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What discord.js is given as `rest.api` (DISCORD_API_BASE). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The shard a guild is on for the connected bot (shard 0 of 1 without sharding). */
  shardOfGuild(guild: FakeGuild): number {
    return shardOf(guild.id, this.gateway.sessions.at(-1)?.shard[1] ?? 1);
  }

  // ---- users and messages ------------------------------------------------------------------

  createUser(username: string, options: { bot?: boolean } = {}): FakeUser {
    return { id: this.ids.next(), username, global_name: username, discriminator: '0', avatar: null, ...(options.bot ? { bot: true } : {}) };
  }

  /** A user posts a message; returns it once dispatched as MESSAGE_CREATE. */
  postMessage(options: {
    author: FakeUser;
    content: string;
    guild?: FakeGuild;
    channelId?: string;
    mentions?: FakeUser[];
    mentionRoles?: string[];
    mentionEveryone?: boolean;
  }): FakeMessage {
    const { guild } = options;
    const channelId = guild ? (options.channelId ?? guild.channels.general) : this.dmChannel(options.author);
    const message: FakeMessage = {
      id: this.ids.next(),
      channel_id: channelId,
      ...(guild ? { guild_id: guild.id, member: this.memberPayload(options.author, false) } : { channel_type: 1 }),
      author: options.author,
      content: options.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: options.mentionEveryone ?? false,
      mentions: options.mentions ?? [],
      mention_roles: options.mentionRoles ?? [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    this.messages.set(message.id, message);
    this.gateway.dispatch('MESSAGE_CREATE', message, guild?.id ?? null);
    return message;
  }

  /** A text with the bot mentioned first, as Discord's client writes it. */
  mention(text: string): string {
    return `<@${this.botUser.id}> ${text}`;
  }

  // ---- interactions ------------------------------------------------------------------------

  slashCommand(user: FakeUser, name: string, options: FakeCommandOption[], where: Where = {}, resolved?: CommandResolved): FakeInteraction {
    return this.interact(user, where, 2, { id: this.ids.next(), name, type: 1, options, ...(resolved ? { resolved } : {}) });
  }

  /** Autocomplete of `option`; `path` are the subcommand group and subcommand it is in, `others` the options already filled. */
  autocomplete(
    user: FakeUser,
    name: string,
    option: { name: string; type: number; value: string },
    where: Where = {},
    path: Array<{ name: string; type: number }> = [],
    others: FakeCommandOption[] = [],
  ): FakeInteraction {
    let options: FakeCommandOption[] = [...others, { ...option, focused: true } as FakeCommandOption];
    for (const level of [...path].reverse()) options = [{ ...level, options }];
    return this.interact(user, where, 4, { id: this.ids.next(), name, type: 1, options });
  }

  /** A user submits a form (modal) the bot showed: text inputs by custom_id, in Label components as Discord sends them. */
  submitModal(user: FakeUser, customId: string, values: Record<string, string>, where: Where = {}): FakeInteraction {
    let id = 0;
    const components = Object.entries(values).map(([inputId, value]) => ({
      type: 18,
      id: ++id,
      component: { type: 4, id: ++id, custom_id: inputId, value },
    }));
    return this.interact(user, where, 5, { custom_id: customId, components });
  }

  /** A file as a user attaches it to a command: served by this fake like Discord's CDN. */
  attach(filename: string, content: string | Buffer): FakeAttachment {
    const id = this.ids.next();
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const filePath = `/attachments/${id}/${encodeURIComponent(filename)}`;
    this.attachments.set(filePath, data);
    const url = `http://127.0.0.1:${this.port}${filePath}`;
    return { id, filename, size: data.length, url, proxy_url: url, content_type: 'application/json; charset=utf-8' };
  }

  messageCommand(user: FakeUser, name: string, target: FakeMessage, where: Where = {}): FakeInteraction {
    return this.interact(user, where, 2, {
      id: this.ids.next(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    });
  }

  clickButton(user: FakeUser, message: FakeMessage, customId: string, where: Where = {}): FakeInteraction {
    return this.interact(user, where, 3, { custom_id: customId, component_type: 2 }, message);
  }

  // ---- waiting on what the bot did ---------------------------------------------------------

  /** The bot's reply (POST /channels/:id/messages referencing it) to a message. */
  replyTo(message: FakeMessage, timeoutMs?: number): Promise<RestCall> {
    return this.rest.waitFor(
      (c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && c.body.message_reference?.message_id === message.id && c.status === 200,
      `a reply to message ${message.id}`,
      timeoutMs,
    );
  }

  /** All replies (any status) to a message so far. */
  repliesTo(message: FakeMessage): RestCall[] {
    return this.rest.calls.filter((c) => c.method === 'POST' && c.body.message_reference?.message_id === message.id);
  }

  /** The bot's response to an interaction (POST /interactions/:id/:token/callback). */
  callbackOf(interaction: FakeInteraction, timeoutMs?: number): Promise<RestCall> {
    return this.rest.waitFor(
      (c) => c.method === 'POST' && c.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
      `the response to interaction ${interaction.id}`,
      timeoutMs,
    );
  }

  /** The message the bot created from a REST call (reply, interaction response, follow-up). */
  messageFrom(call: RestCall): FakeMessage {
    const created = call.response as FakeMessage | undefined;
    if (created?.id) return created;
    const original = this.messages.get(`original:${call.path.split('/')[3]}`);
    if (!original) throw new Error(`fake Discord: no message for ${call.method} ${call.path}`);
    return original;
  }

  // ---- internals ---------------------------------------------------------------------------

  private interact(user: FakeUser, where: Where, type: number, data: unknown, message?: FakeMessage): FakeInteraction {
    const id = this.ids.next();
    const token = `itoken.${id}.${randomBytes(8).toString('hex')}`;
    const { guild } = where;
    const channelId = guild ? (where.channelId ?? guild.channels.general) : this.dmChannel(user);
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      locale: where.locale ?? 'en-US',
      channel_id: channelId,
      app_permissions: PARTIAL_PERMISSIONS,
      entitlements: [],
      authorizing_integration_owners: {},
      attachment_size_limit: 10_485_760,
      ...(guild
        ? {
            guild_id: guild.id,
            guild_locale: 'en-US',
            member: {
              ...this.memberPayload(user, true),
              ...(where.permissions ? { permissions: where.permissions } : {}),
              ...(where.roles ? { roles: where.roles } : {}),
            },
            channel: { id: channelId, type: 0, guild_id: guild.id, name: 'general', position: 0, permission_overwrites: [] },
            context: 0,
          }
        : {
            user,
            channel: { id: channelId, type: 1, recipients: [user], last_message_id: null, flags: 0 },
            channel_type: 1,
            context: 1,
          }),
      ...(message ? { message } : {}),
    };
    const interaction = { id, token, payload };
    this.interactions.set(id, interaction);
    this.gateway.dispatch('INTERACTION_CREATE', payload, guild?.id ?? null);
    return interaction;
  }

  private dmChannel(user: FakeUser): string {
    let id = this.dmChannels.get(user.id);
    if (!id) this.dmChannels.set(user.id, (id = this.ids.next()));
    return id;
  }

  private makeGuild(name: string, shard: number): FakeGuild {
    const id = this.ids.nextOnShard(shard, 2);
    return {
      id,
      name,
      shard,
      channels: { general: this.ids.next(), factcheck: this.ids.next() },
      roles: { everyone: id, members: this.ids.next(), bot: this.ids.next() },
      owner: this.createUser(`${name.toLowerCase()}-owner`),
    };
  }

  private onShard(guild: FakeGuild, session: GatewaySession): boolean {
    return shardOf(guild.id, session.shard[1]) === session.shard[0];
  }

  private memberPayload(user: FakeUser, withUser: boolean): Record<string, unknown> {
    return {
      ...(withUser ? { user } : {}),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
      permissions: withUser ? PARTIAL_PERMISSIONS : undefined,
    };
  }

  private readyPayload(session: GatewaySession, resumeUrl: string): unknown {
    return {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      guilds: this.guilds.filter((g) => this.onShard(g, session)).map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: resumeUrl,
      shard: session.shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    };
  }

  private guildPayload(guild: FakeGuild): unknown {
    const role = (id: string, name: string, position: number, managed = false) => ({
      id,
      name,
      color: 0,
      hoist: false,
      position,
      permissions: name === '@everyone' ? PARTIAL_PERMISSIONS : ALL_PERMISSIONS,
      managed,
      mentionable: true,
      flags: 0,
      icon: null,
      unicode_emoji: null,
      ...(managed ? { tags: { bot_id: this.botUser.id } } : {}),
    });
    const channel = (id: string, name: string, position: number) => ({
      id,
      type: 0,
      name,
      position,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: null,
    });
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.owner.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [role(guild.roles.everyone, '@everyone', 0), role(guild.roles.members, 'members', 1), role(guild.roles.bot, 'factbot', 2, true)],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      joined_at: '2024-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [{ ...(this.memberPayload(this.botUser, true) as object), roles: [guild.roles.bot], permissions: undefined }],
      channels: [channel(guild.channels.general, 'general', 0), channel(guild.channels.factcheck, 'fact-check', 1)],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private botMessage(channelId: string, body: SentMessage, extra: Record<string, unknown> = {}): FakeMessage {
    const guild = this.guilds.find((g) => Object.values(g.channels).includes(channelId));
    return {
      id: this.ids.next(),
      channel_id: channelId,
      ...(guild ? { guild_id: guild.id } : {}),
      author: this.botUser,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: body.flags ?? 0,
      ...(body.message_reference ? { message_reference: { ...body.message_reference, channel_id: channelId } } : {}),
      ...extra,
    };
  }

  private addRoutes(): void {
    const rest = this.rest;
    const authorized = (call: RestCall) => call.authorization === `Bot ${this.token}`;
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };

    rest.route('GET', /^\/gateway\/bot$/, (call) =>
      authorized(call)
        ? {
            status: 200,
            body: {
              url: this.gatewayUrl,
              shards: 1,
              session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
            },
          }
        : unauthorized,
    );
    rest.route('POST', /^\/channels\/(\d+)\/messages$/, (call, [channelId]) => {
      if (!authorized(call)) return unauthorized;
      const message = this.botMessage(channelId!, call.body);
      this.messages.set(message.id, message);
      return { status: 200, body: message };
    });
    rest.route('POST', /^\/channels\/(\d+)\/typing$/, (call) => (authorized(call) ? { status: 204 } : unauthorized));
    rest.route('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (call, [id, token]) => {
      const interaction = this.interactions.get(id!);
      if (!interaction || interaction.token !== token) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
      const data = call.body.data;
      const { type } = call.body;
      if (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.DeferredChannelMessageWithSource) {
        const channelId = interaction.payload.channel_id as string;
        const user = (interaction.payload.member as { user?: FakeUser } | undefined)?.user ?? interaction.payload.user;
        const metadata = { id, type: interaction.payload.type, user, authorizing_integration_owners: {} };
        const message = this.botMessage(channelId, data ?? {}, { interaction_metadata: metadata });
        this.messages.set(`original:${token}`, message);
        this.messages.set(message.id, message);
      }
      if (type === InteractionResponseType.UpdateMessage && interaction.payload.message) {
        Object.assign(interaction.payload.message as FakeMessage, data);
      }
      return call.query.get('with_response') === 'true'
        ? { status: 200, body: { interaction: { id, type: interaction.payload.type }, resource: { type } } }
        : { status: 204 };
    });
    rest.route('PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(%40original|@original|\d+)$/, (call, [, token, which]) => {
      const key = which === '%40original' || which === '@original' ? `original:${token}` : which!;
      const message = this.messages.get(key);
      if (!message) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
      Object.assign(message, call.body, { edited_timestamp: new Date().toISOString() });
      return { status: 200, body: message };
    });
    rest.route('POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (call, [, token]) => {
      const interaction = [...this.interactions.values()].find((i) => i.token === token);
      if (!interaction) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
      const message = this.botMessage(interaction.payload.channel_id as string, call.body);
      this.messages.set(message.id, message);
      return { status: 200, body: message };
    });
    const putCommands = (call: RestCall, guildId?: string) => {
      if (!authorized(call)) return unauthorized;
      const commands = (call.body as unknown as RESTPutAPIApplicationCommandsJSONBody).map((c) => ({
        ...c,
        id: this.ids.next(),
        application_id: this.applicationId,
        version: this.ids.next(),
        ...(guildId ? { guild_id: guildId } : {}),
      }));
      return { status: 200, body: commands };
    };
    rest.route('PUT', /^\/applications\/(\d+)\/commands$/, (call) => putCommands(call));
    rest.route('PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (call, [, guildId]) => putCommands(call, guildId));
  }
}
