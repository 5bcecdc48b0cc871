/**
 * A contender answering from a cold start, the way a command-line tool built on it would: a fresh
 * process loads the library and the knowledge base (data/), builds, answers N questions from a
 * file (one per line) to stdout and exits. The parent times the whole process.
 *
 *   node bench/.build/bench/cold.js <contender> <questions file> <count>
 */
import fs from 'node:fs';
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { trainingTexts } from './contenders/contender.js';
import { loadContender, type ContenderId } from './contenders/index.js';
import { DATA_DIR, LOCALES_DIR } from './paths.js';

const [id, file, count] = process.argv.slice(2) as [ContenderId, string, string];
const contender = await loadContender(id);
const kb = loadSeedFiles(DATA_DIR);
const model = await contender.build({
  kb,
  lexicon: readLexicon(DATA_DIR),
  translate: createTranslator(createI18n(readLocales(LOCALES_DIR))),
  texts: trainingTexts(kb),
});
const questions = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, Number(count));
const out: string[] = [];
for (const q of questions) out.push(JSON.stringify({ question: q, ...(await model.ask(q)) }));
process.stdout.write(`${out.join('\n')}\n`);
