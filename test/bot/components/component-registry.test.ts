import { describe, expect, it } from 'vitest';
import type { ComponentHandler } from '../../../src/bot/commands/command.js';
import { ComponentRegistry } from '../../../src/bot/components/component-registry.js';
import { ANSWER_BUTTONS, encodeButton } from '../../../src/bot/custom-ids.js';
import { encodeKbModal, KB_COMPONENTS } from '../../../src/bot/kb/kb-custom-ids.js';

const handler = (name: string): ComponentHandler => ({ label: () => name, execute: () => Promise.resolve() });

describe('the component registry', () => {
  const answers = handler('answers');
  const kb = handler('kb');
  const registry = new ComponentRegistry([
    [ANSWER_BUTTONS, answers],
    [KB_COMPONENTS, kb],
  ]);

  it("routes every button and form the bot makes to its owner by the custom_id's prefix", () => {
    expect(registry.find(encodeButton({ kind: 'sources', lang: 'nb', entryId: 'horse-train' }))).toBe(answers);
    expect(registry.find(encodeButton({ kind: 'vote', questionId: 7, useful: true }))).toBe(answers);
    expect(registry.find(encodeButton({ kind: 'pick', lang: 'en', entryId: 'kim-horses', questionId: 0 }))).toBe(answers);
    expect(registry.find(encodeKbModal({ kind: 'source-add', id: 'tv2' }))).toBe(kb);
  });

  it('finds nothing for ids it did not make (a bare prefix, another bot, a prefix that only starts the same)', () => {
    for (const id of ['', 'factbot', 'factbot-kbx:source-add:tv2', 'other:vote:1:1', ':vote:1:1']) expect(registry.find(id), id).toBeUndefined();
  });

  it('refuses two owners for one prefix', () => {
    expect(
      () =>
        new ComponentRegistry([
          [KB_COMPONENTS, kb],
          [KB_COMPONENTS, answers],
        ]),
    ).toThrow(/two component handlers/);
  });

  it('keeps the custom_id format of buttons and forms already posted in Discord (one codec for both)', () => {
    expect(encodeButton({ kind: 'sources', lang: 'nb', entryId: 'horse-train' })).toBe('factbot:sources:nb:horse-train');
    expect(encodeButton({ kind: 'vote', questionId: 12, useful: false })).toBe('factbot:vote:12:0');
    expect(encodeButton({ kind: 'pick', lang: 'en', entryId: 'kim-horses', questionId: 5 })).toBe('factbot:pick:en:kim-horses:5');
    expect(encodeKbModal({ kind: 'entry-edit', version: '0123abcd', id: 'horse-train' })).toBe('factbot-kb:entry-edit:0123abcd:horse-train');
    expect(encodeKbModal({ kind: 'source-add', id: 'tv2' })).toBe('factbot-kb:source-add:tv2');
  });
});
