/**
 * Every evaluation question's decision as the engine makes it now, one JSON line each: language,
 * intent, confidence, suggestions, decline reason, related entry, the answer's text, and the
 * match's features at full precision. A speed change must leave this output byte for byte as it
 * was (diff two runs); behaviour changes show up here first.
 *
 * Every set is asked twice by the same engine (the second pass after every word is remembered),
 * and both passes must agree: a memo that changed a decision would show as a difference.
 *
 *   node bench/.build/bench/dump-decisions.js > /tmp/before.jsonl   (after tsc -p bench/tsconfig.json)
 *   node bench/.build/bench/dump-decisions.js --synthetic=10000 > /tmp/before-10k.jsonl   (the bench's archive and its questions)
 */
import fs from 'node:fs';
import path from 'node:path';
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { Engine } from '../src/engine/engine.js';
import { readEvaluationSet, type EvaluationItem } from '../src/evaluation/evaluation-set.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { DATA_DIR, LOCALES_DIR, ROOT } from './paths.js';
import { generateArchive } from './synthetic/generate.js';

const EVAL_DIR = path.join(ROOT, 'test', 'eval');

function evaluationFiles(): string[] {
  const files: string[] = [];
  for (const dir of [EVAL_DIR, path.join(EVAL_DIR, 'heldout')])
    for (const name of fs.readdirSync(dir).sort()) if (name.endsWith('.jsonl')) files.push(path.join(dir, name));
  return files;
}

const synthetic = Number(process.argv.find((a) => a.startsWith('--synthetic='))?.split('=')[1] ?? 0);
const seed = loadSeedFiles(DATA_DIR);
const archive = synthetic > 0 ? generateArchive(seed, { entries: synthetic }) : undefined;
const sets: Array<[string, EvaluationItem[]]> = archive
  ? [
      [`synthetic-${synthetic}-dev`, archive.dev],
      [`synthetic-${synthetic}-test`, archive.test],
    ]
  : evaluationFiles().map((file) => [path.relative(ROOT, file), readEvaluationSet(file)]);
const engine = new Engine({ kb: archive?.kb ?? seed, lexicon: readLexicon(DATA_DIR), translate: createTranslator(createI18n(readLocales(LOCALES_DIR))) });

function decisions(): string[] {
  const lines: string[] = [];
  for (const [set, items] of sets) {
    for (const item of items) {
      const { answer, match } = engine.inspect(item.q);
      lines.push(
        JSON.stringify({
          set,
          q: item.q,
          lang: answer.lang,
          intent: answer.intent,
          confidence: answer.confidence,
          suggestions: answer.suggestions.map((s) => s.id),
          declineReason: answer.declineReason ?? null,
          kind: answer.kind,
          related: answer.related?.id ?? null,
          answer: answer.answer,
          features: match?.features ?? null,
          ranked: match?.ranked ?? null,
        }),
      );
    }
  }
  return lines;
}

const first = decisions();
const second = decisions();
const differing = first.findIndex((line, i) => line !== second[i]);
if (differing >= 0) {
  process.stderr.write(`the second pass differs from the first:\n${first[differing]}\n${second[differing]}\n`);
  process.exit(1);
}
process.stdout.write(`${first.join('\n')}\n`);
