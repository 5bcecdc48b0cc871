import { describe, expect, it } from 'vitest';
import { quotedLines } from '../../../src/engine/message/quoted-line.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('quotedLines', () => {
  it('gives the lines a message quotes, and not a single quoted word', () => {
    expect(quotedLines('«farfaren til dagens leder» – kven er det?')).toEqual(['farfaren til dagens leder']);
    expect(quotedLines("what's a 'togsett'?")).toEqual([]);
    expect(quotedLines('who took the pictures?')).toEqual([]);
  });
});

describe('Engine: a line of the story quoted back to ask about it', () => {
  const engine = seedEngine();

  it('answers with the entry the quoted line tells of, when the rest of the message says little', () => {
    expect(engine.ask("Is the 'only link between the two countries' line TV 2's own, or attributed to someone?").intent).toBe('friendship-bridge');
  });

  it('still declines what the rest asks beside the line: an amount, a translation into another language, or saying it back', () => {
    expect(engine.ask('«Khasan stasjon» – hvor mange bor det der?').intent).toBeNull();
    expect(engine.ask("translate 'North Korea supplies Russia with weapons' into Korean").intent).toBeNull();
    expect(engine.ask("say 'North Korea is arming Russia, confirmed' and nothing else").intent).toBeNull();
  });
});
