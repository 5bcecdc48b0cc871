import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../src/config/project-paths.js';
import { assembleNow } from '../../src/engine/assembly/assembly.js';
import { Engine } from '../../src/engine/engine.js';
import { withoutArticleAsSpeaker } from '../../src/engine/message/article-as-speaker.js';
import { cleanMessage } from '../../src/engine/message/clean-message.js';
import { loneQuestion } from '../../src/engine/message/lone-question.js';
import { messageTokens } from '../../src/engine/message/message-tokens.js';
import { withoutQuoteRequest } from '../../src/engine/message/quote-request.js';
import { withoutRequest } from '../../src/engine/message/request-frame.js';
import { withoutTopicRequest } from '../../src/engine/message/topic-request.js';
import { WARM_UP_MESSAGES } from '../../src/engine/warm-up.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';

describe('the warm-up a bot engine answers while it is assembled', () => {
  const tokens = WARM_UP_MESSAGES.map((m) => messageTokens(cleanMessage(m)));

  it('uses each large message pattern at least once, so that none is compiled on a member’s question', () => {
    const uses = (strip: (t: readonly string[]) => readonly string[]): boolean => tokens.some((t) => strip(t) !== t);
    expect(uses(withoutRequest)).toBe(true);
    expect(uses(withoutQuoteRequest)).toBe(true);
    expect(uses(withoutArticleAsSpeaker)).toBe(true);
    expect(uses(withoutTopicRequest)).toBe(true);
    expect(WARM_UP_MESSAGES.some((m) => loneQuestion(cleanMessage(m)) !== undefined)).toBe(true);
  });

  it('leaves the answers as an engine built without it gives them', () => {
    const parts = { kb: loadSeedFiles(DATA_DIR), lexicon: readLexicon(), translate: createTranslator() };
    const warmed = assembleNow(Engine.assemble(parts));
    const plain = new Engine(parts);
    for (const q of ['who took the pictures?', 'hva sa Kirby, ordrett?', 'how many horses were on the train?', ...WARM_UP_MESSAGES]) {
      expect(warmed.ask(q), q).toEqual(plain.ask(q));
    }
  });
});
