import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAVED_BUILD_LAYOUT } from './saved-build.js';

// The engine's code (built or source, whichever is running) sits beside this folder.
const ENGINE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'engine');

/**
 * Identifies everything a saved engine model depends on besides the knowledge base: the lexicon
 * and the engine's own code (and the layout of what is saved). Any change to either makes old
 * saved models unusable, so nobody has to remember to bump a version.
 */
export function engineFingerprint(lexiconJson: string): string {
  const hash = createHash('sha256').update(SAVED_BUILD_LAYOUT).update(lexiconJson);
  for (const file of listFiles(ENGINE_DIR)) hash.update(path.relative(ENGINE_DIR, file)).update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 32);
}

function listFiles(dir: string): string[] {
  return (
    fs
      .readdirSync(dir, { withFileTypes: true })
      // Plain code-unit order: localeCompare would load the locale's collation rules on every start.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((d) => {
        const full = path.join(dir, d.name);
        if (d.isDirectory()) return listFiles(full);
        return /\.(js|ts)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
      })
  );
}
