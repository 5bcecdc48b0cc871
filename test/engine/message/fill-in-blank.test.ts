import { describe, expect, it } from 'vitest';
import { hasBlank, withBlanksAsked } from '../../../src/engine/message/fill-in-blank.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('fill-in-blank', () => {
  it('puts a blank before a count, a month or a clock as the question it stands for, in the asker’s language', () => {
    expect(withBlanksAsked('Hestetoget hadde ___ hester om bord', 'nb')).toBe('Hestetoget hadde hvor mange hester om bord');
    expect(withBlanksAsked('the train was ____ metres long', 'en')).toBe('the train was how many metres long');
    expect(withBlanksAsked('bildene ble tatt den ___. november', 'nb')).toBe('bildene ble tatt den hvilken dato. november');
    expect(withBlanksAsked("first seen at ___ o'clock", 'en')).toBe("first seen at what time o'clock");
  });

  it('leaves a blank that stands for a thing, or an adjective before a plural, as no question of its own', () => {
    expect(withBlanksAsked('bildene ble tatt av ___', 'nb').trim()).toBe('bildene ble tatt av');
    expect(withBlanksAsked('enforcing the ___ sanctions', 'en')).toBe('enforcing the   sanctions');
    expect(withBlanksAsked('from ___ and ___ weapons', 'en')).toBe('from   and   weapons');
    expect(hasBlank('__bold__')).toBe(false);
  });

  it('declines a blank for a figure the article lacks, as the question would be', () => {
    const answer = seedEngine().ask('Hestetoget hadde ___ hester om bord');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(seedEngine().ask('Fill in: The Friendship Bridge between N. Korea and Russia is ____ metres long').intent).toBe('friendship-bridge');
  });
});
