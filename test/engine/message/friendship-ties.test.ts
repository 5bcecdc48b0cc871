import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withFriendshipAsTies } from '../../../src/engine/message/friendship-ties.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withFriendshipAsTies', () => {
  it.each([
    ['how old is the friendship between norway and russia', 'how old is the relationship between norway and russia'],
    ['har landene vært venner lenge', 'har landene vært forholdet lenge'],
    ['hvor lenge har russland og nordkorea vært homies', 'hvor lenge har russland og nordkorea vært relationship'],
    ['have russia and nk always been allies', 'have russia and nk always been relationship'],
    // "Bromance" begins as the bridge does ("bro"), and is no bridge.
    ['how far back does this russia nk bromance go', 'how far back does this russia nk relationship go'],
  ])('reads %j as %j', (question, read) => expect(withFriendshipAsTies(tokenize(question)).join(' ')).toBe(read));

  it('leaves the bridge named by its friendship, however typed, and friends of no country', () => {
    for (const question of ['how long is the friendship bridge to russia', 'is the friendship brige the only link to russia', 'hei venner, hvem tok bildene'])
      expect(withFriendshipAsTies(tokenize(question))).toEqual(tokenize(question));
  });
});

describe('Engine: the two countries’ friendship', () => {
  const engine = seedEngine();

  it('answers with how far back their ties go, not with the Friendship Bridge (declined, the bridge offered first)', () => {
    expect(engine.ask('how old is the friendship between north korea and russia').intent).toBe('history-1948');
    // Nynorsk "vener" (declined as unsure).
    expect(engine.ask('kor lenge har nk og russland vore vener').intent).toBe('history-1948');
  });

  it('still answers about the bridge', () => {
    expect(engine.ask('how long is the friendship bridge between russia and north korea?').intent).toBe('friendship-bridge');
  });
});
