import { readLexicon } from '../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../src/config/project-paths.js';
import { Engine } from '../../src/engine/engine.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';

let engine: Engine | undefined;

/** The engine over the seed knowledge base, built once per test file. */
export function seedEngine(): Engine {
  engine ??= new Engine({ kb: loadSeedFiles(DATA_DIR), lexicon: readLexicon(), translate: createTranslator() });
  return engine;
}
