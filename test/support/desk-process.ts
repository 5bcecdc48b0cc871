import { useLineProcesses, type LineProcess } from './line-process.js';

export interface DeskProcess {
  proc: LineProcess;
  /** http://127.0.0.1:PORT */
  base: string;
  /** The newest one-time login link the desk printed (local mode). */
  latestLink: () => string | undefined;
}

const LINK = /(http:\/\/127\.0\.0\.1:\d+\/login\/local\?token=[\w-]+)/;

/** Starts `factbot desk --port 0` (a real process) and waits until it listens. */
export function useDeskProcesses(): (env: NodeJS.ProcessEnv, port?: number) => Promise<DeskProcess> {
  const start = useLineProcesses();
  return async (env, port = 0) => {
    const proc = start(['desk', '--port', String(port)], env);
    const listening = await proc.waitFor((line) => /https?:\/\/\S+/.test(line) && !LINK.test(line), { timeoutMs: 20_000 });
    const base = /(http:\/\/127\.0\.0\.1:\d+)/.exec(listening)?.[1] ?? /(https?:\/\/\S+?)\s/.exec(listening)![1]!;
    const latestLink = () =>
      [...proc.lines]
        .reverse()
        .map((l) => LINK.exec(l)?.[1])
        .find(Boolean);
    return { proc, base, latestLink };
  };
}

/** A browser-like HTTP client: keeps cookies, does not follow redirects (tests look at them). */
export class CookieClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { method: 'GET', headers });
  }

  async post(path: string, form: Record<string, string | string[]> | string, headers: Record<string, string> = {}): Promise<Response> {
    const body =
      typeof form === 'string'
        ? form
        : new URLSearchParams(Object.entries(form).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))).toString();
    return this.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
  }

  async request(path: string, init: RequestInit): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(set)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** The CSRF token of the first form on a page. */
  async csrf(path = '/entries'): Promise<string> {
    const page = await (await this.get(path)).text();
    return /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
  }
}

/** A port free right now (for a desk whose public URL must be known before it starts). */
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
