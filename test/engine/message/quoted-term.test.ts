import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { quotedTerm } from '../../../src/engine/message/quoted-term.js';
import { seedEngine } from '../../support/seed-engine.js';

const term = (message: string) => {
  const text = cleanMessage(message);
  return quotedTerm(text, messageTokens(text));
};

describe('quotedTerm', () => {
  it.each([
    ["what's a 'togsett'?", ['togsett']],
    ['what does «tollmyndigheter» mean', ['tollmyndigheter']],
    ['hva er «omlasting» egentlig', ['omlasting']],
    ['how do I translate "kommersielle satellittselskapet"?', ['kommersielle', 'satellittselskapet']],
    // One word unquoted where its meaning is asked.
    ['what does håndhever mean in the part about the ferry', ['håndhever']],
    ['hva betyr omlasting', ['omlasting']],
  ])('%j quotes %j to have it explained', (message, words) => expect(term(message)).toEqual(words));

  it.each([
    "what day was the '10:24' photo taken?",
    'translate pls: "Russisk bistand var også avgjørende for Nord-Korea fram til Sovjetunionens kollaps"',
    'who took the pictures?',
    // The asker saying what they mean, not asking what a word means.
    "how much did they pay for the horses? I mean the exact sum, not 'thousands'",
    // An acronym's expansion is another question.
    'Hva betyr KCNA, hva står forkortelsen for?',
  ])('%j does not', (message) => expect(term(message)).toBeUndefined());

  it('still reads a word\'s meaning asked beside the asker\'s own "I mean"', () => {
    expect(term("I mean, what does 'omlasting' mean")).toEqual(['omlasting']);
  });
});

describe('Engine: a quoted word of the story asked about', () => {
  const engine = seedEngine();

  it('answers with the entry whose text uses it, its text in the language of the word beside the answer', () => {
    const answer = engine.ask("what's a 'togsett'? is that the 13:10 picture?");
    expect(answer.intent).toBe('image-1310');
    expect(answer.entry?.textIn?.lang).toBe('nb');
    expect(answer.answer).toMatch(/\nIn Norwegian: .*togsettet/);
  });

  it('answers a word asked unquoted with the entry whose text uses it (declined as unsure at 0.68)', () => {
    expect(engine.ask('what does håndhever mean in the part about russia and the sanctions').intent).toBe('sanctions-enforcement');
  });

  it('does not for a word several entries use, nor beside a question for a detail the entries lack', () => {
    expect(engine.ask("what is a 'tenketank'?").entry?.textIn).toBeUndefined();
    expect(engine.ask("what's the exact date on the 'satellittbilder'? not 'two days after'").intent).toBeNull();
  });
});
