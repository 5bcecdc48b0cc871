import { describe, expect, it } from 'vitest';
import { beforeHedge } from '../../../src/engine/message/closing-hedge.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('beforeHedge', () => {
  it.each([
    ['did the white house release any proof or just vibes', 'did the white house release any proof'],
    ['sender nord-korea våpen eller', 'sender nord korea våpen'],
    ['har de bevis ja eller nei', 'har de bevis'],
    ['is it true or false', 'is it true'],
    // What else it may be: a meme, a rumour, a myth.
    ['did the US publish evidence or is that just a rumour', 'did the us publish evidence'],
    ['sendte de våpen elr er det bare et rykte', 'sendte de våpen'],
    ['selger de våpen elr er det fake news', 'selger de våpen'],
    // What the asker never heard of.
    ['who is 38 north never heard of them', 'who is 38 north'],
    ['hvem er Kirby, har aldri hørt om han før', 'hvem er kirby'],
    // A tag asking the statement to be confirmed.
    ['ferja gikk fra Bergen, ikke sant', 'ferja gikk fra bergen'],
    ['ferja sank i 2019, var det ikke det', 'ferja sank 2019'],
    ['the captain said that, did not he', 'the captain said that'],
    ['the ferry sank in a storm, is that right', 'the ferry sank in storm'],
  ])('%j asks %j', (q, left) => expect(beforeHedge(messageTokens(q))?.join(' ')).toBe(left));

  it.each(['eller?', 'russia or north korea', 'or nah', 'the ferry turned right', 'ikke sant'])('%j closes with no hedge after a question', (q) =>
    expect(beforeHedge(messageTokens(q))).toBeUndefined(),
  );
});

describe('Engine: a hedge closing a yes/no question', () => {
  it('answers the question before it', () => {
    expect(seedEngine().ask('did the WH release any proof or just vibes').intent).toBe('white-house-shells');
    expect(seedEngine().ask('Who is 38 North, never heard of them').intent).toBe('image-analysis');
    expect(seedEngine().ask('does kim really love horses or is it just a meme').intent).toBe('kim-horses');
    // "Fake news" in the hedge asks no opinion of the bot: the question was declined as one.
    expect(seedEngine().ask('stemmer det at nordkorea selger våpen til putin elr er det fake news').intent).toBe('claim-arms-supply');
    // Declined at 0.37 and 0.52: "sant" and "correct" read as asking what is true.
    expect(seedEngine().ask('saka er fra TV 2 i november 2022, ikke sant?').intent).toBe('article-about');
    expect(seedEngine().ask('the Soviet aid ended in the 1970s, is that right?').intent).toBe('soviet-aid');
  });
});
