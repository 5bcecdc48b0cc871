import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { asksPictureCredit } from '../../../src/engine/message/picture-credit.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksPictureCredit', () => {
  it.each([
    'where does the photo of Kim with his horse come from',
    'who snapped that pic of kim at the launch',
    'hvem har tatt bildet av Kim og raketten?',
    'hvor stammer fotoet av Kim fra',
    'photo credit for the missile picture pls',
    'bildet av kim, kven har teke det',
    'hestebildet, hvor kommer det fra',
    // The credit named by a compound.
    'Fotokreditt på bildet av missiloppskytingen?',
  ])('%j asks who took or published a picture', (q) => expect(asksPictureCredit(messageTokens(q))).toBe(true));

  it.each([
    'where did the train in the pictures come from',
    'who took the train across the border',
    'hvor kom toget fra på bildene',
    'what do the pictures show',
    'where is Khasan',
  ])('%j asks no picture credit', (q) => expect(asksPictureCredit(messageTokens(q))).toBe(false));
});

describe('Engine: who took a picture the article shows', () => {
  const engine = seedEngine();

  it.each([
    ['where does the photo of Kim with his horse come from', 'article-about'],
    ['who snapped that pic of kim at the launch', 'article-about'],
    ['hvem har tatt bildet av Kim og raketten?', 'article-about'],
    ['hvor stammer fotoet av Kim til hest fra', 'article-about'],
    ['bildet av Kim på hesteryggen, hvor kommer det fra', 'article-about'],
    ['which agency released the photo of kim at the missile launch', 'article-about'],
    ['hvilket nyhetsbyrå distribuerte fotoet av Kim til hest?', 'article-about'],
    ['hvem står bak fotoet av Kim på hesteryggen?', 'article-about'],
  ])('%j is answered by the entry crediting the pictures (%s), not the one on their subject', (q, id) => {
    expect(engine.ask(q).intent).toBe(id);
  });

  it('keeps the satellite images with the entry that tells who took them', () => {
    expect(engine.ask('who took the satellite photos of the train').intent).toBe('image-analysis');
    expect(engine.ask('hvem tok bildene av toget?').intent).toBe('image-analysis');
    // Their source asked, when the entry on what they show ranks first.
    expect(engine.ask('need the source for the satellite photos of the train crossing').intent).toBe('image-analysis');
    expect(engine.ask('who is behind the satellite images').intent).toBe('image-analysis');
    // An unknown name beside it ("the CIA") lowered the match below the cut: still the entry that tells who took them.
    expect(engine.ask('who took the satellite photos, the CIA?').intent).toBe('image-analysis');
  });

  it('answers who made the graphics with the credits, not with the entry on the satellite images', () => {
    expect(engine.ask('Hvem står bak bildene og grafikken i saken?').intent).toBe('article-about');
  });

  it('answers what a picture shows by its subject', () => {
    expect(engine.ask('what does the photo of kim on his horse show').intent).toBe('kim-horses');
  });
});
