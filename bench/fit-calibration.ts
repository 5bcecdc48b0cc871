/**
 * Fits MatcherSettings.calibration: asks every question of the given evaluation sets (sets already
 * scored, never one kept back to measure on) with the raw probability reported, and fits a monotone
 * map from raw probability to the share of answers right (pool-adjacent-violators, in blocks of at
 * least MIN_BLOCK answers so that no knot rests on a handful). Prints the knots, and each set's
 * answers by confidence before and after.
 *
 *   npm run fit-calibration -- test/eval/heldout/fresh-F.jsonl test/eval/heldout/fresh-G.jsonl …
 */
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { Engine } from '../src/engine/engine.js';
import { calibrated, type CalibrationKnots } from '../src/engine/matching/calibration.js';
import { DEFAULT_MATCHER_SETTINGS } from '../src/engine/matching/matcher-settings.js';
import { readEvaluationSet } from '../src/evaluation/evaluation-set.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { DATA_DIR, LOCALES_DIR } from './paths.js';

const MIN_BLOCK = 40;
const BANDS = [0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

interface Answered {
  raw: number;
  right: boolean;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: fit-calibration SET.jsonl… (evaluation sets already scored)\n');
  process.exit(2);
}
const engine = new Engine({
  kb: loadSeedFiles(DATA_DIR),
  lexicon: readLexicon(DATA_DIR),
  translate: createTranslator(createI18n(readLocales(LOCALES_DIR))),
  settings: { ...DEFAULT_MATCHER_SETTINGS, calibration: [] },
});
const perSet = files.map((file) => {
  const answered: Answered[] = [];
  for (const item of readEvaluationSet(file)) {
    const answer = engine.ask(item.q);
    if (answer.intent !== null) answered.push({ raw: answer.confidence, right: item.expect.includes(answer.intent) });
  }
  return { file, answered };
});
const knots = fit(perSet.flatMap((s) => s.answered));
process.stdout.write(`${JSON.stringify(knots)}\n`);
for (const { file, answered } of perSet) {
  process.stderr.write(`${file}\n  raw:        ${bands(answered, (a) => a.raw)}\n  calibrated: ${bands(answered, (a) => calibrated(a.raw, knots))}\n`);
}

/** Pool-adjacent-violators over answers sorted by raw probability, then blocks too small merged into a neighbour. */
function fit(all: readonly Answered[]): CalibrationKnots {
  const sorted = [...all].sort((a, b) => a.raw - b.raw);
  let blocks: Array<{ n: number; raw: number; right: number }> = [];
  for (const a of sorted) {
    blocks.push({ n: 1, raw: a.raw, right: a.right ? 1 : 0 });
    while (blocks.length > 1 && share(blocks.at(-2)!) >= share(blocks.at(-1)!)) merge(blocks, blocks.length - 2);
  }
  for (;;) {
    const small = blocks.findIndex((b) => b.n < MIN_BLOCK);
    if (small < 0 || blocks.length === 1) break;
    const left = small - 1;
    const right = small + 1;
    const into = left < 0 ? small : right >= blocks.length ? left : blocks[left]!.n <= blocks[right]!.n ? left : small;
    merge(blocks, into);
  }
  blocks = blocks.filter((b) => b.n > 0);
  return blocks.map((b) => [round(b.raw / b.n), round(share(b))] as const);
}

function merge(blocks: Array<{ n: number; raw: number; right: number }>, at: number): void {
  const [a, b] = [blocks[at]!, blocks[at + 1]!];
  blocks.splice(at, 2, { n: a.n + b.n, raw: a.raw + b.raw, right: a.right + b.right });
}

function share(b: { n: number; right: number }): number {
  return b.right / b.n;
}

function bands(answered: readonly Answered[], confidence: (a: Answered) => number): string {
  const parts: string[] = [];
  for (let i = 0; i < BANDS.length - 1; i++) {
    const inBand = answered.filter((a) => confidence(a) >= BANDS[i]! && confidence(a) < BANDS[i + 1]!);
    if (inBand.length > 0)
      parts.push(`${BANDS[i]}–${Math.min(1, BANDS[i + 1]!)} ${Math.round((100 * inBand.filter((a) => a.right).length) / inBand.length)}% (${inBand.length})`);
  }
  const low = answered.filter((a) => confidence(a) < BANDS[0]!);
  if (low.length > 0) parts.unshift(`<${BANDS[0]} ${Math.round((100 * low.filter((a) => a.right).length) / low.length)}% (${low.length})`);
  return parts.join(' · ');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
