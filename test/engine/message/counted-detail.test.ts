import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { askedDetail } from '../../../src/engine/message/asked-detail.js';
import {
  asksWhetherSomeoneToldCount,
  asksWhetherCountTold,
  namesAskedYearOnlySince,
  countedThing,
  countedWords,
  counts,
  leavesKindUncounted,
  leavesUncounted,
  speaksOf,
} from '../../../src/engine/message/counted-detail.js';
import { offeredDetails } from '../../../src/engine/message/offered-details.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('a particular day, a price, a count of something', () => {
  it('reads which day a question asks for, and which texts give one', () => {
    expect(askedDetail(tokenize('on which day in october did they say it'))).toBe('day');
    expect(askedDetail(tokenize('kva dag kom meldinga'))).toBe('day');
    expect(offeredDetails('The vets reported it on Friday.').has('day')).toBe(true);
    expect(offeredDetails('It was said on 12 March.').has('day')).toBe(true);
    expect(offeredDetails('It was said in March.').has('day')).toBe(false);
  });

  it('reads a price asked after a longer name for the thing', () => {
    expect(askedDetail(tokenize('what does a fully grown racehorse cost'))).toBe('price');
  });

  it('finds what a question counts, and whether a text counts it', () => {
    expect(countedWords(tokenize('on how many individual photos does the report rely'))).toEqual(['photos', 'does']);
    expect(countedThing(tokenize('hvor mange ulike skip sank'))).toBe('skip');
    expect(countedThing(tokenize('how many of the ships sank'))).toBe('ships');
    expect(countedThing(tokenize('hvor mange hester'))).toBe('hester');
    expect(leavesUncounted(['They spent millions of euros on ships.'], 'ships')).toBe(true);
    expect(leavesUncounted(['Two of the ships sank.'], 'ships')).toBe(false);
    expect(leavesUncounted(['It is impossible to say how many ships sank.'], 'ships')).toBe(false);
    // Not known, but not how many: "what the ships carried" leaves them uncounted.
    expect(leavesUncounted(['It is impossible to determine what the ships carried. Ships were seen.'], 'ships')).toBe(true);
    expect(leavesUncounted(['Nothing sank.'], 'ships')).toBe(false);
  });

  it('reads a count before "X or Y" as counting Y too ("three other, smaller ships or boats")', () => {
    expect(counts(['Three other, smaller ships or boats lay nearby.'], 'boats')).toBe(true);
    expect(counts(['Tre andre, mindre skip eller båter lå like ved.'], 'båter')).toBe(true);
    expect(leavesUncounted(['Ships or boats lay nearby.'], 'boats')).toBe(true);
  });

  it('reads Norwegian "to" (two) right before the thing as a count, not the English preposition elsewhere', () => {
    expect(counts(['To dager etter påstanden ble bildene tatt.'], 'dager')).toBe(true);
    expect(counts(['The shells were sold to customers abroad.'], 'customers')).toBe(false);
    expect(seedEngine().ask('Hvor mange dager etter USAs påstand ble bildene tatt?').intent).toBe('train-crossing');
  });

  it('reads the word a count belongs to after a first word the text names uncounted', () => {
    expect(countedWords(tokenize('how many cargo ships sank'))).toEqual(['cargo', 'ships']);
    expect(countedWords(tokenize('how many ships'))).toEqual(['ships']);
    const texts = ['A cargo company owns them. Two of the ships sank.'];
    expect(leavesUncounted(texts, 'cargo')).toBe(true);
    expect(counts(texts, 'ships')).toBe(true);
  });

  it('reads the thing counted before the count in a search, what was done to it after', () => {
    expect(countedWords(tokenize('kim horses how many bought'))).toEqual(['horses']);
    expect(countedWords(tokenize('hester hvor mange solgt'))).toEqual(['hester']);
    // Only then: "containers at khasan how many" names no thing just before the count.
    expect(countedWords(tokenize('containers at khasan how many'))).toEqual([]);
    expect(seedEngine().ask('russian horses how many bought by kim').intent).toBeNull();
  });

  it('reads "how many years ago" as asking when', () => {
    expect(askedDetail(tokenize('how many years ago did it start'))).toBe('time');
    expect(askedDetail(tokenize('kor mange år sidan byrja det'))).toBe('time');
  });
});

describe('Engine: a count or a day the article does not give', () => {
  const engine = seedEngine();

  it('takes a kind the text names uncounted as not counted by a count of the things at large', () => {
    const texts = ['They launched dozens of missiles, among them the first nuclear missiles in years.'];
    expect(leavesKindUncounted(texts, 'nuclear', ['missiles'])).toBe(true);
    expect(leavesKindUncounted(texts, 'cruise', ['missiles'])).toBe(false);
    expect(leavesKindUncounted(['Dozens of nuclear missiles flew.'], 'nuclear', ['missiles'])).toBe(false);
  });

  it.each([
    ['how many intercontinental missiles did they launch this year', 'missile-tests'],
    ['how many thoroughbreds are in kim jong-un’s stables', 'kim-horses'],
    ['på hvilken dag i september benektet Nord-Korea våpensalget?', 'dprk-denial'],
    // The White House would not say how many: that answers whether it said, not how many.
    ['how many shells did north korea send', 'white-house-shells'],
    ['hvor mange granater er det snakk om', 'white-house-shells'],
  ])('says so for %j and offers the entry on the topic', (question, topic) => {
    const answer = engine.ask(question);
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain(topic);
  });

  it('takes a year the text names only as the point since when as no count of that year', () => {
    const text = ['The ferry made 40 crossings this year, its first night crossings since 2019.'];
    expect(namesAskedYearOnlySince(text, tokenize('how many crossings in 2019'))).toBe(true);
    expect(namesAskedYearOnlySince(text, tokenize('how many crossings this year'))).toBe(false);
    expect(namesAskedYearOnlySince(['It made 12 crossings in 2019, the most since 2015.'], tokenize('how many crossings in 2019'))).toBe(false);
    expect(engine.ask('how many rockets were test-fired in the year 2017?').intent).toBeNull();
  });

  it("declines a month asked of a year the entry names only as the point since when (answered from a 2022 photo's month)", () => {
    const answer = engine.ask('which month in 2017 was the previous ICBM test?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions[0]?.id).toBe('missile-tests');
  });

  it('answers whether a count was given with the entry saying it was not', () => {
    expect(asksWhetherCountTold(tokenize('did the white house say how many shells'))).toBe(true);
    expect(asksWhetherCountTold(tokenize('how many shells did they send'))).toBe(false);
    // Told to the asker: the asker's own request for the number, not whether it was given.
    expect(asksWhetherCountTold(tokenize('how many ferries sank? give me a number'))).toBe(false);
    expect(asksWhetherCountTold(tokenize('did the ministry tell us how many ferries sank'))).toBe(true);
    expect(engine.ask('did the white house say how many shells').intent).toBe('white-house-shells');
    expect(engine.ask('oppga amerikanerne hvor mange granater det gjaldt?').intent).toBe('white-house-shells');
    // "Put a number on", "release figures": declined as a count the article does not give.
    expect(asksWhetherCountTold(tokenize('did the ministry put a number on how many ferries sank'))).toBe(true);
    expect(engine.ask('has Washington put a number on how many artillery shells went to Russia?').intent).toBe('white-house-shells');
  });

  it('answers a count the article gives, in other words than the question', () => {
    expect(engine.ask('kor mange missila skaut dei opp i 2022').intent).toBe('missile-tests');
    expect(engine.ask('what day did the russian vets say the horse train crossed').intent).toBe('horse-train');
    expect(engine.ask('how many years ago did the relations between moscow and pyongyang begin').intent).toBe('history-1948');
    // "Four of the images": pics, photos and images are one thing to the lexicon.
    expect(engine.ask('how many satellite pics were there of the train').intent).toBe('image-analysis');
  });
});

describe('a count of things the knowledge base never speaks of', () => {
  it('finds whether texts speak of a thing at all', () => {
    expect(speaksOf(['Four of the images show the train.'], 'images')).toBe(true);
    expect(speaksOf(['Four of the images show the train.'], 'staff')).toBe(false);
  });
});

describe('Engine: a count of things an entry names by another word', () => {
  const engine = seedEngine();

  it('does not take a text that speaks of the train without counting trains ("two days after …") for a count of them', () => {
    const answer = engine.ask('hvor mange tog passerte grensen den dagen?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });

  it('still answers with the entry counting the pictures, whatever word the question uses for them', () => {
    expect(engine.ask('how many pictures of the train were published?').intent).toBe('image-analysis');
  });
});

describe('asksWhetherSomeoneToldCount', () => {
  it.each([
    ['did the americans say how many shells there were', true],
    ['sa de noe om hvor mange granater det var', true],
    // Six words from the saying to the count: "sa dem i usa noe om hvor mye" ("i" is dropped).
    ['sa dem i usa noe om hvor mye granater det var snakk om', true],
    ['om amerikanerne sa noe om hvor mange granater det var', true],
    // The number itself, asked of the bot, known, or a sum of money.
    ['how many shells did the pentagon say were sent', false],
    ['can you tell me how many shells', false],
    ['do you know how many shells were sent', false],
    ['er det oppgitt hvor mye russland har betalt', false],
  ])('%j: %s', (q, asks) => expect(asksWhetherSomeoneToldCount(tokenize(q))).toBe(asks));
});

describe('Engine: whether a number was given, where no entry was sure', () => {
  const engine = seedEngine();

  it("answers with the entry saying the White House would not give it (Kirby's monitoring ranked first)", () => {
    const { answer, match } = engine.inspect('om amerikanerne sa noe om hvor mange granater det var snakk om');
    expect(match?.ranked[0]?.intent).toBe('us-monitoring');
    expect(answer.intent).toBe('white-house-shells');
    expect(engine.ask('did the americans say how many shells we are talking about?').intent).toBe('white-house-shells');
  });

  it('still says the article does not give the number itself', () => {
    expect(engine.ask('how many shells are we talking about?').intent).toBeNull();
  });
});

describe('Engine: a count of a thing an entry names by no word for it', () => {
  const engine = seedEngine();

  it("does not answer with the cargo's entry, and offers the picture counting the wagons first (answered at 0.83)", () => {
    const answer = engine.ask('how many cars did the train have');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions[0]?.id).toBe('image-1024');
  });
});
