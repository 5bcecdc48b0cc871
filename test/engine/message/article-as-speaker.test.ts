import { describe, expect, it } from 'vitest';
import { withoutArticleAsSpeaker } from '../../../src/engine/message/article-as-speaker.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutArticleAsSpeaker: the article named as the one who says it', () => {
  it.each([
    ['what does TV 2 say about the horses', 'the horses'],
    ['hva skriver TV2 om hestene', 'hestene'],
    ['ifølge artikkelen, hva var i toget', 'hva var toget'],
    ['according to the article who took the pictures', 'who took the pictures'],
  ])('%j asks about %j', (message, left) => expect(withoutArticleAsSpeaker(messageTokens(message)).join(' ')).toBe(left));

  it.each([
    ['read the TV 2 article, who owns the ferry', 'who owns the ferry'],
    ['jeg leste saken på tv2 hvem eier ferja', 'hvem eier ferja'],
  ])('%j, the asker having read it, reads as %j', (message, left) => expect(withoutArticleAsSpeaker(messageTokens(message)).join(' ')).toBe(left));

  it.each([
    ['does the article mention a horse train?', 'horse train'],
    ['Does it say how many satellite images there were?', 'how many satellite images there were'],
    ['is there anything in there about the bridge', 'the bridge'],
    ['nevner artikkelen FN?', 'fn'],
    ['nevner de Putin i artikkelen?', 'putin'],
    ['står det noe om interkontinentale raketter?', 'interkontinentale raketter'],
    ['sier artikkelen noe om lasten?', 'lasten'],
    ['står det i artikkelen hvor lang brua er', 'hvor lang brua er'],
    // Whether what was just said is in it.
    ['someone said the ferry sank. is that actually in the article?', 'someone said the ferry sank'],
    ['noen sa at ferja sank. står det egentlig i saken?', 'noen sa at ferja sank'],
    ['the ferry sank, does the article say that?', 'the ferry sank'],
  ])('%j, asking whether the article tells it, asks about %j', (message, left) => expect(withoutArticleAsSpeaker(messageTokens(message)).join(' ')).toBe(left));

  it.each([
    ['where in the piece does it say nobody could tell what the cargo was?', 'nobody could tell what the cargo was'],
    ['which line is about 1948?', '1948'],
    ['kvar i saka kjem det fram at USA framleis følgjer med', 'usa framleis følgjer med'],
    ['hvilket avsnitt nevner Kim Il-sung?', 'kim il sung'],
    ['hvor er biten om brevvekslinga', 'brevvekslinga'],
  ])('%j, asking where the article tells it, asks about %j', (message, left) => expect(withoutArticleAsSpeaker(messageTokens(message)).join(' ')).toBe(left));

  it.each([
    ['how many ferries sailed that year, as of when this was written?', 'how many ferries sailed that year'],
    ['var det bevist da artikkelen ble skrevet?', 'var det bevist'],
    ['what was known at the time this piece came out', 'what was known'],
  ])("%j, naming the article's own time, asks %j", (message, left) => expect(withoutArticleAsSpeaker(messageTokens(message)).join(' ')).toBe(left));

  it.each([
    'what does tv 2 say',
    'who published this on tv 2',
    'hvem skrev saken',
    'står det i saken',
    'when was the article written',
    'hvor kommer hestene fra',
  ])('%j is left whole', (message) => {
    const tokens = messageTokens(message);
    expect(withoutArticleAsSpeaker(tokens)).toBe(tokens);
  });
});

describe('Engine: what TV 2 says about a topic', () => {
  it('answers whether what was just said is in the article with the entry telling it', () => {
    // Answered with the entry on the article at 0.97.
    expect(seedEngine().ask('a friend said the train ended up at Khasan station. is that actually in the article?').intent).toBe('image-1429');
  });

  it('answers the topic, not what the article is', () => {
    expect(seedEngine().ask('what does TV 2 say about the horses').intent).toBe('horse-train');
    expect(seedEngine().ask('hva sier artikkelen om rakettestene i år?').intent).toBe('missile-tests');
    // Nothing but the article asked about.
    expect(seedEngine().ask('what does tv 2 say?').intent).toBe('article-about');
    // The asker saying they read it, then asking.
    expect(seedEngine().ask('Read the TV 2 article — who took the satellite pictures?').intent).toBe('image-analysis');
  });

  it('answers whether the article tells something with the entry that tells it (all were declined), and declines what none gives', () => {
    const engine = seedEngine();
    expect(engine.ask('does the article mention a horse train?').intent).toBe('horse-train');
    expect(engine.ask('står det hvor mange vogner toget hadde?').intent).toBe('image-1024');
    expect(engine.ask('is there anything in there about the bridge').intent).toBe('friendship-bridge');
    expect(engine.ask('står det noe om hvor mange hester det var?').intent).toBeNull();
    expect(engine.ask('does the article mention Wagner?').intent).toBeNull();
    // Read years later (declined: "written" drew the entry on the article).
    expect(engine.ask('How many missiles had been fired that year, as of when this was written?').intent).toBe('missile-tests');
  });
});
