import { randomUUID } from 'node:crypto';
import type { Shard } from 'discord.js';
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import { checkDatabase, healthReport, type HealthReport, type ShardHealth } from './health.js';
import type { OpsEndpoints } from './ops-server.js';

/**
 * With FACTBOT_SHARDS, each shard is a process of its own with its own metrics and gateway
 * connection, and only the sharding manager listens on FACTBOT_HTTP_PORT. On each request the
 * manager asks every shard over the IPC channel discord.js already has for a report (its health
 * and its metrics as JSON) and answers with one view: counters and histograms added up (prom-client's
 * AggregatorRegistry, made for this), gauges per their aggregator (the revision: the lowest a shard
 * answers from), gateway shards each with their own label. A shard that does not report within
 * REPORT_TIMEOUT_MS makes /healthz 503 and is missing from /metrics.
 */
const REQUEST = 'factbot:report?';
const RESPONSE = 'factbot:report';
export const REPORT_TIMEOUT_MS = 2000;

export interface ShardReport {
  health: HealthReport;
  metrics: Array<MetricObjectWithValues<MetricValue<string>>>;
}

/** In a shard process: answer the manager's report requests. */
export function answerReportRequests(report: () => Promise<ShardReport>): void {
  process.on('message', (message: unknown) => {
    const request = message as { type?: unknown; id?: unknown } | null;
    if (request?.type !== REQUEST || typeof request.id !== 'string') return;
    void report().then(
      (r) => process.send?.({ type: RESPONSE, id: request.id, report: r }),
      () => process.send?.({ type: RESPONSE, id: request.id, report: null }),
    );
  });
}

/** In the manager: one report per shard id (null when the shard did not answer in time). */
export async function collectReports(shards: Iterable<Shard>, timeoutMs = REPORT_TIMEOUT_MS): Promise<Map<number, ShardReport | null>> {
  const id = randomUUID();
  const entries = await Promise.all(
    [...shards].map(
      (shard) =>
        new Promise<[number, ShardReport | null]>((resolve) => {
          const done = (report: ShardReport | null) => {
            clearTimeout(timer);
            shard.off('message', onMessage);
            resolve([shard.id, report]);
          };
          const onMessage = (message: { type?: string; id?: string; report?: ShardReport | null }) => {
            if (message?.type === RESPONSE && message.id === id) done(message.report ?? null);
          };
          const timer = setTimeout(() => done(null), timeoutMs);
          shard.on('message', onMessage);
          shard.send({ type: REQUEST, id }).catch(() => done(null));
        }),
    ),
  );
  return new Map(entries);
}

/** /healthz and /metrics of the sharding manager, from its shards' reports. */
export function managerEndpoints(dbFile: string, totalShards: () => number, shards: () => Iterable<Shard>): OpsEndpoints {
  return {
    health: async () => {
      const reports = await collectReports(shards());
      const gateway: ShardHealth[] = [];
      let engineRevision: number | null = Infinity;
      for (let id = 0; id < totalShards(); id++) {
        const report = reports.get(id);
        if (!report) {
          gateway.push({ id, status: 'no report', connected: false });
          engineRevision = null;
          continue;
        }
        gateway.push(...report.health.gateway.shards);
        const revision = report.health.engine.revision;
        engineRevision = revision === null || engineRevision === null ? null : Math.min(engineRevision, revision);
      }
      if (engineRevision === Infinity) engineRevision = null;
      return healthReport({ database: checkDatabase(dbFile), engineRevision, shards: gateway });
    },
    metrics: async () => {
      const reports = [...(await collectReports(shards())).values()].filter((r): r is ShardReport => r !== null);
      const registry = AggregatorRegistry.aggregate(reports.map((r) => r.metrics));
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
