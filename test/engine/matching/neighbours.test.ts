import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../../src/config/project-paths.js';
import { Engine } from '../../../src/engine/engine.js';
import { closeNeighbours } from '../../../src/engine/matching/neighbours.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { loadSeedFiles } from '../../../src/kb/seed-files.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('closeNeighbours', () => {
  it('keeps the runner-ups scoring close to the best, best first', () => {
    const ranked = [
      { intent: 'a', score: 0.8 },
      { intent: 'b', score: 0.7 },
      { intent: 'c', score: 0.4 },
    ];
    expect(closeNeighbours(ranked)).toEqual(['b']);
    expect(closeNeighbours([])).toEqual([]);
  });
});

describe('Engine: the close neighbour carrying what the question asks for', () => {
  const engine = seedEngine();

  it('answers what a speaker said with the claim that speaker made, not the claim the entry on top reviews', () => {
    const { answer, match } = engine.inspect('the americans claim one thing, but what did pyongyang say about the weapons?');
    // Without the speaker, the US claim's entry ranks first: its text also reports North Korea's words.
    expect(match?.ranked[0]?.intent).toBe('claim-arms-supply');
    expect(answer.intent).toBe('dprk-denial');
  });

  it('answers with the close neighbour that alone gives the count asked for, rather than saying the article lacks it', () => {
    for (const q of [
      'how many images show the train at the border?',
      'how many satellite pictures show the train',
      'how many satellite pictures were there of the train?',
    ]) {
      const { answer, match } = engine.inspect(q);
      // The crossing's entry scores first (its words are the question's) but counts no images.
      expect(match?.ranked[0]?.intent).toBe('train-crossing');
      expect(answer.intent).toBe('image-analysis');
    }
  });

  it('answers with the picture that alone gives the time the train was seen, though another entry scores first', () => {
    const { answer, match } = engine.inspect('what time was the train spotted on the north korean side of the border?');
    expect(match?.ranked[0]?.intent).toBe('first-in-years');
    expect(answer.intent).toBe('image-1024');
  });

  it('offers first the neighbour that gives the time of day asked for', () => {
    const answer = engine.ask('what time did the train cross the border?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions[0]?.id).toBe('image-1310');
  });

  it('offers first, when asked when, the near-tied neighbour placing the time over one telling it relative to the claim', () => {
    const { answer, match } = engine.inspect('when was the photo of the train taken?');
    expect(match?.ranked[0]?.intent).toBe('train-crossing');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('unsure');
    expect(answer.suggestions.map((s) => s.id)).toEqual(['image-1024', 'train-crossing']);
  });

  it('still answers when from an entry telling the time relative to the claim, with no neighbour near a tie', () => {
    expect(engine.ask('when did the train cross into Russia?').intent).toBe('train-crossing');
  });

  it('leaves an entry reporting the speaker without a claim of its own to answer what they said', () => {
    const { answer, match } = engine.inspect('hva sa kirby om at de følger med på forsendelsene');
    // Kirby's own claim (the covert shipments) is a close neighbour, but the monitoring is his words too.
    expect(match?.ranked[1]?.intent).toBe('covert-shipments');
    expect(answer.intent).toBe('us-monitoring');
  });
});

describe('Engine: a close neighbour giving a count of something else', () => {
  // The entry on who took the images, told as counting satellites instead: it gives a number, but not of images.
  const kb = loadSeedFiles(DATA_DIR);
  const satellites = { en: 'Planet Labs has four satellites over Korea.', nb: 'Planet Labs har fire satellitter over Korea.' };
  const engine = new Engine({
    kb: { ...kb, entries: kb.entries.map((e) => (e.id === 'image-analysis' ? { ...e, answer: satellites } : e)) },
    lexicon: readLexicon(),
    translate: createTranslator(),
  });

  it('is not offered as giving the count asked for', () => {
    const answer = engine.ask('how many images show the train at the border?');
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toEqual(['train-crossing']);
  });
});
