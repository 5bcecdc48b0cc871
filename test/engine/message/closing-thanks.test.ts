import { describe, expect, it } from 'vitest';
import { beforeThanks } from '../../../src/engine/message/closing-thanks.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('beforeThanks', () => {
  it.each([
    ['hvem tok bildene takk', 'hvem tok bildene'],
    ['who took the pictures thank you so much', 'who took the pictures'],
    ['hvor lang er brua på forhånd takk', 'hvor lang er brua'],
    ['how much did they spend thanks', 'how much did they spend'],
  ])('%j asks %j', (q, left) => expect(beforeThanks(messageTokens(q))?.join(' ')).toBe(left));

  it.each(['tusen takk', 'thank you so much', 'how much did they spend', 'why so much'])('%j closes with no thanks after a question', (q) =>
    expect(beforeThanks(messageTokens(q))).toBeUndefined(),
  );
});

describe('Engine: thanks on the way out of a question', () => {
  const engine = seedEngine();

  it.each([
    ['hvem tok bildene takk', 'image-analysis'],
    ['who took the pictures thanks', 'image-analysis'],
    ['hvor lang er brua på forhånd takk', 'friendship-bridge'],
  ])('%j is answered with %s', (q, id) => expect(engine.ask(q).intent).toBe(id));

  it('is still thanks when nothing before it is asked', () => {
    expect(engine.ask('tusen takk').intent).toBe('thanks');
    expect(engine.ask('thank you so much bot').intent).toBe('thanks');
  });
});
