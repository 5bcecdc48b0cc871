import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { plainConversation } from '../../../src/engine/message/plain-conversation.js';

const plain = (text: string): string | undefined => {
  const cleaned = cleanMessage(text);
  return plainConversation(messageTokens(cleaned), cleaned);
};

describe('plainConversation: the conversation a message plainly is', () => {
  it.each([
    ["what's up bot", 'greeting'],
    ['Hei! Jeg har akkurat lest saken om toget', 'greeting'],
    ['hi, I have a few questions about the article', 'greeting'],
    ['kan du hjelpe meg å faktasjekke denne artikkelen?', 'help'],
    ['how should I ask', 'help'],
    // Thanks, with or without remarks after it.
    ['takk', 'thanks'],
    ['Thanks a lot! My class will love this. Have a good evening!', 'thanks'],
    ['Hello from a rainy Bergen! Just back from work. Thought I would say hello first.', 'greeting'],
  ])('%j is %s', (text, intent) => expect(plain(text)).toBe(intent));

  it.each(['hei, hvem tok bildene?', 'what did the white house say', 'thanks, but who took them?'])('%j is for the matcher to read', (text) =>
    expect(plain(text)).toBeUndefined(),
  );
});
