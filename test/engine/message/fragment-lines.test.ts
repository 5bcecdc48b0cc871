import { describe, expect, it } from 'vitest';
import { withFragmentLinesJoined } from '../../../src/engine/message/fragment-lines.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withFragmentLinesJoined', () => {
  it('joins a question typed over several short lines', () => {
    expect(withFragmentLinesJoined('the bridge\nhow long\nis it')).toBe('the bridge how long is it');
    expect(withFragmentLinesJoined('the station\nhvor langt\nfra grensa?')).toBe('the station hvor langt fra grensa?');
  });

  it('keeps apart lines that end a sentence, stand long, are marked or are parted by a blank line', () => {
    expect(withFragmentLinesJoined('who took the pictures?\nhow long is the bridge?')).toBe('who took the pictures?\nhow long is the bridge?');
    expect(withFragmentLinesJoined('my uncle keeps going on about the story\nwhat did the pictures show')).toBe(
      'my uncle keeps going on about the story\nwhat did the pictures show',
    );
    expect(withFragmentLinesJoined('> first time in years\nsays who?')).toBe('> first time in years\nsays who?');
    expect(withFragmentLinesJoined('Where is Khasan?\nRegards, Helen\n\nSent from my iPhone')).toBe('Where is Khasan?\nRegards, Helen\n\nSent from my iPhone');
  });
});

describe('Engine: one question over several short lines', () => {
  it('is read whole', () => {
    // Each line was matched by itself, and the one naming the topic answered: the cargo (0.97), the arms claim (0.90).
    expect(seedEngine().ask('what was inside\nthe containers\nby the station').declineReason).toBe('detail');
    expect(seedEngine().ask('vil nord-korea\nfortsette å sende\nammunisjon til russland?').declineReason).toBe('future');
  });
});
