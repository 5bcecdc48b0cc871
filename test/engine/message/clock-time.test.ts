import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('times of day said in words or with am/pm', () => {
  it('reads an hour word followed by minute words as digits, in English and Norwegian', () => {
    expect(messageTokens('ten twenty-four picture')).toEqual(['10', '24', 'picture']);
    expect(messageTokens('at fourteen twenty nine')).toEqual(['at', '14', '29']);
    expect(messageTokens('ten oh five')).toEqual(['10', '05']);
    expect(messageTokens('klokka tretten ti')).toEqual(['klokka', '13', '10']);
    expect(messageTokens('kl fjorten tjueni')).toEqual(['kl', '14', '29']);
  });

  it('reads four digits after the clock’s word as hour and minutes, and four digits elsewhere as a year or a number', () => {
    expect(messageTokens('kl 1430 ish')).toEqual(['kl', '14', '30', 'ish']);
    expect(messageTokens('klokka 1024')).toEqual(['klokka', '10', '24']);
    expect(messageTokens('what about 1948')).toEqual(['what', 'about', '1948']);
    expect(messageTokens('kl 2530')).toEqual(['kl', '2530']);
  });

  it('reads an hour said alone after the clock’s word, or before a word for about that time, in daytime', () => {
    expect(messageTokens('klokka ett')).toEqual(['klokka', '13', '00']);
    expect(messageTokens('rundt ett-tida')).toEqual(['rundt', '13', '00']);
    expect(messageTokens('ved 13-tiden')).toEqual(['ved', '13', '00']);
    // Minutes after it: the whole time, as before.
    expect(messageTokens('klokka ti tjuefire')).toEqual(['klokka', '10', '24']);
  });

  it('answers where the train was around one o’clock with the picture taken then', () => {
    // Declined as unsure: "ett" and "tida" read as words.
    expect(seedEngine().ask('rundt ett-tida, hvor var toget da?').intent).toBe('image-1310');
  });

  it('reads times told by the half and quarter hours, in daytime', () => {
    expect(messageTokens('klokka halv elleve')).toEqual(['klokka', '10', '30']);
    expect(messageTokens('halv tre')).toEqual(['14', '30']);
    expect(messageTokens('half past ten')).toEqual(['10', '30']);
    expect(messageTokens('kvart over ett')).toEqual(['13', '15']);
    expect(messageTokens('a quarter to two')).toEqual(['13', '45']);
    expect(messageTokens('kvart på 11')).toEqual(['10', '45']);
    // Not a half or a quarter of something else.
    expect(messageTokens('half the wagons')).toEqual(['half', 'the', 'wagons']);
  });

  it('turns an afternoon time into the 24-hour clock the article uses', () => {
    expect(messageTokens('the 2.29pm photo')).toEqual(['the', '14', '29', 'photo']);
    expect(messageTokens('at 1:10 pm')).toEqual(['at', '13', '10']);
    expect(messageTokens('one ten pm')).toEqual(['13', '10']);
    expect(messageTokens('the 2pm image')).toEqual(['the', '14', '00', 'image']);
    expect(messageTokens('at 1 pm')).toEqual(['at', '13', '00']);
  });

  it('reads counts in words as counts, not times (from ten up as digits: spoken-number.ts)', () => {
    expect(messageTokens('three wagons')).toEqual(['three', 'wagons']);
    expect(messageTokens('twenty four wagons')).toEqual(['24', 'wagons']);
    expect(messageTokens('ten minutes')).toEqual(['10', 'minutes']);
    expect(messageTokens('tre vogner')).toEqual(['tre', 'vogner']);
  });

  it('reads minutes said before the hour', () => {
    // In daytime, as a time told by the quarter hours is.
    expect(messageTokens('ten minutes past one')).toEqual(['13', '10']);
    expect(messageTokens('twenty-nine minutes after 14')).toEqual(['14', '29']);
    expect(messageTokens('tjuefire minutter over ti')).toEqual(['10', '24']);
  });

  it('reads round minutes said before the hour without the word "minutes", in daytime', () => {
    expect(messageTokens('ti over ett om ettermiddagen')).toEqual(['13', '10', 'om', 'ettermiddagen']);
    // Nynorsk's "eitt".
    expect(messageTokens('ka viste bildet ti over eitt')).toEqual(['ka', 'viste', 'bildet', '13', '10']);
    expect(messageTokens('five past two')).toEqual(['14', '05']);
    expect(messageTokens('twenty-five past ten')).toEqual(['10', '25']);
    expect(messageTokens('ti på elleve')).toEqual(['10', '50']);
    expect(messageTokens('fem på halv tre')).toEqual(['14', '25']);
    expect(messageTokens('fem over halv elleve')).toEqual(['10', '35']);
    // Not odds, not minutes no one rounds to, not a count over something else.
    expect(messageTokens('ten to one it was weapons')).toEqual(['ten', 'to', 'one', 'it', 'was', 'weapons']);
    expect(messageTokens('sju over ett')).toEqual(['sju', 'over', 'ett']);
    expect(messageTokens('ti over hele landet')).toEqual(['ti', 'over', 'hele', 'landet']);
  });
});
