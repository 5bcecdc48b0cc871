/**
 * Fits the matcher's answer decision (MatcherSettings.decision) on two kinds of labelled questions:
 *
 * - the knowledge base's own training questions, by 5-fold cross-validation (each fold's questions
 *   asked of an engine built without them, so the features look as they do for a question nobody
 *   wrote down), and
 * - the scored evaluation sets (test/eval, test/eval/heldout), realistic messages: a question is a
 *   positive when its best-ranked entry is one it expects; decline items and mis-ranked questions are
 *   negatives. Questions the engine declines whatever the confidence (a prediction, a detail the entry
 *   lacks) are left out: the decision does not decide them.
 *
 * Features, regularisation and the cut are judged leave-one-set-out: each evaluation set in turn is
 * answered by an engine whose decision was fitted (and its cut chosen) without it, and the script
 * prints, per set, answered / declined with the shipped settings and with the held-out fit (the
 * gate's measures, end to end), then the same for the fit on everything (in-sample), and that fit's
 * settings as JSON on stdout.
 *
 *   npm run fit-decision                    (add -- --without=fresh-K1,fresh-K2 to keep sets back, --l2=0.01 --train-weight=1 --drop=words,norwegian to try others;
 *                                            -- --dump=FILE writes the labelled features and stops; -- --in-sample-only skips the
 *                                            leave-one-set-out round)
 */
import fs from 'node:fs';
import path from 'node:path';
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { Engine } from '../src/engine/engine.js';
import { DEFAULT_MATCHER_SETTINGS, type MatcherSettings } from '../src/engine/matching/matcher-settings.js';
import { MATCH_FEATURES } from '../src/engine/matching/matcher.js';
import { evaluate, ratio } from '../src/evaluation/evaluate.js';
import { readEvaluationSet, type EvaluationItem } from '../src/evaluation/evaluation-set.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { LANGS } from '../src/kb/languages.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { fitLogistic, probability, type Example, type LogisticModel, type Sign } from './logistic-fit.js';
import { DATA_DIR, LOCALES_DIR, ROOT } from './paths.js';

const FOLDS = 5;
/**
 * The sign each feature's weight may take (0: left out). Real messages and training questions both
 * have few examples of some kinds (an unknown number, a framed question), so without these a fit can
 * learn, say, that unknown words make an answer more likely; the signs keep the model's logic the
 * right way round. 'free' only where either way is sensible (the question's length, its language).
 */
const SIGNS: Record<(typeof MATCH_FEATURES)[number], Sign> = {
  score: 1,
  bestText: 1,
  explained: 1,
  outOfScopeGap: -1,
  lead: 1,
  unknownShare: -1,
  framed: -1,
  unknownCount: -1,
  unknownRarest: -1,
  unknownNumber: -1,
  unexplainedCount: -1,
  unexplainedTelling: -1,
  runnerUp: -1,
  words: 'free',
  norwegian: 'free',
  asksFact: 'free',
  examplesExplained: 1,
  answerWords: -1,
};
/**
 * Features whose pairwise products (and squares) the model may weigh too, with either sign: how far
 * one sign counts depends on another (a lead matters more when the entry explains the question, a long
 * question needs a clearer match than a short one). Products of the counts and flags add nothing.
 */
const PAIRED: ReadonlyArray<(typeof MATCH_FEATURES)[number]> = [
  'score',
  'bestText',
  'explained',
  'outOfScopeGap',
  'lead',
  'examplesExplained',
  'unexplainedTelling',
  'unknownShare',
  'words',
];
/** Regularisation (on standardised features), and how much the training questions weigh together against one evaluation set. */
const L2 = 1e-2;
const TRAIN_WEIGHT = 1;
/** Where the cut is looked for. */
const CUTS = Array.from({ length: 66 }, (_, i) => 0.3 + i / 100);

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const dropped = new Set((args.get('drop') ?? '').split(',').filter(Boolean));
const paired = args.get('products') === 'no' ? [] : PAIRED.filter((f) => !dropped.has(f)).map((f) => MATCH_FEATURES.indexOf(f));
/** The products the model weighs: each pair of paired features (a feature with itself too), by index. */
const products: Array<[number, number]> = paired.flatMap((a, i) => paired.slice(i).map((b): [number, number] => [a, b]));
const signs: Sign[] = [...MATCH_FEATURES.map((f) => (dropped.has(f) ? 0 : SIGNS[f])), ...products.map((): Sign => 'free')];
const l2 = Number(args.get('l2') ?? L2);
const trainWeight = Number(args.get('train-weight') ?? TRAIN_WEIGHT);
/** Sets kept back (by name, e.g. fresh-K1): never fitted on, so that they can still measure the fit first-seen. */
const keptBack = new Set((args.get('without') ?? '').split(',').filter(Boolean));

const kb = loadSeedFiles(DATA_DIR);
const lexicon = readLexicon(DATA_DIR);
const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));
const engineWith = (settings: MatcherSettings, base: KnowledgeBase = kb): Engine => new Engine({ kb: base, lexicon, translate, settings });

interface LabelledSet {
  name: string;
  items: EvaluationItem[];
  examples: Example[];
}

const training = trainingExamples();
const shipped = engineWith(DEFAULT_MATCHER_SETTINGS);
const sets: LabelledSet[] = evaluationFiles()
  .filter((file) => !keptBack.has(path.basename(file, '.jsonl')))
  .map((file) => {
    const items = readEvaluationSet(file);
    return { name: path.basename(file, '.jsonl'), items, examples: evaluationExamples(shipped, items) };
  });
process.stderr.write(
  `${training.length} held-out training questions; ${sets.map((s) => `${s.name} ${s.examples.length}`).join(', ')} decided evaluation questions\n`,
);
process.stderr.write(
  `features: ${MATCH_FEATURES.filter((_, j) => signs[j] !== 0).join(', ')}; ${products.length} products; l2 ${l2}; training questions weigh ${trainWeight}\n`,
);

const dump = args.get('dump');
if (dump) {
  const lines = [{ name: 'training', examples: training }, ...sets].flatMap((s) => s.examples.map((e) => JSON.stringify({ set: s.name, ...e })));
  fs.writeFileSync(dump, `${lines.join('\n')}\n`);
  process.exit(0);
}

// --in-sample-only: one fit on every set, no leave-one-set-out round (a hundred fits): its per-set figures are
// in-sample, so judge it on sets kept back with --without or still pending.
const inSampleOnly = args.has('in-sample-only');
const rows: string[][] = [['set', 'shipped', 'held out', 'in-sample', 'cut (held out)']];
const heldOut = sets.map((held) => {
  if (inSampleOnly) return { decision: DEFAULT_MATCHER_SETTINGS.decision, report: { text: '-', sum: 0 } };
  const decision = fitDecision(sets.filter((s) => s !== held));
  return { decision, report: scored(engineWith({ ...DEFAULT_MATCHER_SETTINGS, decision }), held.items) };
});
const final = fitDecision(sets);
const finalEngine = engineWith({ ...DEFAULT_MATCHER_SETTINGS, decision: final });
const totals = { shipped: 0, heldOut: 0, inSample: 0 };
sets.forEach((set, i) => {
  const before = scored(shipped, set.items);
  const after = scored(finalEngine, set.items);
  const out = heldOut[i]!;
  totals.shipped += before.sum;
  totals.heldOut += out.report.sum;
  totals.inSample += after.sum;
  rows.push([set.name, before.text, out.report.text, after.text, String(out.decision.cut)]);
});
rows.push(['mean of answered + declined', ...[totals.shipped, totals.heldOut, totals.inSample].map((t) => pct(t / sets.length / 2)), '']);
process.stderr.write(`answered / declined per set:\n${rows.map((r) => r.map((c, j) => c.padEnd(j === 0 ? 28 : 16)).join('')).join('\n')}\n`);
process.stdout.write(`${JSON.stringify(final)}\n`);

/** A decision fitted on the training questions and these sets, with the cut that serves these sets best. */
function fitDecision(on: readonly LabelledSet[]): MatcherSettings['decision'] {
  // Each evaluation set weighs the same, whatever its size; the training questions together weigh `trainWeight` sets.
  const weighted = (examples: readonly Example[], weight: number): Example[] =>
    examples.map((e) => ({ ...e, features: withProducts(e.features), weight: weight / examples.length }));
  const data = [...weighted(training, trainWeight), ...on.flatMap((s) => weighted(s.examples, 1))];
  const model = fitLogistic(data, signs, l2);
  const dims = MATCH_FEATURES.length;
  return {
    bias: round(model.bias),
    weights: model.weights.slice(0, dims).map(round),
    products: products.map(([a, b], k) => [a, b, round(model.weights[dims + k]!)] as const).filter(([, , w]) => w !== 0),
    cut: bestCut(model, on),
  };
}

/** A match's features followed by the products the model weighs. */
function withProducts(features: readonly number[]): number[] {
  return [...features, ...products.map(([a, b]) => features[a]! * features[b]!)];
}

/** The cut with the most answered positives plus declined negatives, per set, on these sets. */
function bestCut(model: LogisticModel, on: readonly LabelledSet[]): number {
  const scoredSets = on.map((s) => s.examples.map((e) => ({ p: probability(model, withProducts(e.features)), label: e.label })));
  let best = { cut: 0.5, value: -1 };
  for (const cut of CUTS) {
    let value = 0;
    for (const examples of scoredSets) {
      const positives = examples.filter((e) => e.label === 1);
      const negatives = examples.filter((e) => e.label === 0);
      value += positives.filter((e) => e.p >= cut).length / (positives.length || 1) + negatives.filter((e) => e.p < cut).length / (negatives.length || 1);
    }
    if (value > best.value) best = { cut: round(cut), value };
  }
  return best.cut;
}

/** Answered right / declined right on a set, end to end (as the gate measures them). */
function scored(engine: Engine, items: readonly EvaluationItem[]): { text: string; sum: number } {
  const report = evaluate(items, (q) => engine.ask(q));
  const [answered, declined] = [ratio(report.answerable), ratio(report.declines)];
  return { text: `${pct(answered)} / ${pct(declined)}`, sum: answered + declined };
}

/** The set's questions whose answer the decision decides, labelled. */
function evaluationExamples(engine: Engine, items: readonly EvaluationItem[]): Example[] {
  const examples: Example[] = [];
  for (const item of items) {
    const { answer, match } = engine.inspect(item.q);
    if (!match || match.ranked.length === 0) continue;
    // Declined whatever the confidence: a frame, a detail or speaker the entry does not give.
    if (answer.declineReason !== undefined && answer.declineReason !== 'unsure' && answer.declineReason !== 'unknown') continue;
    if (answer.declineReason !== undefined && match.intent !== null) continue;
    examples.push({ features: match.features, label: item.expect.includes(match.ranked[0]!.intent) ? 1 : 0 });
  }
  return examples;
}

function evaluationFiles(): string[] {
  const dirs = [path.join(ROOT, 'test', 'eval'), path.join(ROOT, 'test', 'eval', 'heldout')];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .sort()
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => path.join(dir, name)),
  );
}

/** The training questions, each asked of an engine built without its fold. */
function trainingExamples(): Example[] {
  const examples: Example[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const { train, held } = split(kb, fold);
    const engine = engineWith(DEFAULT_MATCHER_SETTINGS, train);
    for (const { text, intent } of held) {
      const { match } = engine.inspect(text);
      if (!match || match.ranked.length === 0) continue;
      examples.push({ features: match.features, label: intent !== null && match.ranked[0]!.intent === intent ? 1 : 0 });
    }
  }
  return examples;
}

/** Every fifth training question (by position) held out; entries keep their titles and answers. */
function split(base: KnowledgeBase, fold: number): { train: KnowledgeBase; held: Array<{ text: string; intent: string | null }> } {
  const held: Array<{ text: string; intent: string | null }> = [];
  let n = 0;
  const keep = (text: string, intent: string | null): boolean => {
    if (n++ % FOLDS !== fold) return true;
    held.push({ text, intent });
    return false;
  };
  const train: KnowledgeBase = {
    ...base,
    entries: base.entries.map((e) => ({
      ...e,
      questions: Object.fromEntries(LANGS.map((l) => [l, e.questions[l].filter((q) => keep(q, e.retired ? null : e.id))])) as typeof e.questions,
    })),
    conversation: base.conversation.map((c) => ({
      ...c,
      questions: Object.fromEntries(LANGS.map((l) => [l, c.questions[l].filter((q) => keep(q, c.id))])) as typeof c.questions,
    })),
    outOfScope: Object.fromEntries(LANGS.map((l) => [l, base.outOfScope[l].filter((q) => keep(q, null))])) as typeof base.outOfScope,
  };
  return { train, held };
}

function pct(n: number): string {
  return `${(100 * n).toFixed(1)}%`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
