import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutAskersKin } from '../../../src/engine/message/askers-kin.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutAskersKin', () => {
  it.each([
    ['my grandson asks who took the pictures', 'who took the pictures'],
    ['barnebarnet mitt lurer på hvem som tok bildene', 'hvem som tok bildene'],
    ['min sønn vil vite om kim har hester', 'om kim har hester'],
    ['my grandson says hi', 'says hi'],
    ["who was kim's grandfather", 'who was kim grandfather'],
    ['hvem er farfaren til kim', 'hvem er farfaren til kim'],
    // Words between the possessive and who asks, and whose person it is in Norwegian.
    ['my little brother wants to know if kim likes horses', 'if kim likes horses'],
    ['my history teacher asked if anyone knows what the train carried', 'if anyone knows what the train carried'],
    ['faren til kjæresten min spør hvem som var første leder', 'hvem som var første leder'],
    ['what did my little brother ask', 'what did my little brother ask'],
  ])('%j reads as %j', (q, read) => expect(withoutAskersKin(tokenize(q)).join(' ')).toBe(read));
});

describe('withoutAskersKin: people asking through the asker', () => {
  it('leaves out who asks and their asking', () => {
    expect(withoutAskersKin(tokenize('my neighbour wants to know who took the pictures')).join(' ')).toBe('who took the pictures');
    expect(withoutAskersKin(tokenize('kompisen min lurer på hvor lang brua er')).join(' ')).toBe('hvor lang brua er');
  });

  it('keeps what they say: hearsay to be checked', () => {
    expect(withoutAskersKin(tokenize('my uncle says the bridge is long')).join(' ')).toBe('my uncle says the bridge is long');
  });
});

describe("Engine: the asker's own kin are not the article's", () => {
  const engine = seedEngine();

  it("does not answer a question about the asker's grandson with the Kim dynasty", () => {
    expect(engine.ask('Hello dear. My grandson set this up. Can you tell me how to send a picture on this Discord thing?').intent).toBeNull();
  });

  it('answers what the asker passes on from their family', () => {
    expect(engine.ask('min sønn er hestegal og vil vite om Kim har hester').intent).toBe('kim-horses');
    expect(engine.ask("who was Kim Jong-un's grandfather").intent).toBe('history-1948');
  });

  it('answers what the asker asks for someone else they name', () => {
    expect(engine.ask('læreren vår lurer på når Nord-Korea ble grunnlagt').intent).toBe('history-1948');
    expect(engine.ask('my little brother wants to know if Kim Jong-un actually likes horses lol 🐴').intent).toBe('kim-horses');
    expect(engine.ask('my history teacher asked if anyone actually knows what the train was carrying').intent).toBe('cargo-unknown');
  });
});
