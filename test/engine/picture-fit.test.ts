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

  it('gives the two pictures a question asks the time between: named by their order, else the closest two of the series', () => {
    const between = (q: string, match: Match): string[] => pictures.between(messageTokens(q), match).map((e) => e.id);
    expect(between('hvor lang tid gikk det mellom første og andre bilde', matched(null, 'image-1310', 'friendship-bridge'))).toEqual([
      'image-1310',
      'image-1024',
    ]);
    expect(between('how long did it take the train from the border to the station', matched(null, 'image-1429', 'friendship-bridge', 'image-1310'))).toEqual([
      'image-1429',
      'image-1310',
    ]);
    // A length, not a time; one picture among the closest; an entry outside the series answering.
    expect(between('how long from the bridge to the station', matched(null, 'image-1429', 'image-1310'))).toEqual([]);
    expect(between('how long did it take from the claim to the pictures', matched(null, 'train-crossing', 'image-1024', 'white-house-shells'))).toEqual([]);
    expect(between('how long did it take from the 10:24 picture to Khasan', matched('claim-arms-supply', 'image-1024', 'image-1429'))).toEqual([]);
  });

  it("credits the pictures with the article's credits, unless the closest entry tells who took its own", () => {
    const tokens = (q: string): string[] => q.split(' ');
    expect(pictures.crediting(matched(null, 'kim-horses', 'article-about'), tokens('who took the photo of kim'))?.id).toBe('article-about');
    expect(pictures.crediting(matched('image-analysis', 'image-analysis', 'article-about'), tokens('who took the photos'))).toBeUndefined();
    // Declined with that entry closest: it answers, unless the credits score as much or the graphics are asked about.
    expect(pictures.crediting(matched(null, 'image-analysis', 'article-about'), tokens('who took the photos'))?.id).toBe('image-analysis');
    expect(pictures.crediting(matched(null, 'image-analysis', 'article-about'), tokens('who made the photos and graphics'))?.id).toBe('article-about');
  });
});

describe('Engine: two pictures named by their times, or the time between two asked', () => {
  const engine = seedEngine();

  it.each([
    ['how much time passed between the 10:24 picture and the one at 13:10?', ['image-1024', 'image-1310']],
    ['hvor mange minutter gikk det fra bildet kl 13.10 til det kl 14.29?', ['image-1310', 'image-1429']],
    ['was the train closer to the border at 13:10 or at 14:29', ['image-1310', 'image-1429']],
    // The time between two pictures named by their places or their order.
    ['How long did it take the train to get from the North Korean side to Khasan?', ['image-1024', 'image-1429']],
    ['hvor lang tid gikk det fra toget var ved broen til det sto på stasjonen', ['image-1310', 'image-1429']],
    ['Hvor lang tid tok det fra første til siste bilde av toget?', ['image-1024', 'image-1429']],
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
