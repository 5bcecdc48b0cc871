/**
 * The bench's "edit → live answers" figure alone, for working on it: generates the synthetic archive
 * as the bench does, then times LiveEngine.refresh() after one admin edit exactly as the bench
 * worker does (bench/live-rebuild.ts), in this fresh process. Prints the figures as JSON.
 *
 *   node --expose-gc bench/.build/bench/live-edit.js [entries=10000] [edits=3]
 */
import { readLexicon } from '../src/app/open-knowledge-base.js';
import { createI18n, createTranslator, readLocales } from '../src/i18n/translator.js';
import { loadSeedFiles } from '../src/kb/seed-files.js';
import { measureLiveRebuild } from './live-rebuild.js';
import { DATA_DIR, LOCALES_DIR } from './paths.js';
import { generateArchive } from './synthetic/generate.js';

const entries = Number(process.argv[2] ?? 10_000);
const edits = Number(process.argv[3] ?? 3);
const seed = loadSeedFiles(DATA_DIR);
const kb = entries > 0 ? generateArchive(seed, { entries }).kb : seed;
const lexicon = readLexicon(DATA_DIR);
const translate = createTranslator(createI18n(readLocales(LOCALES_DIR)));
const result = measureLiveRebuild(kb, entries === 0, lexicon, translate, edits);
process.stdout.write(`${JSON.stringify(result)}\n`);
