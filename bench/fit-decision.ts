/**
 * Fits the matcher's answer decision (MatcherSettings.decision) on the knowledge base's own
 * training questions, by 5-fold cross-validation: each fold's questions are asked of an engine
 * built without them, so the features look as they do for a question nobody wrote down. A
 * question is a positive when the best intent is its own; out-of-scope examples and mis-ranked
 * questions are negatives. Prints the fitted settings; the evaluation sets are not used.
 *
 *   npm run fit-decision
 */
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { DATA_DIR, LOCALES_DIR } from './paths.js';
import { Engine } from '../src/engine/engine.js';
import { DEFAULT_MATCHER_SETTINGS } from '../src/engine/matching/matcher-settings.js';
import { MATCH_FEATURES } from '../src/engine/matching/matcher.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { LANGS } from '../src/kb/languages.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';

const FOLDS = 5;
/**
 * The sign each feature's weight may take (0: left out). The training questions are cleaner than
 * real messages (few unknown words, no frames), so without these a fit can learn, say, that
 * unknown words make an answer more likely; the signs keep the model's logic the right way round.
 */
const SIGNS: Record<(typeof MATCH_FEATURES)[number], -1 | 0 | 1> = {
  score: 1,
  bestText: 0,
  explained: 1,
  outOfScopeGap: -1,
  lead: 1,
  unknownShare: -1,
  framed: -1,
};
const sign = MATCH_FEATURES.map((f) => SIGNS[f]);
const kb = loadSeedFiles(DATA_DIR);
const lexicon = readLexicon(DATA_DIR);
const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));

interface Example {
  features: number[];
  label: 0 | 1;
}

const examples: Example[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const { train, held } = split(kb, fold);
  const engine = new Engine({ kb: train, lexicon, translate });
  for (const { text, intent } of held) {
    const { match } = engine.inspect(text);
    if (!match || match.ranked.length === 0) continue;
    examples.push({ features: match.features, label: intent !== null && match.ranked[0]!.intent === intent ? 1 : 0 });
  }
}
const fitted = fitLogistic(examples);
const positives = examples.filter((e) => e.label === 1).length;
process.stderr.write(`${examples.length} held-out training questions, ${positives} positives\n`);
process.stdout.write(`${JSON.stringify({ bias: round(fitted.bias), weights: fitted.weights.map(round), cut: DEFAULT_MATCHER_SETTINGS.decision.cut })}\n`);
process.stderr.write(`features: ${MATCH_FEATURES.join(', ')}\n`);

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

/** Logistic regression by gradient descent on standardised features, with a little L2. */
function fitLogistic(data: readonly Example[]): { bias: number; weights: number[] } {
  const dims = data[0]!.features.length;
  const mean = Array.from({ length: dims }, (_, j) => data.reduce((s, e) => s + e.features[j]!, 0) / data.length);
  const sd = Array.from({ length: dims }, (_, j) => Math.sqrt(data.reduce((s, e) => s + (e.features[j]! - mean[j]!) ** 2, 0) / data.length) || 1);
  const x = data.map((e) => e.features.map((f, j) => (f - mean[j]!) / sd[j]!));
  let w = new Array<number>(dims).fill(0);
  let b = 0;
  const rate = 0.5;
  const l2 = 1e-3;
  for (let step = 0; step < 4000; step++) {
    const gw = new Array<number>(dims).fill(0);
    let gb = 0;
    x.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-(b + row.reduce((s, v, j) => s + v * w[j]!, 0))));
      const err = p - data[i]!.label;
      gb += err;
      row.forEach((v, j) => (gw[j]! += err * v));
    });
    // Projected gradient step: a weight that would take the wrong sign stays at zero.
    w = w.map((wj, j) => {
      const next = wj - rate * (gw[j]! / x.length + l2 * wj);
      return sign[j] === 0 ? 0 : sign[j]! * Math.max(0, sign[j]! * next);
    });
    b -= (rate * gb) / x.length;
  }
  // Back to the raw features' scale.
  const weights = w.map((wj, j) => wj / sd[j]!);
  return { bias: b - weights.reduce((s, wj, j) => s + wj * mean[j]!, 0), weights };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
