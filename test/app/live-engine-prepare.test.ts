import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app/factbot-app.js';
import { SpellingIndex } from '../../src/engine/analysis/spelling-index.js';
import { WordRarity } from '../../src/engine/analysis/word-rarity.js';
import { useTempDir } from '../support/temp-dir.js';

// Misspelt words (the spelling index), a lone everyday word (the word ranks), details asked of entries.
const QUESTIONS = [
  'Hvem tok satelitbildene av toget?',
  'same',
  'When did the train cross the border?',
  'How many wagons did the train have?',
  'hvor lang er brua',
];

describe('a bot’s engine (prepared)', () => {
  const tempDir = useTempDir();
  afterEach(() => vi.restoreAllMocks());

  // What the first questions would otherwise build is built before the bot takes any: its first members wait for nothing.
  it('builds nothing while it answers, and answers as an engine that builds on first use', () => {
    const file = path.join(tempDir(), 'factbot.db');
    createApp({ FACTBOT_DB: file }).close();
    // Every spelling index, built at once or in pieces, allocates its tables once.
    const spelling = vi.spyOn(SpellingIndex.prototype as unknown as { allocate: () => void }, 'allocate');
    const ranks = vi.spyOn(WordRarity.prototype, 'prepare');

    const lazy = createApp({ FACTBOT_DB: file });
    const expected = QUESTIONS.map((q) => lazy.engine.current().ask(q));
    lazy.close();
    expect(spelling).toHaveBeenCalled();
    expect(ranks).toHaveBeenCalled();

    const prepared = createApp({ FACTBOT_DB: file }, { engine: { prepare: true } });
    spelling.mockClear();
    ranks.mockClear();
    expect(QUESTIONS.map((q) => prepared.engine.current().ask(q))).toEqual(expected);
    prepared.close();
    expect(spelling).not.toHaveBeenCalled();
    expect(ranks).not.toHaveBeenCalled();
  });
});
