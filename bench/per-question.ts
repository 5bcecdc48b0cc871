/**
 * The engine's own cost per question at article scale, for working on its speed: builds the engine
 * as the bench does (timed, in this fresh process), warms it on the dev set, then asks the test
 * set round after round and prints each round's mean wall, CPU and main-thread CPU time per
 * question (the main thread's CPU time is what the shared machine's other load disturbs least; the
 * process's also counts the JIT compiler's threads, busy in the first rounds). No contenders: compare with `npm run bench`.
 *
 *   node --expose-gc bench/.build/bench/per-question.js [rounds=10]
 *   PROFILE_DIR=/tmp/prof node bench/.build/bench/per-question.js 3   (writes build, ask-round1 and ask-later-rounds .cpuprofile)
 */
import fs from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import path from 'node:path';
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { Engine } from '../src/engine/engine.js';
import { readEvaluationSet } from '../src/evaluation/evaluation-set.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { DATA_DIR, EVAL_DEV, EVAL_TEST, LOCALES_DIR } from './paths.js';

const rounds = Number(process.argv[2] ?? 10);
const kb = loadSeedFiles(DATA_DIR);
const lexicon = readLexicon(DATA_DIR);
const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));
const dev = readEvaluationSet(EVAL_DEV).map((i) => i.q);
const test = readEvaluationSet(EVAL_TEST).map((i) => i.q);

const profileDir = process.env.PROFILE_DIR;
const session = profileDir ? new Session() : undefined;
const post = <T>(method: string, params: object = {}): Promise<T> =>
  new Promise((resolve, reject) => session!.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
const startProfile = async (): Promise<void> => {
  if (!session) return;
  await post('Profiler.start');
};
const stopProfile = async (name: string): Promise<void> => {
  if (!session) return;
  const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
  fs.writeFileSync(path.join(profileDir!, `${name}.cpuprofile`), JSON.stringify(profile));
};
if (session) {
  fs.mkdirSync(profileDir!, { recursive: true });
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 50 });
}

await startProfile();
const buildCpu = process.cpuUsage();
const t0 = performance.now();
const engine = new Engine({ kb, lexicon, translate });
const buildMs = performance.now() - t0;
const buildCpuUs = process.cpuUsage(buildCpu);
const buildCpuMs = (buildCpuUs.user + buildCpuUs.system) / 1000;
await stopProfile('build');
const f0 = performance.now();
engine.ask(dev[0]!);
const firstAskMs = performance.now() - f0;
for (const q of dev) engine.ask(q);

// The main thread's own CPU time (Linux): process CPU time also counts the JIT compiler's and the
// garbage collector's helper threads, and on a busy machine wall time counts waiting for a core.
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const mainThreadUs = (): number => (fs.existsSync(SCHEDSTAT) ? Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1000 : NaN);
const line = (label: string, wallMs: number, cpuUs: number, mainUs: number, n: number): string =>
  `${label}: ${((wallMs * 1000) / n).toFixed(1)} µs wall, ${(cpuUs / n).toFixed(1)} µs CPU, ${(mainUs / n).toFixed(1)} µs main thread per question`;
process.stdout.write(`build ${buildMs.toFixed(0)} ms (${buildCpuMs.toFixed(0)} ms CPU), first question ${firstAskMs.toFixed(2)} ms\n`);
const perRound: number[] = [];
const perRoundMain: number[] = [];
await startProfile();
for (let r = 0; r < rounds; r++) {
  // The first round meets words the dev set did not have; later rounds find them remembered.
  if (r === 1) {
    await stopProfile('ask-round1');
    await startProfile();
  }
  const cpu = process.cpuUsage();
  const main = mainThreadUs();
  const w = performance.now();
  for (const q of test) engine.ask(q);
  const wallMs = performance.now() - w;
  const mainUs = mainThreadUs() - main;
  const cpuUs = process.cpuUsage(cpu);
  perRound.push(cpuUs.user + cpuUs.system);
  perRoundMain.push(mainUs);
  if (r < 3 || r === rounds - 1) process.stdout.write(`${line(`round ${r + 1}`, wallMs, cpuUs.user + cpuUs.system, mainUs, test.length)}\n`);
}
await stopProfile(rounds > 1 ? 'ask-later-rounds' : 'ask-round1');
const sorted = [...perRound].sort((a, b) => a - b);
const sortedMain = [...perRoundMain].sort((a, b) => a - b);
process.stdout.write(
  `best round ${(sorted[0]! / test.length).toFixed(1)} µs CPU (${(sortedMain[0]! / test.length).toFixed(1)} main thread), median round ${(sorted[Math.floor(sorted.length / 2)]! / test.length).toFixed(1)} µs CPU (${(sortedMain[Math.floor(sortedMain.length / 2)]! / test.length).toFixed(1)} main thread)\n`,
);
