import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { loneQuestion } from '../../../src/engine/message/lone-question.js';
import { seedEngine } from '../../support/seed-engine.js';

const lone = (text: string): string | undefined => loneQuestion(cleanMessage(text));

describe('loneQuestion: the one self-contained question of a long message', () => {
  it('finds the question told around', () => {
    const message = "I'm reading a biography of Kim Il-sung. The book is long. When did Kim Il-sung die? No spoilers.";
    expect(lone(message)).toBe('When did Kim Il-sung die?');
  });

  it('takes Norwegian "de" and "det" inside a question for articles and dummy subjects, not for pointing back', () => {
    const message =
      'Jeg så at USA anklaget Nord-Korea. Det virker rart at Kreml ikke kommenterte. Hvordan har Russland svart på anklagene om at de kjøper granater? Sikkert propaganda.';
    expect(lone(message)).toBe('Hvordan har Russland svart på anklagene om at de kjøper granater?');
  });

  it.each([
    // Too short to be a telling: read whole.
    'When did Kim Il-sung die? No spoilers.',
    // Pointing back into the telling: the question needs it.
    'My uncle read about the bridge. He was surprised. How long is it? He thinks 2 km.',
    'Min onkel leste om brua. Han ble overrasket. Når stengte de den? Han tror 2019.',
    'God kveld. Min sønn sier at broen ble stengt på grunn av koronaen. Er det riktig, og i så fall når skjedde det? Hilsen Solveig',
    // Two questions.
    'I read the story. It was long. Who took the pictures? And when?',
  ])('%j has none', (text) => expect(lone(text)).toBeUndefined());
});

describe('Engine: a long message whose one question asks a detail the article does not give', () => {
  const engine = seedEngine();

  it('says the article does not give it, whichever entry the telling around the question matches', () => {
    // The telling ("Soviet officials installed him as the first leader in 1948") drew the founding's entry at 0.87.
    const message =
      "I'm reading a biography of Kim Il-sung right now and it's fascinating. The article says Soviet officials installed him as the first leader in 1948. The book is long and I'm skipping ahead a bit. When did Kim Il-sung die? I don't want spoilers, but I'm impatient.";
    const answer = engine.ask(message);
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.question).toBe(message);
  });

  it('still answers a long message whose question the article answers', () => {
    const message = 'My class is reading the train story this week. We argued about the pictures. Who took the satellite images of the train? Thanks!';
    expect(engine.ask(message).intent).toBe('image-analysis');
  });
});
