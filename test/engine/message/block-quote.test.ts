import { describe, expect, it } from 'vitest';
import { ownLines } from '../../../src/engine/message/block-quote.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('ownLines: what a chat reply says besides the message it quotes', () => {
  it('keeps the lines that are not quoted', () => {
    expect(ownLines('> the bridge is 800 m\nthanks!')).toBe('thanks!');
    expect(ownLines('hei\n> første gang her\nhvem tok bildene?')).toBe('hei\nhvem tok bildene?');
  });

  it('is undefined without a quote, or with nothing besides it', () => {
    expect(ownLines('who took the pictures')).toBeUndefined();
    expect(ownLines('is 2 > 1?')).toBeUndefined();
    expect(ownLines('> just a quote\n  ')).toBeUndefined();
  });
});

describe('Engine: a reply quoting the answer it got', () => {
  const engine = seedEngine();

  it('thanks or greets in its own lines: that is answered, not the quote (the quote was answered before)', () => {
    expect(engine.ask('> Planet Labs took the pictures and 38 North analysed them\nthanks a lot').intent).toBe('thanks');
    expect(engine.ask('> the friendship bridge is 800 metres long\nah ok, cheers').intent).toBe('thanks');
  });

  it('asks about the quote in its own lines: the quote says what about', () => {
    expect(engine.ask('> Kim Jong-un er kjent for sin hesteinteresse\nhva er greia med det?').intent).toBe('kim-horses');
    expect(engine.ask('> the US says North Korea is sending shells to Russia\nthanks, but is that proven?').intent).not.toBe('thanks');
  });
});
