/** The bench's tables (console and BENCHMARKS.md) and its verdict on the issue's targets. */
import fs from 'node:fs';
import path from 'node:path';
import { ratio, type Tally } from '../src/evaluation/evaluate.js';
import type { CliResult } from './cli.js';
import type { DiscordResult } from './discord.js';
import type { WorkerResult } from './measure.js';
import { ROOT } from './paths.js';
import type { EngineProfile, PhaseProfile } from './profile.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  v8: string;
  loadAverageStart: number[];
  loadAverageEnd: number[];
}

/** What a configuration had measured when its model was built (kept when it later runs out of time). */
export interface BuiltFigures {
  buildMs: number;
  heapMb: number;
  rssMb: number;
}

export type ConfigOutcome =
  | { contender: string; status: 'ok'; result: WorkerResult; repeats?: WorkerResult[] }
  | { contender: string; status: 'timeout'; phase: string; timeoutSec: number; built?: BuiltFigures }
  | { contender: string; status: 'error'; phase: string; error: string };

export interface ScaleResult {
  id: string;
  label: string;
  entries: number;
  devQuestions: number;
  testQuestions: number;
  rounds: number;
  repeats: number;
  outcomes: ConfigOutcome[];
}

export interface Target {
  id: string;
  what: string;
  target: string;
  actual: string;
  /** null: could not be measured in this run. */
  met: boolean | null;
  note: string;
}

export interface BenchResults {
  generatedAt: string;
  durationSec: number;
  /** Every scale, contender and section ran (a partial run is for working on the bench). */
  complete: boolean;
  machine: Machine;
  versions: Record<string, string>;
  scales: ScaleResult[];
  /** CPU profiles of the engine (untimed runs), where its time goes. */
  profiles: EngineProfile[];
  cli?: CliResult | { error: string };
  discord: DiscordResult;
  targets: Target[];
}

const LABELS: Record<string, string> = {
  engine: 'factbot engine',
  'natural-bayes': 'natural BayesClassifier',
  nlpjs: 'NLP.js',
  'fts5-bm25': 'SQLite FTS5 BM25',
};
const label = (id: string) => LABELS[id] ?? id;

// ---------------------------------------------------------------- formatting

export function ms(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '–';
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 100) return `${Math.round(x)} ms`;
  if (x >= 1) return `${x.toFixed(2)} ms`;
  return `${Math.round(x * 1000)} µs`;
}
const pct = (t: Tally) => `${(ratio(t) * 100).toFixed(1)}%`;
const qps = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));
const times = (x: number) => (!Number.isFinite(x) ? '–' : x >= 100 ? `${Math.round(x)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const ok = (s: ScaleResult) => s.outcomes.flatMap((o) => (o.status === 'ok' ? [o.result] : []));
const find = (s: ScaleResult | undefined, id: string) => s && ok(s).find((r) => r.contender === id);

function notFinished(o: Exclude<ConfigOutcome, { status: 'ok' }>): string {
  if (o.status !== 'timeout') return `failed in ${o.phase}: ${o.error}`;
  const built = o.built ? ` (built in ${ms(o.built.buildMs)}, RSS ${o.built.rssMb} MB)` : '';
  return `did not finish: stopped after ${o.timeoutSec} s, still in its ${o.phase === 'build' ? 'model build (training)' : `${o.phase} phase`}${built}`;
}

/**
 * One outcome from a configuration's repeated processes: quality from the first (it is
 * deterministic), every timing and memory figure the median over the repeats; all kept in `repeats`.
 */
export function combineRepeats(outcomes: ConfigOutcome[]): ConfigOutcome {
  const results = outcomes.flatMap((o) => (o.status === 'ok' ? [o.result] : []));
  if (results.length === 0 || results.length < outcomes.length) return outcomes.find((o) => o.status !== 'ok') ?? outcomes[0]!;
  if (results.length === 1) return outcomes[0]!;
  const med = (f: (r: WorkerResult) => number) => {
    const xs = results.map(f).sort((a, b) => a - b);
    return xs[Math.floor((xs.length - 1) / 2)]!;
  };
  const first = results[0]!;
  const combined: WorkerResult = {
    ...first,
    buildMs: med((r) => r.buildMs),
    firstAskMs: med((r) => r.firstAskMs),
    latency: {
      questions: first.latency.questions,
      p50Ms: med((r) => r.latency.p50Ms),
      p90Ms: med((r) => r.latency.p90Ms),
      p99Ms: med((r) => r.latency.p99Ms),
      maxMs: med((r) => r.latency.maxMs),
      meanMs: med((r) => r.latency.meanMs),
      qps: med((r) => r.latency.qps),
    },
    ...(first.latencyBest
      ? {
          latencyBest: {
            questions: first.latencyBest.questions,
            p50Ms: med((r) => r.latencyBest?.p50Ms ?? NaN),
            p90Ms: med((r) => r.latencyBest?.p90Ms ?? NaN),
            p99Ms: med((r) => r.latencyBest?.p99Ms ?? NaN),
            maxMs: med((r) => r.latencyBest?.maxMs ?? NaN),
            meanMs: med((r) => r.latencyBest?.meanMs ?? NaN),
            qps: med((r) => r.latencyBest?.qps ?? NaN),
          },
        }
      : {}),
    noise: { taskUs: med((r) => r.noise.taskUs), p50Us: med((r) => r.noise.p50Us), p99Us: med((r) => r.noise.p99Us) },
    memory: {
      baselineHeapMb: med((r) => r.memory.baselineHeapMb),
      baselineRssMb: med((r) => r.memory.baselineRssMb),
      heapMb: med((r) => r.memory.heapMb),
      rssMb: med((r) => r.memory.rssMb),
      heapAfterQuestionsMb: med((r) => r.memory.heapAfterQuestionsMb),
      rssAfterQuestionsMb: med((r) => r.memory.rssAfterQuestionsMb),
    },
    wallMs: results.reduce((s, r) => s + r.wallMs, 0),
  };
  const lrs = results.flatMap((r) => (r.liveRebuild ? [r.liveRebuild] : []));
  if (lrs.length) {
    const m = (f: (x: NonNullable<WorkerResult['liveRebuild']>) => number) => {
      const xs = lrs.map(f).sort((a, b) => a - b);
      return xs[Math.floor((xs.length - 1) / 2)]!;
    };
    combined.liveRebuild = {
      importMs: m((x) => x.importMs),
      startFromDbMs: m((x) => x.startFromDbMs),
      editWriteMs: m((x) => x.editWriteMs),
      refreshMs: (() => {
        const all = lrs.flatMap((x) => x.refreshRunsMs).sort((a, b) => a - b);
        return all[Math.floor((all.length - 1) / 2)]!;
      })(),
      refreshRunsMs: lrs.flatMap((x) => x.refreshRunsMs),
    };
  }
  return { contender: first.contender, status: 'ok', result: combined, repeats: results };
}

// ---------------------------------------------------------------- per-scale tables

function scaleTable(s: ScaleResult): string {
  const rows = s.outcomes.map((o) => {
    if (o.status !== 'ok') return [label(o.contender), notFinished(o), '', '', '', '', '', '', '', '', '', ''];
    const r = o.result;
    return [
      r.contender === 'engine' ? `**${r.label}**` : r.label,
      pct(r.test.answerable),
      pct(r.test.declines),
      pct(r.test.language),
      ms(r.buildMs),
      ms(r.latency.p50Ms),
      ms(r.latency.p99Ms),
      r.latencyBest ? ms(r.latencyBest.p99Ms) : '–',
      qps(r.latency.qps),
      `${r.memory.heapMb} MB`,
      `${r.memory.rssMb} MB`,
      r.threshold === null ? 'own' : r.threshold.toPrecision(3),
    ];
  });
  return table(
    ['contender', 'answerable', 'correct declines', 'language', 'build', 'p50', 'p99', 'p99, best round', 'q/s', 'heap', 'RSS', 'decline threshold'],
    rows,
  );
}

/** Engine ÷ each contender, for every figure that compares. */
function ratioTable(s: ScaleResult): string | undefined {
  const engine = find(s, 'engine');
  const others = ok(s).filter((r) => r.contender !== 'engine');
  if (!engine || others.length === 0) return undefined;
  const pp = (a: Tally, b: Tally) => {
    const d = (ratio(a) - ratio(b)) * 100;
    return `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(1)} pp`;
  };
  const rows: Array<[string, (o: WorkerResult) => string]> = [
    ['answerable accuracy (engine − contender)', (o) => pp(engine.test.answerable, o.test.answerable)],
    ['correct declines (engine − contender)', (o) => pp(engine.test.declines, o.test.declines)],
    ['questions per second (higher is better)', (o) => times(engine.latency.qps / o.latency.qps)],
    ['p50 latency (lower is better)', (o) => times(engine.latency.p50Ms / o.latency.p50Ms)],
    ['p99 latency (lower is better)', (o) => times(engine.latency.p99Ms / o.latency.p99Ms)],
    ...(engine.latencyBest
      ? ([['p99, best round (lower is better)', (o: WorkerResult) => (o.latencyBest ? times(engine.latencyBest!.p99Ms / o.latencyBest.p99Ms) : '–')]] as Array<
          [string, (o: WorkerResult) => string]
        >)
      : []),
    ['model build (lower is better)', (o) => times(engine.buildMs / o.buildMs)],
    ['heap after build (lower is better)', (o) => times(engine.memory.heapMb / o.memory.heapMb)],
    ['RSS after build (lower is better)', (o) => times(engine.memory.rssMb / o.memory.rssMb)],
  ];
  return table(
    ['engine ÷ contender', ...others.map((o) => o.label)],
    rows.map(([name, f]) => [name, ...others.map(f)]),
  );
}

function liveRebuildLine(s: ScaleResult): string | undefined {
  const lr = find(s, 'engine')?.liveRebuild;
  if (!lr) return undefined;
  const trainings = ok(s).filter((r) => r.contender !== 'engine');
  const cmp = trainings.map((r) => `${r.label} retrains in ${ms(r.buildMs)} (${times(lr.refreshMs / r.buildMs)})`).join('; ');
  return (
    `Live rebuild after one edit (LiveEngine.refresh(): re-read the database and rebuild, median of ${lr.refreshRunsMs.length}): **${ms(lr.refreshMs)}**` +
    ` (the edit's commit ${ms(lr.editWriteMs)}; start from the database ${ms(lr.startFromDbMs)}; writing the knowledge base into a new database ${ms(lr.importMs)}).` +
    (cmp ? ` The others can only retrain: ${cmp}.` : '')
  );
}

function ratioSentence(s: ScaleResult): string | undefined {
  const engine = find(s, 'engine');
  if (!engine) return undefined;
  const parts = ok(s)
    .filter((r) => r.contender !== 'engine')
    .map(
      (r) =>
        `${times(engine.latency.qps / r.latency.qps)} as many questions per second as ${r.label} (p99: ${times(engine.latency.p99Ms / r.latency.p99Ms)} ${r.label}'s)`,
    );
  return parts.length ? `The engine answers ${parts.join('; ')}.` : undefined;
}

// ---------------------------------------------------------------- targets

/** One goal in bench/targets.json: the figure it names (see `measures`) and its limit. */
export interface TargetSpec {
  id: string;
  what: string;
  metric: string;
  atMost?: number;
  atLeast?: number;
  unit: 'ms' | 'times' | 'MB' | 'percent';
}

export interface TargetFile {
  source: string;
  note: string;
  targets: TargetSpec[];
}

export const TARGETS_FILE = path.join(ROOT, 'bench', 'targets.json');

export function readTargets(file = TARGETS_FILE): TargetFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TargetFile;
}

interface Measure {
  value: number;
  /** What else the reader needs to judge the figure (noise, the parts of a ratio). */
  note?: string;
}

/** Every figure a target can name, from this run (absent where not measured). */
export function measures(r: BenchResults): Map<string, Measure> {
  const out = new Map<string, Measure>();
  const put = (key: string, value: number | undefined, note?: string) => {
    if (value !== undefined && Number.isFinite(value)) out.set(key, { value, ...(note ? { note } : {}) });
  };
  for (const s of r.scales) {
    const engine = find(s, 'engine');
    if (!engine) continue;
    const noise = `a constant ${Math.round(engine.noise.taskUs)} µs task had p99 ${ms(engine.noise.p99Us / 1000)} in the same process (machine noise)`;
    put(
      `${s.id}.p99Ms`,
      engine.latencyBest?.p99Ms ?? engine.latency.p99Ms,
      engine.latencyBest ? `every sample: p99 ${ms(engine.latency.p99Ms)}; ${noise}` : `p50 ${ms(engine.latency.p50Ms)}; ${noise}`,
    );
    put(`${s.id}.buildMs`, engine.buildMs, 'first build in a fresh process');
    put(`${s.id}.rssMb`, engine.memory.rssMb, `heap ${engine.memory.heapMb} MB`);
    put(`${s.id}.liveRebuildMs`, engine.liveRebuild?.refreshMs, engine.liveRebuild && `median of ${engine.liveRebuild.refreshRunsMs.length}`);
    put(`${s.id}.declines`, ratio(engine.test.declines), `${engine.test.declines.right}/${engine.test.declines.total}`);
    put(`${s.id}.answerable`, ratio(engine.test.answerable), `${engine.test.answerable.right}/${engine.test.answerable.total}`);
    const nlp = find(s, 'nlpjs');
    if (nlp) put(`${s.id}.qpsVsNlpjs`, engine.latency.qps / nlp.latency.qps, `${qps(engine.latency.qps)} vs ${qps(nlp.latency.qps)} q/s`);
  }
  const cli = r.cli && 'askCold' in r.cli ? r.cli : undefined;
  if (cli) {
    const own = cli.askCold.medianMs - cli.nodeFloor.medianMs;
    put(
      'cli.ownCostRatio',
      own / cli.nodeFloor.medianMs,
      `wall ${ms(cli.askCold.medianMs)} (median of ${cli.askCold.runs}) − Node.js alone ${ms(cli.nodeFloor.medianMs)} = own cost ${ms(own)}`,
    );
  }
  const floor = r.discord.status === 'measured' ? r.discord.floor : undefined;
  if (floor) {
    put('discord.p50Ratio', r.discord.p50Ms! / floor.p50Ms, `factbot p50 ${ms(r.discord.p50Ms)}, floor bot ${ms(floor.p50Ms)}`);
    put('discord.p99Ratio', r.discord.p99Ms! / floor.p99Ms, `factbot p99 ${ms(r.discord.p99Ms)}, floor bot ${ms(floor.p99Ms)}`);
  }
  return out;
}

const UNITS: Record<TargetSpec['unit'], (x: number) => string> = {
  ms,
  times,
  MB: (x) => `${Math.round(x)} MB`,
  percent: (x) => `${(x * 100).toFixed(1)}%`,
};

/** Each target of bench/targets.json against this run's figures. */
export function checkTargets(r: BenchResults, specs: readonly TargetSpec[] = readTargets().targets): Target[] {
  const figures = measures(r);
  return specs.map((spec) => {
    const unit = UNITS[spec.unit];
    const atMost = spec.atMost !== undefined;
    const limit = (atMost ? spec.atMost : spec.atLeast)!;
    const target = `${atMost ? '≤' : '≥'} ${unit(limit)}`;
    const m = figures.get(spec.metric);
    if (!m) return { id: spec.id, what: spec.what, target, actual: '–', met: null, note: 'not measured in this run' };
    const met = atMost ? m.value <= limit : m.value >= limit;
    const off = atMost ? m.value / limit : limit / m.value;
    const pp = `${(Math.abs(m.value - limit) * 100).toFixed(1)} pp`;
    const verdict =
      spec.unit === 'percent'
        ? `${pp} ${met ? 'above' : 'short'}`
        : met
          ? `${times(1 / off)} headroom`
          : `${times(off)} ${atMost ? 'over' : 'short of'} the target`;
    return { id: spec.id, what: spec.what, target, actual: unit(m.value), met, note: m.note ? `${verdict}; ${m.note}` : verdict };
  });
}

function discordLine(d: DiscordResult): string {
  if (d.status !== 'measured') return `${d.note}. (bench/discord.ts runs test/bench/discord-latency.measure.ts once the bot exists.)`;
  const bot = d.botP50Ms !== undefined ? ` The bot's own log (event handled to reply acknowledged): p50 ${ms(d.botP50Ms)}, p99 ${ms(d.botP99Ms)}.` : '';
  const floor = d.floor
    ? `\n\n| bot | p50 | p90 | p99 | max | questions |\n| --- | --- | --- | --- | --- | --- |\n` +
      `| **factbot** (\`node dist/main.js\`) | **${ms(d.p50Ms)}** | ${ms(d.p90Ms)} | **${ms(d.p99Ms)}** | ${ms(d.maxMs)} | ${d.questions} |\n` +
      `| floor: bare discord.js bot, fixed embed | ${ms(d.floor.p50Ms)} | ${ms(d.floor.p90Ms)} | ${ms(d.floor.p99Ms)} | ${ms(d.floor.maxMs)} | ${d.floor.questions} |\n` +
      `| factbot ÷ floor | **${times(d.floor.p50Ratio)}** | | **${times(d.floor.p99Ratio)}** | | |`
    : '';
  return `**p50 ${ms(d.p50Ms)}, p99 ${ms(d.p99Ms)}** (p90 ${ms(d.p90Ms)}, max ${ms(d.maxMs)}): ${d.note}.${bot}${floor}`;
}

// ---------------------------------------------------------------- profiles

function phaseTable(p: PhaseProfile, rows = 10): string {
  return table(
    ['function', 'where (compiled JS)', 'self', 'incl. callees'],
    p.hottest.slice(0, rows).map((h) => [`\`${h.fn}\``, h.where, `${h.selfPct}%`, `${h.totalPct}%`]),
  );
}

function profileSection(r: BenchResults): string {
  if (!r.profiles.length) return 'Not run in this run.';
  return r.profiles
    .map((p) => {
      const areas = (ph: PhaseProfile) =>
        ph.byArea
          .slice(0, 7)
          .map((a) => `${a.area} ${a.selfPct}%`)
          .join(', ');
      return [
        `#### ${p.scale} (${p.entries.toLocaleString('en-US')} entries)`,
        '',
        `**Build** (${ms(p.build.wallMs)} under the profiler). By area: ${areas(p.build)}.`,
        '',
        phaseTable(p.build),
        '',
        `**Questions** (${p.ask.perQuestionUs !== undefined ? ms(p.ask.perQuestionUs / 1000) : '–'} per question under the profiler). By area: ${areas(p.ask)}.`,
        '',
        phaseTable(p.ask),
      ].join('\n');
    })
    .join('\n\n');
}

// ---------------------------------------------------------------- whole reports

function cliSection(r: BenchResults): string {
  if (!r.cli) return 'Not run (--skip-cli).';
  if ('error' in r.cli) return `Failed: ${r.cli.error}`;
  const c = r.cli;
  const engineCold = c.contenders.engine && 'cold' in c.contenders.engine ? c.contenders.engine : undefined;
  const rows: string[][] = [
    ['`node -e 0` (Node.js alone)', ms(c.nodeFloor.medianMs), '', ''],
    ['**`factbot ask --json`, existing database**', `**${ms(c.askCold.medianMs)}**`, `${ms(c.askCold.minMs)}–${ms(c.askCold.maxMs)}`, ''],
    ['`factbot ask --json`, first run (creates and seeds the database)', ms(c.askFirstRunMs), '', ''],
    [`**\`factbot ask --json\`, ${c.batch.questions} questions on stdin**`, `**${ms(c.batch.wallMs)}**`, '', `${qps(c.batch.qps)} q/s`],
  ];
  for (const [id, v] of Object.entries(c.contenders)) {
    if ('error' in v) rows.push([`${label(id)}: cold start`, `failed: ${v.error}`, '', '']);
    else {
      rows.push([
        `${label(id)}: load, build on data/, answer 1 (bench/cold.ts)`,
        ms(v.cold.medianMs),
        `${ms(v.cold.minMs)}–${ms(v.cold.maxMs)}`,
        `CLI ÷ this: ${times(c.askCold.medianMs / v.cold.medianMs)}`,
      ]);
      rows.push([`${label(id)}: same, ${c.batch.questions} questions`, ms(v.batchMs), '', `CLI batch ÷ this: ${times(c.batch.wallMs / v.batchMs)}`]);
    }
  }
  return table(['process', 'wall (median)', 'range', 'ratio'], rows) + (engineCold ? '' : '');
}

/** Rendered from bench/targets.json and the run's figures (so a changed target shows on --render-only). */
function targetsTable(r: BenchResults): string {
  return table(
    ['target', 'wanted', 'measured', 'verdict'],
    checkTargets(r).map((t) => [t.what, t.target, t.actual, t.met === null ? `— ${t.note}` : `${t.met ? '✅ met' : '❌ missed'}: ${t.note}`]),
  );
}

function scaleSection(s: ScaleResult): string {
  const parts = [
    `### ${s.label}`,
    `${s.entries.toLocaleString('en-US')} entries; ${s.testQuestions} test questions${s.rounds > 1 ? ` (asked ${s.rounds} times: ${s.testQuestions * s.rounds} timed)` : ''}, thresholds tuned on ${s.devQuestions} dev questions` +
      `${s.repeats > 1 ? `; each configuration run in ${s.repeats} processes, interleaved, timing and memory the median` : ''}.`,
    '',
    scaleTable(s),
  ];
  const ratios = ratioTable(s);
  if (ratios) parts.push('', ratios);
  const sentence = ratioSentence(s);
  if (sentence) parts.push('', sentence);
  const lr = liveRebuildLine(s);
  if (lr) parts.push('', lr);
  return parts.join('\n');
}

export function renderConsole(r: BenchResults): string {
  const out = ['', `factbot bench — ${r.generatedAt} — ${r.machine.cpu} ×${r.machine.cores}, Node ${r.machine.node}`, ''];
  for (const s of r.scales) out.push(scaleSection(s), '');
  out.push('### Command line', '', cliSection(r), '');
  out.push(`### Discord path`, '', discordLine(r.discord), '');
  if (r.profiles.length) {
    out.push("### Where the engine's time goes (CPU profile, heaviest self time)", '');
    for (const p of r.profiles) {
      const top = (ph: PhaseProfile) =>
        ph.hottest
          .slice(0, 5)
          .map((h) => `${h.fn} ${h.selfPct}%`)
          .join(', ');
      out.push(`- ${p.scale}, build: ${top(p.build)}`, `- ${p.scale}, questions: ${top(p.ask)}`);
    }
    out.push('');
  }
  out.push('### Targets', '', targetsTable(r), '');
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const versions = Object.entries(r.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `# Benchmarks

Generated by \`npm run bench\` (bench/run.ts) on ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC in ${Math.round(r.durationSec / 60)} min${r.complete ? '' : ' — **partial run**'}.
Raw figures: [bench/results/latest.json](bench/results/latest.json).

**Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node.js ${m.node} (V8 ${m.v8}).
Load average at start ${m.loadAverageStart.join(' / ')}, at end ${m.loadAverageEnd.join(' / ')} — the machine is shared, so
compare the ratios (measured in the same run) rather than absolute times.
**Versions:** ${versions}.

## Targets (${readTargets().source})

From [bench/targets.json](bench/targets.json).

${targetsTable(r)}

## Quality, speed and memory

Every contender trains on the same texts: each entry's title and training questions, the conversation
examples, and the out-of-scope examples as a "none" class. The engine decides for itself (its settings
were tuned on test/eval/dev.jsonl); each other contender declines below a threshold that the bench tunes on
the dev set (best mean of answerable accuracy and correct declines) and is scored on the test set.
Latency is per question, in process, one at a time on one thread, after every contender has been warmed up alike (the
dev set asked again for 3 s, at most 30 times: the steady state a running bot answers in) ("p99, best round": each question's
fastest of its rounds, which filters out the shared machine's scheduling hiccups); build, heap and RSS are
measured in a fresh process per configuration, after a full GC.

${r.scales.map(scaleSection).join('\n\n')}

## Where the engine's time goes

CPU profiles (V8's sampling profiler via node:inspector, 100 µs) of separate, untimed runs of the engine:
the build, and every dev and test question. Self time is time in the function itself.

${profileSection(r)}
${notes()}
## Command line (whole process, wall time)

${cliSection(r)}

## Discord path (message event to REST reply, local Discord)

${discordLine(r.discord)}

## How it is measured

${METHOD}
`;
}

/** Hand-written analysis (bench/NOTES.md), carried into BENCHMARKS.md when present. */
function notes(): string {
  const file = path.join(ROOT, 'bench', 'NOTES.md');
  return fs.existsSync(file) ? `\n${fs.readFileSync(file, 'utf8').trim()}\n` : '';
}

const METHOD = `- **Contenders.** factbot's engine (src/engine, as the CLI builds it); natural's \`BayesClassifier\`
  (one per language with natural's Norwegian and English Porter stemmers, plus a BayesClassifier on the
  same texts labelled nb/en to choose the language); NLP.js (\`@nlpjs/basic\` with \`@nlpjs/lang-no\`: one
  neural NLU per language and its own language guesser; its 0.5 threshold off so the bench can tune one;
  sentiment and entity extraction off, nothing saved to disk); SQLite FTS5 with BM25 (in memory via
  better-sqlite3, \`porter unicode61 remove_diacritics 2\`; the best-ranked text answers unless it is an
  out-of-scope example or scores under the tuned threshold; its language is the answer's).
- **Quality** uses src/evaluation (the same code as \`factbot eval\`): answerable accuracy (the intent is one of
  the expected), correct declines (no intent where none is expected), language accuracy.
- **Article scale**: data/ and test/eval/questions.jsonl (396 questions, asked 3 times, the 2nd and 3rd in
  shuffled order, for 1,188 timed samples; NLP.js caches each utterance's tokens and the engine its
  stems, alike for every round), thresholds tuned on test/eval/dev.jsonl.
- **Synthetic scale** (bench/synthetic): a seeded generator writes a newsroom archive of local-news facts —
  about a hundred topics (school, ferry route, road tolls, wind farm…) in ~120 Norwegian towns, acted on by
  organisations and invented officials, in Bokmål and English — with 10 training questions per entry (5 per
  language, from 16 phrasings per language) and a title. Held-out questions use phrasings that entry was
  not trained on (Bokmål, Nynorsk, English; synonyms; typos; missing æøå), and questions to decline:
  off-topic requests, traps that reuse the archive's towns and organisations, and topic–town pairs the
  archive does not hold. It is validated as a knowledge base (what \`kb import\` accepts) before use.
  The 100,000-entry archive is generated the same way; as 100 topics × 115 towns cannot hold it, it
  also uses villages named as Norwegian places are (Bjørk+vik, Lang+nes); the smaller archives are
  unchanged. There the other contenders get 2 minutes each (the engine 15).
- **Build** is the first model build in a fresh process (what a start-up pays). **Live rebuild** is the
  running app's path: a database file, \`LiveEngine\`, one training question added (revision bumped), then
  \`refresh()\`.
- **Command line**: \`node dist/cli/main.js ask --json\` as users run it, against a database made by its first
  run; the contenders' cold starts run bench/cold.ts (import, build on data/, answer) for comparison.
  Its own cost is its wall time minus \`node -e 0\`'s.
- **Discord path**: the local Discord (test/support/fake-discord) and the real discord.js client; the bot as
  \`node dist/main.js\`, then the floor, a bare discord.js bot replying a fixed embed with buttons
  (bench/floor-bot.ts), half of its questions before factbot and half after, so the ratios compare the two
  on the same machine at the same time.
- A configuration that runs past its time limit is stopped and reported as not finished (that is itself
  the measurement: NLP.js trains one network per language over every intent).`;
