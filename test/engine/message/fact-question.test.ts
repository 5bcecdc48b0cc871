import { describe, expect, it } from 'vitest';
import { asksForFact } from '../../../src/engine/message/fact-question.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';

describe('asksForFact', () => {
  it.each(['who took the photo', 'where is it from', 'how many horses were there', 'hvem tok bildet', 'kor kom toget frå', 'når skjedde det'])(
    'a question for a particular fact: %j',
    (question) => {
      expect(asksForFact(messageTokens(question))).toBe(true);
    },
  );

  it.each(['and the horses?', 'what about kirby', 'hva er greia med toget', 'is it true they sell shells'])('a question about a topic: %j', (question) => {
    expect(asksForFact(messageTokens(question))).toBe(false);
  });
});
