import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../../src/config/project-paths.js';
import { assembleNow } from '../../../src/engine/assembly/assembly.js';
import { assembleEngine } from '../../../src/engine/assembly/engine-assembly.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { loadSeedFiles } from '../../../src/kb/seed-files.js';

describe('assembleEngine', () => {
  const kb = loadSeedFiles(DATA_DIR);
  const parts = { kb, lexicon: readLexicon(), translate: createTranslator() };

  it('puts together every entry that is not retired, with the details each answer gives', () => {
    const retired = { ...kb, entries: kb.entries.map((e) => (e.id === 'kim-horses' ? { ...e, retired: true } : e)) };
    const internals = assembleNow(assembleEngine({ ...parts, kb: retired }, true));
    expect(internals.entries.has('kim-horses')).toBe(false);
    expect(internals.entries.size).toBe(kb.entries.length - 1);
    expect(internals.details.get('image-1024')?.has('clock')).toBe(true);
  });

  it("prepared for a bot swapping engines, also works out the pictures' series, the times of day and the latest year", () => {
    const prepared = assembleNow(assembleEngine(parts, true));
    expect(prepared.pictures).toEqual(['image-1024', 'image-1310', 'image-1429']);
    expect(prepared.clockTimes).toEqual([10 * 60 + 24, 13 * 60 + 10, 14 * 60 + 29]);
    expect(prepared.latestYear).toBe(2022);
    const plain = assembleNow(assembleEngine(parts));
    expect(plain.pictures).toBeUndefined();
    expect(plain.latestYear).toBeUndefined();
  });
});
