import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/engine/analysis/analyzer.js';
import { Lexicon } from '../../../src/engine/analysis/lexicon.js';
import { seedEngine } from '../../support/seed-engine.js';

function analyzer(): Analyzer {
  const a = new Analyzer(new Lexicon());
  a.learn('Når ble vennskapsbroen stengt? Broen har en venn. Hvor mange hester? Hard kamp om odd.', 'nb');
  return a;
}

describe('words typed apart', () => {
  it('joins an unknown piece with its neighbours into the known word they spell', () => {
    const analysis = analyzer().analyzeQuestion('når ble venn skaps broen stengt', 'nb');
    expect(analysis.unknown).toEqual([]);
    expect(analysis.terms).toContain(analyzer().analyzeQuestion('vennskapsbroen', 'nb').terms[0]);
  });

  it('does not join words into a compound of what happened to stand side by side', () => {
    expect(analyzer().analyzeQuestion('hvor mange har dødd', 'nb').unknown).toEqual(['dødd']);
  });

  it('lets a split word reach the entry its whole word reaches', () => {
    const engine = seedEngine();
    expect(engine.inspect('hvor lang var vennskapsbroen egentlig').answer.intent).toBe('friendship-bridge');
    expect(engine.inspect('hvor lang var venn skaps broen egentlig').answer.intent).toBe('friendship-bridge');
  });
});

describe('an English typo that splits into two known words', () => {
  it('is read as the word it misspells, not as a compound of them ("suplying" is no "sup" + "lying")', () => {
    const answer = seedEngine().ask('has pyongyang been suplying moscow with ammunition?');
    expect(answer.intent).toBe('claim-arms-supply');
  });

  it('still reads a joined English name as its two words', () => {
    expect(seedEngine().ask('what did the whitehouse accuse north korea of').intent).toBe('white-house-shells');
  });
});

describe('a phrase typed without its space', () => {
  it('is the phrase: "northkorea" is North Korea, "whitehouse" the White House', () => {
    const engine = seedEngine();
    expect(engine.ask('did northkorea deny selling arms to russia').intent).toBe('dprk-denial');
    expect(engine.ask('what did the whitehouse say about the shells').intent).toBe('white-house-shells');
  });
});
