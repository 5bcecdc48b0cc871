import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksCauseOfTimeMarker } from '../../../src/engine/message/time-marker.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksCauseOfTimeMarker: why something happened that a text names only as a time', () => {
  const texts = ['The ferry ran every day until the strike of 2019.', 'Ferja gikk hver dag fram til streiken i 2019, til Bergen.'];

  it.each(['why was there a strike', 'hvorfor streiket de', 'hvorfor ble det streik'])('%j asks a cause the texts do not give', (q) =>
    expect(asksCauseOfTimeMarker(texts, tokenize(q))).toBe(true),
  );

  it.each([
    // Asked of what the texts tell, or of a place after "til" (to), or with a reason given.
    'why did the ferry run every day',
    'hvorfor gikk ferja til Bergen',
    'when was the strike',
  ])('%j does not', (q) => expect(asksCauseOfTimeMarker(texts, tokenize(q))).toBe(false));

  it('finds no such question when the text gives a reason', () => {
    expect(asksCauseOfTimeMarker(['The ferry stopped after the strike, because the crew left.'], tokenize('why was there a strike'))).toBe(false);
  });

  it('declines why the Soviet Union collapsed, offering the entry that dates Soviet aid by it', () => {
    const answer = seedEngine().ask('what made the Soviet Union collapse, and why did it collapse?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('soviet-aid');
  });
});
