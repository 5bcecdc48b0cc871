import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/config/project-paths.js';
import type { Match } from '../../src/engine/matching/matcher.js';
import { askedDetail } from '../../src/engine/message/asked-detail.js';
import { messageTokens } from '../../src/engine/message/message-tokens.js';
import { PictureFit } from '../../src/engine/picture-fit.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';
import { seedEngine } from '../support/seed-engine.js';

describe('PictureFit', () => {
  const entries = new Map(loadSeedFiles(DATA_DIR).entries.map((e) => [e.id, e]));
  const pictures = new PictureFit(entries, () => true);
  const matched = (intent: string | null, ...ranked: string[]): Match =>
    ({ intent, confidence: intent === null ? 0.4 : 0.9, ranked: ranked.map((id, i) => ({ intent: id, score: 0.8 - i / 10 })) }) as Match;

  it('names the picture at a place in the series, whichever picture matched best', () => {
    expect(pictures.at(0, matched('image-1310', 'image-1310', 'image-1024'), messageTokens('what did the first picture show'))?.id).toBe('image-1024');
    expect(pictures.at(-1, matched(null, 'image-1024', 'train-crossing'), messageTokens('what does the last picture show'))?.id).toBe('image-1429');
  });

  it('names no picture for a question about none of them', () => {
    expect(pictures.at(0, matched('un-arms-ban', 'un-arms-ban', 'sanctions-enforcement'), messageTokens('the first resolution'))).toBeUndefined();
  });

  it('orders two pictures named by their times as the match ranks them', () => {
    const ids = pictures.atTimes(messageTokens('between 13 10 and 10 24'), matched(null, 'image-1310', 'image-1024').ranked, 'en').map((e) => e.id);
    expect(ids).toEqual(['image-1310', 'image-1024']);
  });

  it("credits the pictures with the article's credits, unless the closest entry tells who took its own", () => {
    expect(pictures.crediting(matched(null, 'kim-horses', 'article-about'))?.id).toBe('article-about');
    expect(pictures.crediting(matched('image-analysis', 'image-analysis', 'article-about'))).toBeUndefined();
  });
});

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
