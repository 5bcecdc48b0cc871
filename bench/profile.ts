/**
 * Where the engine's time goes: a worker that builds the engine on a knowledge base and asks the
 * test questions, with V8's CPU profiler (node:inspector) on for the build and for the questions
 * separately, and reports each phase's heaviest functions by self time. Run by `npm run bench`
 * after the timed configurations (profiling slows code down, so these runs are not timed figures);
 * by hand:
 *
 *   node bench/.build/bench/profile.js '{"scale":"article","devFile":"test/eval/dev.jsonl","testFile":"test/eval/questions.jsonl"}'
 */
import fs from 'node:fs';
import { Session, type Profiler, type Runtime } from 'node:inspector';
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { Engine } from '../src/engine/engine.js';
import { readEvaluationSet } from '../src/evaluation/evaluation-set.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { DATA_DIR, LOCALES_DIR, ROOT } from './paths.js';

export interface ProfileJob {
  scale: string;
  kbFile?: string;
  devFile: string;
  testFile: string;
  /** Times the questions are asked (more samples for a small knowledge base). */
  rounds?: number;
}

export interface Hotspot {
  fn: string;
  where: string;
  selfPct: number;
  totalPct: number;
}

export interface PhaseProfile {
  wallMs: number;
  /** Per question, for the ask phase. */
  perQuestionUs?: number;
  hottest: Hotspot[];
  /** Share of self time per source area (engine/matching, engine/analysis, i18next, GC …). */
  byArea: Array<{ area: string; selfPct: number }>;
}

export interface EngineProfile {
  scale: string;
  entries: number;
  build: PhaseProfile;
  ask: PhaseProfile;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

async function profiled<T>(session: Session, work: () => T): Promise<{ value: T; profile: Profiler.Profile; wallMs: number }> {
  await post(session, 'Profiler.start');
  const t0 = performance.now();
  const value = work();
  const wallMs = performance.now() - t0;
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  return { value, profile, wallMs };
}

/** Self and inclusive time per function (by name and location), heaviest first. */
export function summarise(profile: Profiler.Profile, top = 12): Pick<PhaseProfile, 'hottest' | 'byArea'> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const s of profile.samples ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = (profile.samples ?? []).length || 1;
  const key = (n: Profiler.ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n.callFrame)}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [id, count] of counts) {
    const node = nodes.get(id)!;
    self.set(key(node), (self.get(key(node)) ?? 0) + count);
    const a = area(node.callFrame);
    areas.set(a, (areas.get(a) ?? 0) + count);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(nodes.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + count);
    }
  }
  const pct = (c: number) => Math.round((1000 * c) / total) / 10;
  const hottest = [...self]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, c]) => {
      const [fn, loc] = k.split('\u0000') as [string, string];
      return { fn, where: loc, selfPct: pct(c), totalPct: pct(inclusive.get(k) ?? c) };
    });
  const byArea = [...areas].sort((a, b) => b[1] - a[1]).map(([a, c]) => ({ area: a, selfPct: pct(c) }));
  return { hottest, byArea };
}

function where(f: Runtime.CallFrame): string {
  if (!f.url) return '';
  const rel = f.url
    .replace(/^file:\/\//, '')
    .replace(`${ROOT}/`, '')
    .replace(/^bench\/\.build\//, '');
  return `${rel.replace(/^node_modules\//, '')}:${f.lineNumber + 1}`;
}

function area(f: Runtime.CallFrame): string {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : 'V8 built-ins (RegExp, Map, …)';
  const rel = f.url
    .replace(/^file:\/\//, '')
    .replace(`${ROOT}/`, '')
    .replace(/^bench\/\.build\//, '');
  const m = /^src\/(engine\/[a-z-]+|[a-z-]+)/.exec(rel);
  if (m) return `src/${m[1]!.replace(/\.js$/, '')}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  if (pkg) return pkg[1]!;
  if (rel.startsWith('node:')) return 'Node.js internals';
  return rel.split('/').slice(0, 2).join('/');
}

async function main(job: ProfileJob): Promise<EngineProfile> {
  const kb: KnowledgeBase = job.kbFile ? (JSON.parse(fs.readFileSync(job.kbFile, 'utf8')) as KnowledgeBase) : loadSeedFiles(DATA_DIR);
  const lexicon = readLexicon(DATA_DIR);
  const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));
  const questions = [...readEvaluationSet(job.devFile), ...readEvaluationSet(job.testFile)].map((i) => i.q);
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  const build = await profiled(session, () => new Engine({ kb, lexicon, translate }));
  const engine = build.value;
  const rounds = Math.max(1, job.rounds ?? 1);
  const ask = await profiled(session, () => {
    for (let r = 0; r < rounds; r++) for (const q of questions) engine.ask(q);
  });
  session.disconnect();
  return {
    scale: job.scale,
    entries: kb.entries.length,
    build: { wallMs: build.wallMs, ...summarise(build.profile) },
    ask: { wallMs: ask.wallMs, perQuestionUs: (ask.wallMs * 1000) / (questions.length * rounds), ...summarise(ask.profile) },
  };
}

if (process.argv[2]) {
  const job = JSON.parse(process.argv[2]) as ProfileJob;
  main(job).then(
    (result) => {
      if (process.send) process.send({ type: 'result', result }, () => process.exit(0));
      else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`    profile failed: ${(error as Error).stack ?? String(error)}\n`);
      if (process.send) process.send({ type: 'error', error: (error as Error).message }, () => process.exit(1));
      else process.exit(1);
    },
  );
}
