import { describe, expect, it } from 'vitest';
import { givesLength, onlyNamesUnit, isLengthUnit, numberAndUnit } from '../../../src/engine/message/length-units.js';

describe('length units', () => {
  it('knows the units of length of both languages, and no other word', () => {
    for (const unit of ['km', 'kilometres', 'meter', 'metres', 'miles', 'mil', 'feet']) expect(isLengthUnit(unit), unit).toBe(true);
    for (const word of ['wagons', 'vogner', 'hours', 'kr', 'north']) expect(isLengthUnit(word), word).toBe(false);
  });

  it('finds a length given as a number or a number word', () => {
    expect(givesLength(['The bridge is 800 metres long.'])).toBe(true);
    expect(givesLength(['at Khasan, about two kilometres from the border'])).toBe(true);
    expect(givesLength(['Broen er 800 meter lang.'])).toBe(true);
    expect(givesLength(['a train with three wagons at 10:24'])).toBe(false);
  });

  it('splits a number typed together with its unit', () => {
    expect(numberAndUnit('2km')).toEqual(['2', 'km']);
    expect(numberAndUnit('800m')).toEqual(['800', 'm']);
    expect(numberAndUnit('38north')).toBeUndefined();
    expect(numberAndUnit('km')).toBeUndefined();
  });

  it('knows a sentence that only names the unit wanted', () => {
    expect(onlyNamesUnit(['km'])).toBe(true);
    expect(onlyNamesUnit(['helst', 'i', 'meter'])).toBe(true);
    expect(onlyNamesUnit(['how', 'many', 'km'])).toBe(false);
    expect(onlyNamesUnit(['the', 'bridge'])).toBe(false);
  });
});
