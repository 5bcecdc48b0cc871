import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type {
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIMessageReference,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import { WaitableLog } from './waitable-log.js';

/**
 * A component as the bot sends it: a row or label holding others, a button, a select, a text input.
 * One shape with Discord's field names (rather than discord-api-types' union) so tests can read any field.
 */
export interface SentComponent {
  type: ComponentType;
  id?: number;
  custom_id?: string;
  label?: string;
  style?: number;
  value?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  url?: string;
  /** A row's components. */
  components?: SentComponent[];
  /** A label's component. */
  component?: SentComponent;
}

/** A message as the bot sends it (create, edit, follow-up, or an interaction response's data). */
export interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: SentComponent[];
  allowed_mentions?: APIAllowedMentions;
  message_reference?: APIMessageReference;
  flags?: MessageFlags;
}

/** An interaction response's data: a message, a form (custom_id, title, components) or autocomplete choices. */
export interface SentCallbackData extends SentMessage {
  custom_id?: string;
  title?: string;
  choices?: APIApplicationCommandOptionChoice[];
}

/** The JSON body of a request the bot makes: a message, or an interaction response (`type` and `data`). */
export interface RestBody extends SentMessage {
  type?: InteractionResponseType;
  data?: SentCallbackData;
}

/** One REST request the bot made, as the fake received it (and, once answered, what it answered). */
export interface RestCall {
  seq: number;
  method: string;
  /** The path after /api/v10, exactly as sent (percent-encoding kept, e.g. `%40original`). */
  path: string;
  query: URLSearchParams;
  /**
   * The JSON body ({} when there is none); of a multipart request, its payload_json. Typed as what the bot
   * sends (parsed, not validated); command registration's array body is read as RESTPutAPIApplicationCommandsJSONBody.
   */
  body: RestBody;
  /** Files uploaded with the request (multipart/form-data, as discord.js sends attachments). */
  files: Array<{ name: string; contentType: string; text: string }>;
  authorization: string | undefined;
  receivedAt: number;
  status?: number;
  response?: unknown;
  respondedAt?: number;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A handler ahead of the default routes; returning undefined falls through to them. */
export interface RestOverride {
  match: (call: RestCall) => boolean;
  /** How many matching requests it handles (default 1). */
  times?: number;
  respond: (call: RestCall) => RestResponse | undefined | Promise<RestResponse | undefined>;
}

export type RestRoute = (call: RestCall, params: string[]) => RestResponse;

/**
 * The REST half of the fake Discord: routes `/api/v10/...`, records every call (received and
 * answered), and lets tests put overrides in front (a 429, a held response).
 */
export class FakeRest {
  /** Every request as it arrives (before it is answered). */
  readonly received = new WaitableLog<RestCall>();
  /** Every request once answered, with status and response. */
  readonly calls = new WaitableLog<RestCall>();
  private overrides: Array<RestOverride & { left: number }> = [];
  private routes: Array<{ method: string; pattern: RegExp; route: RestRoute }> = [];
  private seq = 0;

  route(method: string, pattern: RegExp, route: RestRoute): void {
    this.routes.push({ method, pattern, route });
  }

  override(override: RestOverride): void {
    this.overrides.push({ ...override, left: override.times ?? 1 });
  }

  /** The next matching request gets a 429 with retry_after (seconds), then requests go through. */
  rateLimitOnce(match: (call: RestCall) => boolean, retryAfterSeconds: number): void {
    this.override({
      match,
      respond: () => ({
        status: 429,
        headers: {
          'retry-after': String(retryAfterSeconds),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfterSeconds),
          'x-ratelimit-bucket': 'fake-bucket',
          'x-ratelimit-scope': 'user',
        },
        body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
      }),
    });
  }

  /** Holds the next matching request until `release()`: a reply "in flight". */
  hold(match: (call: RestCall) => boolean): { arrived: Promise<RestCall>; release: () => void } {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrivedResolve!: (call: RestCall) => void;
    const arrived = new Promise<RestCall>((resolve) => (arrivedResolve = resolve));
    this.override({
      match,
      respond: async (call) => {
        arrivedResolve(call);
        await gate;
        return undefined;
      },
    });
    return { arrived, release };
  }

  waitFor(predicate: (call: RestCall) => boolean, what: string, timeoutMs?: number): Promise<RestCall> {
    return this.calls.waitFor(predicate, what, timeoutMs);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const parsed = await parseBody(raw, req.headers['content-type']);
    const url = new URL(req.url ?? '/', 'http://fake');
    const rawPath = (req.url ?? '/').split('?')[0]!;
    const prefix = rawPath.match(/^\/api\/v\d+/)?.[0];
    const call: RestCall = {
      seq: ++this.seq,
      method: req.method ?? 'GET',
      path: prefix ? rawPath.slice(prefix.length) : rawPath,
      query: url.searchParams,
      body: parsed.body ?? {},
      files: parsed.files,
      authorization: req.headers.authorization,
      receivedAt: performance.now(),
    };
    this.received.push(call);
    let response: RestResponse | undefined;
    for (const o of this.overrides) {
      if (o.left <= 0 || !o.match(call)) continue;
      o.left -= 1;
      response = await o.respond(call);
      if (response) break;
    }
    this.overrides = this.overrides.filter((o) => o.left > 0);
    response ??= prefix ? this.dispatch(call) : { status: 404, body: { message: '404: Not Found', code: 0 } };
    call.status = response.status;
    call.response = response.body;
    const body = response.body === undefined ? '' : JSON.stringify(response.body);
    res.writeHead(response.status, {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...response.headers,
    });
    res.end(body);
    call.respondedAt = performance.now();
    this.calls.push(call);
  }

  private dispatch(call: RestCall): RestResponse {
    for (const r of this.routes) {
      if (r.method !== call.method) continue;
      const m = call.path.match(r.pattern);
      if (m) {
        try {
          return r.route(call, m.slice(1));
        } catch (error) {
          return { status: 500, body: { message: String(error), code: 0 } };
        }
      }
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON, or multipart/form-data with `payload_json` and files (parsed by the platform's own FormData). */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: unknown; files: RestCall['files'] }> {
  if (!contentType?.startsWith('multipart/form-data')) return { body: parseJson(raw.toString('utf8')), files: [] };
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const files: RestCall['files'] = [];
  let body: unknown;
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      if (key === 'payload_json') body = parseJson(value);
    } else files.push({ name: value.name, contentType: value.type, text: await value.text() });
  }
  return { body, files };
}

function parseJson(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
