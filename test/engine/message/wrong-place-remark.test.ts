import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { remarksWrongPlace } from '../../../src/engine/message/wrong-place-remark.js';
import { seedEngine } from '../../support/seed-engine.js';

const tokens = (text: string) => messageTokens(cleanMessage(text));

describe('remarksWrongPlace', () => {
  it.each(['sorry feil kanal 🙈', 'oops, posted in the wrong channel!', 'wrong chat lol', 'ups, feil tråd'])(
    '%j says only that it went to the wrong place',
    (text) => expect(remarksWrongPlace(tokens(text))).toBe(true),
  );

  it.each(['is this the wrong channel for questions about the bridge?', 'hvilken kanal sendte saken', 'feil om toget'])(
    '%j asks something, or names no place',
    (text) => expect(remarksWrongPlace(tokens(text))).toBe(false),
  );
});

describe('Engine: a message posted in the wrong place', () => {
  const engine = seedEngine();

  it('declines it with nothing offered, not as a question about the channel that published the story', () => {
    for (const text of ['sorry feil kanal 🙈', 'wrong channel sorry']) {
      const answer = engine.ask(text);
      expect(answer.intent).toBeNull();
      expect(answer.suggestions).toEqual([]);
    }
  });

  it('still answers which channel published the story', () => {
    expect(engine.ask('which TV channel published this story?').intent).toBe('article-about');
  });
});
