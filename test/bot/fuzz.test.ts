import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { AnswerPresenter } from '../../src/bot/answer-presenter.js';
import { LIMITS, questionText } from '../../src/bot/text-limits.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { seedEngine } from '../support/seed-engine.js';

/** A small deterministic generator (mulberry32): the same inputs on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Did the train carry horses?',
  'Hvem tok satellittbildene?',
  'Kva meiner Nord-Korea?',
  'Friendship Bridge',
  'Vennskapsbroen',
  'æøå ÆØÅ',
  'artillery shells',
  'granater',
  'Kim Jong-un',
  '38 North',
  'Planet Labs',
  '<@123456789012345678>',
  '<@&223456789012345678>',
  '<#323456789012345678>',
  '</kb:1>',
  '@everyone',
  '@here',
  '[Official TV 2 source](https://evil.example)',
  '# Heading',
  '-# small',
  '> quote',
  '```js\ncode\n```',
  '**bold**',
  '||spoiler||',
  '\u0000',
  '\ud800',
  '\udfff',
  '😀',
  '👍🏽',
  '\u200b',
  '\u202e',
  'ﷺ',
  'e\u0301\u0301\u0301',
  '\t',
  '\n',
  '\r\n',
  ' ',
  '?',
  '!!!',
  '...',
  'http://x.y/z',
  'a'.repeat(300),
  'ø'.repeat(1000),
  'word '.repeat(400),
  '🚂'.repeat(700),
  '\u2028',
  '\u2029',
  'SELECT * FROM entries;',
  '${x}',
  '{{t}}',
];

function generate(next: () => number): string {
  const parts = 1 + Math.floor(next() * 8);
  let text = '';
  for (let i = 0; i < parts; i++) {
    const r = next();
    if (r < 0.7) text += PIECES[Math.floor(next() * PIECES.length)]!;
    else if (r < 0.9) text += String.fromCharCode(Math.floor(next() * 0xffff));
    else text += String.fromCodePoint(Math.floor(next() * 0x10ffff) & ~0x800);
    if (next() < 0.5) text += ' ';
  }
  if (next() < 0.05) text = text.repeat(1 + Math.floor(next() * 40));
  if (next() < 0.03) text = ['Hello!', 'hei', 'Thanks!', 'Takk skal du ha', 'help'][Math.floor(next() * 5)]!;
  // Longer than anything Discord lets a member send (4,000 in a message, 6,000 in a command).
  return text.slice(0, 6500);
}

function expectWithinEmbedLimits(embed: APIEmbed, input: string): void {
  const where = JSON.stringify(input.slice(0, 80));
  expect(embed.title?.length ?? 0, where).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.description?.length ?? 0, where).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed.author?.name.length ?? 0, where).toBeLessThanOrEqual(LIMITS.authorName);
  expect(embed.footer?.text.length ?? 0, where).toBeLessThanOrEqual(LIMITS.footer);
  const fields = embed.fields ?? [];
  expect(fields.length, where).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const f of fields) {
    expect(f.name.length, where).toBeGreaterThan(0);
    expect(f.name.length, where).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length, where).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  const total =
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  expect(total, where).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('fuzz: the engine and the embed builder on 3,000 generated inputs', () => {
  it("never throw, and every reply stays within Discord's limits and pings no one", () => {
    const engine = seedEngine();
    const presenter = new AnswerPresenter(createTranslator());
    const next = random(20261201);
    const kinds = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const input = generate(next);
      const lang = next() < 0.5 ? 'nb' : 'en';
      const answer = engine.ask(questionText(input), { fallbackLang: lang });
      kinds.add(answer.kind);
      expect(['nb', 'en']).toContain(answer.lang);
      expect(answer.confidence).toBeGreaterThanOrEqual(0);
      expect(answer.confidence).toBeLessThanOrEqual(1);
      const echo =
        next() < 0.5 ? { kind: 'question' as const, text: input } : { kind: 'message' as const, text: input, link: 'https://discord.com/channels/1/2/3' };
      const payload = presenter.answer(answer, { questionId: i + 1, echo });
      expect(payload.embeds).toHaveLength(1);
      expectWithinEmbedLimits(payload.embeds[0]!, input);
      expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
      expect(payload.components.length).toBeLessThanOrEqual(5);
      for (const row of payload.components) {
        expect(row.components.length).toBeLessThanOrEqual(5);
        for (const button of row.components) {
          if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
          if ('label' in button && button.label) expect(button.label.length).toBeLessThanOrEqual(80);
        }
      }
      const echoed = payload.embeds[0]!.fields?.find((f) => f.value.includes('discord.com/channels') || f.value.length > 0);
      expect(echoed?.value ?? '').not.toMatch(/<@\d|<@&\d|<#\d|@everyone|@here/);
    }
    // The inputs reached every kind of answer, not only declines.
    expect(kinds).toEqual(new Set(['entry', 'declined', 'empty', 'conversation']));
  });
});
