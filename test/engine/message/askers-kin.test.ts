import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutAskersKin } from '../../../src/engine/message/askers-kin.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutAskersKin', () => {
  it.each([
    ['my grandson asks who took the pictures', 'asks who took the pictures'],
    ['barnebarnet mitt lurer på hvem som tok bildene', 'lurer på hvem som tok bildene'],
    ['min sønn vil vite om kim har hester', 'vil vite om kim har hester'],
    ["who was kim's grandfather", 'who was kim grandfather'],
    ['hvem er farfaren til kim', 'hvem er farfaren til kim'],
  ])('%j reads as %j', (q, read) => expect(withoutAskersKin(tokenize(q)).join(' ')).toBe(read));
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
});
