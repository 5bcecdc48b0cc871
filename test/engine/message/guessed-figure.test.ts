import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { guessedFigure } from '../../../src/engine/message/guessed-figure.js';
import { seedEngine } from '../../support/seed-engine.js';

const guess = (text: string) => guessedFigure(tokenize(text), text);

describe('guessedFigure', () => {
  it.each([
    ['the bridge shut in 2017?', 'time'],
    ['was the locomotive pulling 25 wagons', 'quantity'],
    ['hundreds of thoroughbreds from Russia?', 'quantity'],
    ['was the Khasan picture taken at 15:45?', 'clock'],
    ['north korea denied it in march, right?', 'month'],
  ])('%j puts a figure to be checked (%s)', (text, detail) => {
    const figure = guess(text);
    expect(figure?.detail).toBe(detail);
    expect(figure?.rest.some((t) => /\d/.test(t))).toBe(false);
  });

  it.each(['was the ferry line 1520 or the other one?', 'ferja, 20 eller 40 fots containere?'])('%j counts no thing in "or"', (text) =>
    expect(guess(text)?.counted).toBeUndefined(),
  );

  it('takes "a couple" and the "only" bounding it as part of the guess', () => {
    expect(guess('Has North Korea only tested a couple of missiles this year?')?.rest).toEqual([
      'has',
      'north',
      'korea',
      'tested',
      'of',
      'missiles',
      'this',
      'year',
    ]);
    expect(guess('stemmer det at de bare har skutt et par raketter?')?.rest).toEqual(['stemmer', 'det', 'at', 'de', 'har', 'skutt', 'raketter']);
  });

  it.each(['did the ferry sail on the 4th of november?', 'seilte ferja 4. november?', 'seilte ferja den ellevte november?', 'did it sail on november 4?'])(
    '%j puts a day of a month to be checked, which a month does not settle',
    (text) => expect(guess(text)?.detail).toBe('date'),
  );

  it('reads no day in "TV 2, november" nor a month alone', () => {
    expect(guess('er saken fra TV 2, november 2022?')?.detail).not.toBe('date');
    expect(guess('did the ferry sail in november?')?.detail).toBe('month');
  });

  it('takes a threshold before the figure as part of the guess ("more than 50", "fler enn tre")', () => {
    expect(guess('were there more than 50 ferries this year?')?.rest).toEqual(['were', 'there', 'ferries', 'this', 'year']);
    expect(guess('var det fler enn tre ferjer?')?.rest).toEqual(['var', 'det', 'ferjer']);
  });

  it('takes a length and its unit as the guess, typed apart or as one word', () => {
    for (const text of ['the crossing is about 3 km long?', 'the crossing is about 3km long?']) {
      const figure = guess(text);
      expect(figure?.counted).toEqual({ figure: '3', thing: 'km' });
      expect(figure?.rest).toEqual(['the', 'crossing', 'is', 'about', 'long']);
    }
  });

  it('takes a small count in words before what it counts as the guess, as the article writes its counts', () => {
    expect(guess('hadde toget seks vogner?')?.counted).toEqual({ figure: '6', thing: 'vogner' });
    expect(guess('were there seven wagons?')?.counted).toEqual({ figure: '7', thing: 'wagons' });
    // English "fire" before a plural fires them; "to" and "one" are mostly no counts.
    expect(guess('did they fire missiles this year?')).toBeUndefined();
    expect(guess('did it go to russia?')).toBeUndefined();
  });

  it('takes a decimal length as one figure, but not a time of day', () => {
    expect(guess('is the bridge 1.5km long?')?.rest).toEqual(['is', 'the', 'bridge', 'long']);
    expect(guess('broen er 1,5 km lang?')?.counted).toEqual({ figure: '1', thing: 'km' });
    expect(guess('was it taken at 2.30?')?.detail).toBe('clock');
  });

  it('takes a speed as a speed, which no length corrects', () => {
    expect(guess('Toget kjørte vel i 60 km/t over broen, ikke 30?')?.detail).toBe('speed');
  });

  it.each([
    ['Du tar feil, broa ble stengt i 2021 og ikkje i 2020', 'time'],
    ['nah the bridge is like 1.5km, not 800m', 'quantity'],
    ["you're wrong, NK was founded in 1950", 'time'],
  ])('%j, a statement saying what was said is wrong, puts its figure to be checked (%s)', (text, detail) => expect(guess(text)?.detail).toBe(detail));

  it.each(['how many missiles did they fire in 2017?', 'when did the bridge close in 2020', 'was the bridge closed?', 'the bridge closed in 2020.'])(
    '%j does not',
    (text) => expect(guess(text)).toBeUndefined(),
  );
});

describe('Engine: a wrong figure put to be checked is answered by the entry that gives the right one', () => {
  const engine = seedEngine();

  it.each([
    ['the Friendship Bridge was shut in 2017?', 'friendship-bridge'],
    ['did North Korea get its first leader in 1961?', 'history-1948'],
    ['Kim bought dozens of thoroughbreds?', 'kim-horses'],
    ['was the bridge 1200 metres long?', 'friendship-bridge'],
    // A length in another unit than the entry's ("800 metres"): it was declined, its unit pulling the station "two kilometres" away.
    ['the friendship bridge is about 5 km long, right?', 'friendship-bridge'],
    ['vennskapsbroen er 3km lang?', 'friendship-bridge'],
    // Ranked the station "two kilometres" away first, and too bare without the length to be answered alone.
    ['broa er vel omtrent 5 km lang, ikke sant?', 'friendship-bridge'],
    // A count of wagons, though the cargo's entry ranked first: the closest entry counting wagons gives the count.
    ['was it a train of 40 wagons?', 'image-1024'],
    ['hadde toget tolv vogner?', 'image-1024'],
    // A small count in words: "fire" (four) was read as the word of "fire av bildene", the pictures' entry.
    ['sto toget med seks vogner på nordkoreansk side?', 'image-1024'],
    ['did the train have eight wagons?', 'image-1024'],
    // A month: the denial's entry gives September.
    ['north korea denied in august, correct?', 'dprk-denial'],
    // Pushback on what was said, with no question mark: the entry with the right figure answers.
    ['Du tar feil, broa ble stengt i 2021 og ikkje i 2020', 'friendship-bridge'],
    ['nah the friendship bridge is like 1.5km, not 800m', 'friendship-bridge'],
  ])('%j is answered with %s', (question, id) => expect(engine.ask(question).intent).toBe(id));

  it('but a question for a figure the article lacks is still declined', () => {
    expect(engine.ask('how many missiles did North Korea fire in 2016?').intent).toBeNull();
    // A speed, which the article does not give: the bridge's length does not correct it.
    expect(engine.ask('Toget kjørte vel i 60 km/t over broen, ikke 30?').intent).toBeNull();
    // A span of time counts no things, and "38" in "38 North" is a name.
    expect(engine.ask('how should I teach the Korean War to 14-year-olds?').kind).not.toBe('entry');
    expect(engine.ask('is 38 North a serious think tank or just pundits?').kind).not.toBe('entry');
  });
});
