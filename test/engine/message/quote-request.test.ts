import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutQuoteRequest } from '../../../src/engine/message/quote-request.js';

describe('withoutQuoteRequest: how someone’s words are to be given, said beside what is asked', () => {
  it.each([
    ['Hva sa Nord-Korea i september, ordrett?', 'hva sa nord korea september'],
    ['exact words of the White House accusation', 'the white house accusation'],
    ["what were Kirby's exact words about the shipments", 'what were kirby about the shipments'],
    ['hva var den nøyaktige ordlyden i benektelsen', 'hva var benektelsen'],
    ['give me the full quote from 38 North', 'give me 38 north'],
  ])('%j is matched as %j', (q, left) => expect(withoutQuoteRequest(tokenize(q)).join(' ')).toBe(left));

  it.each(['exact words?', 'ordrett', 'how many words were in the letters', 'hva betyr ordet tenketank'])('%j keeps its tokens', (q) => {
    const tokens = tokenize(q);
    expect(withoutQuoteRequest(tokens)).toBe(tokens);
  });
});
