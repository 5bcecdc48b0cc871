import { describe, expect, it } from 'vitest';
import { LetterRuns } from '../../../src/engine/language/letter-runs.js';

describe('LetterRuns', () => {
  const letters = new LetterRuns();
  for (const word of ['bygning', 'kjenning', 'sikkerhet', 'tenkning', 'jernbane', 'bekkene', 'flikken']) letters.add(word, 1, 0);
  for (const word of ['station', 'through', 'thinking', 'weather', 'nation', 'whether', 'nothing']) letters.add(word, 0, 1);

  it('votes for the language whose words run with the same letters', () => {
    expect(letters.vote('kjenninger')).toBeGreaterThan(0);
    expect(letters.vote('throughout')).toBeLessThan(0);
  });

  it('never votes more than a word list would, nor on short words, names in both or words used in both languages', () => {
    expect(Math.abs(letters.vote('sikkerhetsbekken'))).toBeLessThanOrEqual(0.6);
    expect(letters.vote('kjen')).toBe(0);
    const both = new LetterRuns();
    both.add('container', 3, 3);
    expect(both.vote('container')).toBe(0);
  });
});
