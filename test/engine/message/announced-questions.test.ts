import { describe, expect, it } from 'vitest';
import { announcesQuestions } from '../../../src/engine/message/announced-questions.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('announcesQuestions: a greeting, then word that questions are coming', () => {
  it.each([
    'Hello, I wish to ask you some questions about the train',
    'hi there, hope you can help me with a couple of questions about this story',
    'Hei! Jeg lurer på noe om denne saken',
    'God morgon! Eg har nokre spørsmål om saka.',
    'God kveld. Jeg er lærer og har noen spørsmål knyttet til denne saken.',
    'hello, I have a few questions related to the ferry story',
    'hey, can I ask you something?',
    // The lone "a" the tokens lose: "a few things".
    'hey, my aunt wants me to ask you a few things about the ferry',
  ])('%j announces', (text) => expect(announcesQuestions(messageTokens(text))).toBe(true));

  it.each([
    // Something is asked, before or after the announcement.
    'hey quick question did north korea deny it',
    'hei, spørsmål: hvem tok bildene',
    'hey factbot, how does this work? do I just type a question?',
    // No greeting: "questions about the bridge" may be what is asked.
    'I have some questions about the bridge',
    // More than what the questions are about follows.
    'hi, question about the bridge length is it 800 m',
  ])('%j does not', (text) => expect(announcesQuestions(messageTokens(text))).toBe(false));
});

describe('Engine: questions announced, none asked', () => {
  const engine = seedEngine();

  it('greets in the asker’s language instead of answering or declining the topic', () => {
    for (const [question, lang] of [
      ['Hello, I am wish to ask you some questions about the news of the train', 'en'],
      ['Hei! jeg er ny her og lurer på noe om denne togsaken', 'nb'],
      // Answered with what the article is about at 0.74.
      ['hello! my grandad asked me to ask you a few things about north korea', 'en'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBe('greeting');
      expect(answer.lang, question).toBe(lang);
    }
  });
});
