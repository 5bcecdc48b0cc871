/**
 * The engine's build as the bench times it, by hand: a fresh process per run reads the knowledge
 * base (data/, or a synthetic archive written once to a temp file, as bench/run.ts does), builds
 * the engine once and prints the build's wall and CPU time and the RSS after it. For profiling add --cpu-prof.
 *
 *   node bench/.build/bench/build-time.js [--synthetic=10000] [--runs=3]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { Engine } from '../src/engine/engine.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { DATA_DIR, LOCALES_DIR } from './paths.js';
import { generateArchive } from './synthetic/generate.js';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const child = arg('kb-file');

if (child !== undefined) {
  const kb: KnowledgeBase = child === '' ? loadSeedFiles(DATA_DIR) : (JSON.parse(fs.readFileSync(child, 'utf8')) as KnowledgeBase);
  const lexicon = readLexicon(DATA_DIR);
  const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const engine = new Engine({ kb, lexicon, translate });
  const buildMs = performance.now() - t0;
  // CPU time (all threads, GC helpers included): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpu0);
  // As bench/worker.ts measures it: after full collections.
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) for (let i = 0; i < 3; i++) collect();
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  engine.ask('hvem tok bildene');
  process.stdout.write(
    `${JSON.stringify({ entries: kb.entries.length, buildMs: Math.round(buildMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssMb: Math.round(rssMb) })}\n`,
  );
} else {
  const entries = Number(arg('synthetic') ?? 0);
  let kbFile = '';
  if (entries > 0) {
    kbFile = path.join(os.tmpdir(), `factbot-build-time-${entries}.json`);
    if (!fs.existsSync(kbFile)) fs.writeFileSync(kbFile, JSON.stringify(generateArchive(loadSeedFiles(DATA_DIR), { entries }).kb));
  }
  const self = fileURLToPath(import.meta.url);
  const extra = process.argv.filter((a) => a.startsWith('--cpu-prof') || a.startsWith('--max-old'));
  for (let run = 0; run < Number(arg('runs') ?? 1); run++) {
    const r = spawnSync(process.execPath, ['--expose-gc', ...extra, self, `--kb-file=${kbFile}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(r.stdout);
  }
}
