import { describe, expect, it } from 'vitest';
import { afterGreeting } from '../../../src/engine/message/leading-greeting.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('afterGreeting', () => {
  it.each([
    ['heisann hvor lang er brua', 'hvor lang er brua'],
    ['good morning everyone how long is the bridge', 'how long is the bridge'],
    ['jalla hvem er kirby', 'hvem er kirby'],
    ['privet hvem tok bildene', 'hvem tok bildene'],
  ])('%j asks %j', (q, left) => expect(afterGreeting(messageTokens(q))?.join(' ')).toBe(left));

  it.each(['hei der', 'good morning', 'hvor lang er brua', 'the good morning show'])('%j opens with no greeting before a question', (q) =>
    expect(afterGreeting(messageTokens(q))).toBeUndefined(),
  );
});

describe('Engine: a greeting on the way into a question', () => {
  const engine = seedEngine();

  it.each([
    ['heisann hvem har analysert bildene', 'image-analysis'],
    ['jalla hvor lang er vennskapsbroen', 'friendship-bridge'],
    ['hei hvem er john kirby', 'covert-shipments'],
  ])('%j is answered with %s', (q, id) => expect(engine.ask(q).intent).toBe(id));

  it('is still a greeting when nothing after it is answered', () => {
    expect(engine.ask('hei hvordan går det').intent).toBe('greeting');
  });
});
