import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../src/bot/custom-ids.js';
import { decodeKbModal, encodeKbModal, textVersion, type KbModal } from '../../src/bot/kb/kb-custom-ids.js';

describe('/kb form custom ids', () => {
  it("round-trip, stay within 100 characters, and are not taken for the answers' buttons", () => {
    const id = 'a'.repeat(64);
    const forms: KbModal[] = [
      { kind: 'entry-add', status: 'refuted', id },
      { kind: 'entry-edit', version: textVersion(['x', 'y']), id },
      { kind: 'source-add', id },
      { kind: 'source-edit', version: textVersion(['z']), id },
    ];
    for (const form of forms) {
      const customId = encodeKbModal(form);
      expect(customId.length).toBeLessThanOrEqual(100);
      expect(decodeKbModal(customId)).toEqual(form);
      expect(decodeButton(customId)).toBeUndefined();
    }
    expect(textVersion(['x', 'y'])).not.toBe(textVersion(['x', 'y ']));
  });

  it('refuses ids it did not make', () => {
    for (const id of [
      '',
      'factbot:vote:1:1',
      'factbot-kb:',
      'factbot-kb:entry-add:99:x',
      'factbot-kb:entry-edit:xyz:horse',
      'factbot-kb:entry-edit:0123abcd:Bad_Id',
      'factbot-kb:source-add:a:b',
      'factbot-kb:other:0123abcd:a',
    ])
      expect(decodeKbModal(id), id).toBeUndefined();
  });
});
