import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('emoji standing for words of the story', () => {
  it.each([
    ['🚂 from 🇰🇵 to 🇷🇺?', 'train from north korea to russia ?'],
    ['hva er i 📦📦📦 ved khasan?', 'hva er i containers ved khasan?'],
    ['did the 🤍🏠 say anything', 'did the white house say anything'],
    ['hvem tok 📸 😂', 'hvem tok pictures'],
    ['did 🇯🇵 say anything about the 🚆?', 'did japan say anything about the train ?'],
  ])('%j is read as %j', (message, read) => expect(cleanMessage(message)).toBe(read));

  it('leaves a message of emoji alone as chatter, or one story emoji put as a question', () => {
    expect(cleanMessage('🚂🐎💣').trim()).toBe('');
    expect(seedEngine().ask('🐴?').intent).toBeNull();
  });

  it('reads emoji alone put as a question in two words of the story or more (declined as chatter)', () => {
    expect(cleanMessage('🚂➡️🇷🇺??')).toContain('train');
    expect(seedEngine().ask('🚂➡️🇷🇺??').intent).toBe('train-crossing');
  });

  it('answers what the emoji ask about (all were declined), and declines a country the article does not name', () => {
    const engine = seedEngine();
    expect(engine.ask('🚂 from 🇰🇵 to 🇷🇺?').intent).toBe('train-crossing');
    expect(engine.ask('what did 🇰🇵 say back, do they deny selling 🔫 to 🇷🇺').intent).toBe('dprk-denial');
    expect(engine.ask('wait so the 🚆 might just be 🐴 transport?').intent).toBe('horse-train');
    expect(engine.ask('did 🇯🇵 say anything about the 🚆?').intent).toBeNull();
  });
});
