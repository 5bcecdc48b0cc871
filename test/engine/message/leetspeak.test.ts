import { describe, expect, it } from 'vitest';
import { withLeetspeakRead } from '../../../src/engine/message/leetspeak.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withLeetspeakRead', () => {
  it.each([
    ['h0w l0ng 1s th3 br1dg3', 'how long is the bridge'],
    ['st3mm3r d3t at n0rd-k0r3a s3nd3r v@pen?', 'stemmer det at nord-korea sender vapen?'],
    ['wh4t c4n u s33 in the p1c', 'what can u see in the pic'],
    ['r the sh3lls g01ng 2 russia', 'r the shells going to russia'],
    ['wh0 d1d th1s 4 th3m', 'who did this for them'],
    ['gr8, b4 the $anksjoner', 'great, before the sanksjoner'],
  ])('reads %j as %j', (typed, plain) => expect(withLeetspeakRead(typed)).toBe(plain));

  it('leaves figures, codes, members and a single stray digit as typed', () => {
    for (const text of [
      'the 1st picture at 1:10pm, 2 km from the bridge in 1948',
      'was 38N right about the 800m bridge?',
      '@ben hva med F-16, kl13 og ww2',
      'mp3 player',
    ])
      expect(withLeetspeakRead(text)).toBe(text);
  });
});

describe('Engine: questions in leetspeak', () => {
  const engine = seedEngine();

  it('answers them as it answers plain ones', () => {
    expect(engine.ask('h0w l0ng 1s th3 fr13ndsh1p br1dg3').intent).toBe('friendship-bridge');
    expect(engine.ask('hv3m t0k b1ld3n3?').intent).not.toBeNull();
    // "4" for "for": answered with who took the pictures at 0.98.
    expect(engine.ask('h3y b0t, wh4t c4n y0u d0 4 us?').intent).toBe('help');
  });
});
