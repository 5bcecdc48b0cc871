#!/usr/bin/env node
/**
 * `node dist/ops/healthcheck.js`: the container's health check (Dockerfile HEALTHCHECK,
 * compose.yaml). Asks this machine's /healthz on FACTBOT_HTTP_PORT; exit code 0 when it answers
 * 200, 1 otherwise (503, no answer, or no FACTBOT_HTTP_PORT). The slim image has no curl.
 */
import { loadConfig } from '../config/env.js';

const TIMEOUT_MS = 4000;

async function healthy(): Promise<boolean> {
  const config = loadConfig();
  if (config.FACTBOT_HTTP_PORT === undefined) {
    process.stderr.write('healthcheck: FACTBOT_HTTP_PORT is not set\n');
    return false;
  }
  // A server listening on every address is asked on loopback.
  const host = ['0.0.0.0', '::'].includes(config.FACTBOT_HTTP_HOST) ? '127.0.0.1' : config.FACTBOT_HTTP_HOST;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.FACTBOT_HTTP_PORT}/healthz`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await response.text();
    if (!response.ok) process.stderr.write(`healthcheck: ${response.status} ${body}\n`);
    return response.ok;
  } catch (error) {
    process.stderr.write(`healthcheck: ${url}: ${(error as Error).message}\n`);
    return false;
  }
}

process.exitCode = (await healthy()) ? 0 : 1;
