import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger.js';
import type { HealthReport } from './health.js';

export interface OpsEndpoints {
  health: () => Promise<HealthReport>;
  /** Prometheus text exposition and its content type. */
  metrics: () => Promise<{ contentType: string; body: string }>;
}

export interface OpsServer {
  /** The port it listens on (the chosen one when FACTBOT_HTTP_PORT is 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * GET /healthz and GET /metrics for the operator's probes and Prometheus. Two routes need no
 * framework; anything else is 404 (405 for other methods). Never on a public address by default.
 */
export async function startOpsServer(host: string, port: number, endpoints: OpsEndpoints, logger: Logger): Promise<OpsServer> {
  const server = http.createServer((req, res) => {
    void handle(req, res, endpoints).catch((error: unknown) => {
      logger.error({ err: error, path: req.url }, 'health/metrics request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'error' }));
    });
  });
  // Probes are short; a slow or idle client must not hold the process open at shutdown.
  server.keepAliveTimeout = 1000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  logger.info({ host, port: actual }, 'health and metrics listening');
  return {
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, endpoints: OpsEndpoints): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path !== '/healthz' && path !== '/metrics') return send(res, 404, 'application/json', JSON.stringify({ error: 'not found' }));
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'application/json', JSON.stringify({ error: 'method not allowed' }));
  }
  if (path === '/healthz') {
    const report = await endpoints.health();
    return send(res, report.status === 'ok' ? 200 : 503, 'application/json', JSON.stringify(report), req.method === 'HEAD');
  }
  const { contentType, body } = await endpoints.metrics();
  return send(res, 200, contentType, body, req.method === 'HEAD');
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string, headOnly = false): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(headOnly ? undefined : body);
}
