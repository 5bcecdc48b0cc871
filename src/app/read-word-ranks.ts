import fs from 'node:fs';
import path from 'node:path';
import type { WordRanks } from '../engine/analysis/word-rarity.js';
import { DATA_DIR } from '../config/project-paths.js';

/**
 * Reads data/word-frequency/{nb,en}.txt: one word a line, most common first. Each list is read
 * when first used: a start that answers one question seldom needs them.
 */
export function readWordRanks(dataDir: string = DATA_DIR): WordRanks {
  const read = (lang: 'nb' | 'en'): string[] => {
    const file = path.join(dataDir, 'word-frequency', `${lang}.txt`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  };
  let nb: string[] | undefined;
  let en: string[] | undefined;
  return {
    get nb() {
      return (nb ??= read('nb'));
    },
    get en() {
      return (en ??= read('en'));
    },
  };
}
