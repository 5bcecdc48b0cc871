import { describe, expect, it } from 'vitest';
import { withoutAnswerForm } from '../../../src/engine/message/answer-form.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutAnswerForm', () => {
  it.each([
    ['yes or no: did NK deny it?', 'did NK deny it?'],
    ['bare tallet: hvor lang er broen', 'hvor lang er broen'],
    ['hvem analyserte satellittbildene? bare navnet', 'hvem analyserte satellittbildene'],
    ['did putin and kim swap letters y/n', 'did putin and kim swap letters'],
    ['would NK arms exports break a UN resolution? yes/no', 'would NK arms exports break a UN resolution'],
    ['just the year pls, when did they close the bridge', 'when did they close the bridge'],
    ['svar med ett ord: hvem analyserte bildene', 'hvem analyserte bildene'],
    ['how many ICBMs did NK fire this year? number only', 'how many ICBMs did NK fire this year'],
    ['kort fortalt: hvem eier ferja?', 'hvem eier ferja?'],
    ['tl;dr who owns the ferry', 'who owns the ferry'],
    ['hvem eier ferja? med få ord', 'hvem eier ferja'],
    ['what did the captain say, in a few words', 'what did the captain say'],
    ['hva er en bilferje? i én setning', 'hva er en bilferje'],
    ['who is the captain? briefly pls', 'who is the captain'],
    ['hvem er kapteinen? kort', 'hvem er kapteinen'],
  ])('reads %j as %j', (q, left) => expect(withoutAnswerForm(q)).toBe(left));

  it('leaves a message that is only the form, or uses the words for something asked', () => {
    for (const q of ['short version?', 'is it one or two trains?', 'was it just the number of wagons', 'var turen lang eller kort', 'kort?', 'tl;dr pls'])
      expect(withoutAnswerForm(q)).toBe(q);
  });
});

describe('Engine: a question with how short the reply is to be', () => {
  const engine = seedEngine();

  it('answers the question, not a name or a number the form seems to ask', () => {
    expect(engine.ask('hvem analyserte satellittbildene? bare navnet').intent).toBe('image-analysis');
    expect(engine.ask('did putin and kim swap letters y/n').intent).toBe('putin-kim-letters');
    // "no" is no number asked ("resolution no."): the resolution's entry answers.
    expect(engine.ask('would NK arms exports break a UN resolution? yes/no').intent).toBe('un-arms-ban');
    // Declined at 0.05: "kort" read as a word asked about.
    expect(engine.ask('hvem er planet labs? kort').intent).toBe('image-analysis');
  });
});
