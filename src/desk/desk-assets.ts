import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { PROJECT_ROOT } from '../config/project-paths.js';

const require = createRequire(import.meta.url);
const ASSETS_DIR = path.join(PROJECT_ROOT, 'desk-assets');

/** The only files the desk serves: its own stylesheet and scripts, and Chart.js from node_modules (no CDN). */
const FILES: Record<string, { file: () => string; type: string }> = {
  '/assets/desk.css': { file: () => path.join(ASSETS_DIR, 'desk.css'), type: 'text/css; charset=utf-8' },
  '/assets/preview.js': { file: () => path.join(ASSETS_DIR, 'preview.js'), type: 'text/javascript; charset=utf-8' },
  '/assets/charts.js': { file: () => path.join(ASSETS_DIR, 'charts.js'), type: 'text/javascript; charset=utf-8' },
  '/vendor/chart.umd.min.js': {
    file: () => path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

export function registerAssets(app: FastifyInstance): void {
  const cache = new Map<string, Buffer>();
  for (const [url, { file, type }] of Object.entries(FILES)) {
    app.get(url, async (_req, reply) => {
      let body = cache.get(url);
      if (!body) cache.set(url, (body = await fs.promises.readFile(file())));
      return reply.type(type).header('cache-control', 'no-cache').send(body);
    });
  }
}
