import { describe, expect, it } from 'vitest';
import { onlyWaves } from '../../../src/engine/message/waving.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('a message that only waves', () => {
  it.each(['👋', '👋🏽', ' 👋 👋 ', '🙋‍♀️'])('%j waves', (q) => expect(onlyWaves(q)).toBe(true));
  it.each(['🚂', '👋 hva var i toget', '', '???'])('%j does not only wave', (q) => expect(onlyWaves(q)).toBe(false));

  it('is greeted back in the language the asker is expected to use', () => {
    const engine = seedEngine();
    expect(engine.ask('👋').intent).toBe('greeting');
    const norwegian = engine.ask('👋🏻', { fallbackLang: 'nb' });
    expect(norwegian).toMatchObject({ intent: 'greeting', lang: 'nb' });
  });

  it('still asks for a question when the emoji say nothing', () => {
    expect(seedEngine().ask('🚂💥').intent).toBeNull();
  });
});
