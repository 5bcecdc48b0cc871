import { describe, expect, it } from 'vitest';
import { askedDetail } from '../../src/engine/message/asked-detail.js';
import { messageTokens } from '../../src/engine/message/message-tokens.js';
import { seedEngine } from '../support/seed-engine.js';

describe('Engine: two pictures named by their times', () => {
  const engine = seedEngine();

  it.each([
    ['how much time passed between the 10:24 picture and the one at 13:10?', ['image-1024', 'image-1310']],
    ['hvor mange minutter gikk det fra bildet kl 13.10 til det kl 14.29?', ['image-1310', 'image-1429']],
    ['was the train closer to the border at 13:10 or at 14:29', ['image-1310', 'image-1429']],
  ])('%j is answered with both pictures, one as the answer and one beside it', (question, pictures) => {
    const answer = engine.ask(question);
    expect(pictures).toContain(answer.intent);
    expect(pictures).toContain(answer.related?.id);
    expect(answer.related?.id).not.toBe(answer.intent);
  });

  it('declines a detail neither picture gives, asked between them', () => {
    const answer = engine.ask('how many kilometres per hour did the train go between 10:24 and 13:10?');
    expect(answer.intent).toBeNull();
    expect(askedDetail(messageTokens('how many kilometres per hour did it go'))).toBe('speed');
  });
});
