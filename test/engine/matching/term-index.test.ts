import { describe, expect, it } from 'vitest';
import { assembleNow } from '../../../src/engine/assembly/assembly.js';
import { TermIndex } from '../../../src/engine/matching/term-index.js';
import { textTermIdsOf } from '../../../src/engine/matching/text-term-ids.js';

interface IndexedText {
  intent: number;
  terms: string[];
}

/** A small deterministic pseudo-random source, so the index and its questions are the same every run. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = Array.from({ length: 40 }, (_, i) => (i % 7 === 0 ? `#concept${i}` : `word${i}`));
const INTENTS = 30;
const SHARE = 0.7;

function corpus(): IndexedText[] {
  const random = prng(42);
  const texts: IndexedText[] = [];
  for (let intent = 0; intent < INTENTS; intent++) {
    // Some intents say the same thing twice (duplicates are indexed once, counted twice in centroids).
    for (let n = 0; n < 2 + Math.floor(random() * 4); n++) {
      const terms = Array.from({ length: 2 + Math.floor(random() * 5) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
      texts.push({ intent, terms });
      if (random() < 0.2) texts.push({ intent, terms: [...terms] });
    }
  }
  return texts;
}

const texts = corpus();
const index = assembleNow(
  TermIndex.assemble(
    textTermIdsOf(texts.map((t) => t.terms)),
    Int32Array.from(texts, (t) => t.intent),
    INTENTS,
    { concept: 0.5 },
  ),
);

/** Every intent's ranking score computed exactly (each intent scored as the always-scored one). */
function exactScores(terms: string[]): number[] {
  return Array.from({ length: INTENTS }, (_, intent) => {
    const { best, centroid } = index.score(index.vector(terms), SHARE, intent);
    return SHARE * best[intent]! + (1 - SHARE) * centroid[intent]!;
  });
}

function topThree(scores: ReadonlyArray<[number, number]>): Array<[number, number]> {
  // Best first; among equal scores the lower intent first (as a pass in intent order keeps them).
  return [...scores]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 3);
}

describe('TermIndex scoring with early exit', () => {
  const random = prng(7);
  const questions = Array.from({ length: 200 }, () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => WORDS[Math.floor(random() * WORDS.length)]!));

  it('finds the same best three intents, with the same scores, among the intents it scored exactly as a score of every intent', () => {
    for (const terms of questions) {
      const expected = topThree(exactScores(terms).map((s, intent) => [intent, s]));
      const { best, centroid } = index.score(index.vector(terms), SHARE, -1);
      const scored = [...index.scoredIntents()];
      const found = topThree(scored.map((intent) => [intent, SHARE * best[intent]! + (1 - SHARE) * centroid[intent]!]));
      expect(found).toEqual(expected);
    }
  });

  it('lists the intents it scored in ascending order, the always-scored one included', () => {
    for (const terms of questions) {
      index.score(index.vector(terms), SHARE, 3);
      const scored = [...index.scoredIntents()];
      expect(scored).toEqual([...scored].sort((a, b) => a - b));
      expect(new Set(scored).size).toBe(scored.length);
    }
  });

  it('leaves no score of an earlier question behind for intents the next question does not touch', () => {
    index.score(index.vector(WORDS), SHARE, -1);
    const { best, centroid } = index.score(index.vector(['word1']), SHARE, -1);
    const touched = corpus()
      .filter((t) => t.terms.includes('word1'))
      .map((t) => t.intent);
    for (let intent = 0; intent < INTENTS; intent++) {
      if (touched.includes(intent)) continue;
      expect(best[intent]).toBe(0);
      expect(centroid[intent]).toBe(0);
    }
  });
});
