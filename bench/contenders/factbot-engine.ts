import { Engine } from '../../src/engine/engine.js';
import { packageVersion } from '../paths.js';
import type { Contender } from './contender.js';

/** factbot's own engine, built exactly as the CLI and the bot build it. */
export const factbotEngine: Contender = {
  id: 'engine',
  label: 'factbot engine',
  decidesItself: true,
  version: () => `factbot ${packageVersion('factbot')}`,
  build({ kb, lexicon, translate }) {
    const engine = new Engine({ kb, lexicon, translate });
    return {
      ask(question) {
        const a = engine.ask(question);
        return { intent: a.intent, score: a.confidence, lang: a.lang };
      },
    };
  },
};
