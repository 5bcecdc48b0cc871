import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/bot/user-text.js';

describe('escapeUserText (what a user wrote, echoed in an embed)', () => {
  it('leaves no masked link, heading, quote, list or emphasis to render', () => {
    const shown = escapeUserText(
      '[Official TV 2 source](https://evil.example)\n# Breaking\n-# small\n> quoted\n- item\n1. first **bold** __under__ ||spoiler||',
    );
    expect(shown).not.toMatch(/(^|[^\\])\[Official TV 2 source\]\(/);
    expect(shown).not.toMatch(/^#/m);
    expect(shown).not.toMatch(/^-#|^>|^- |^1\. /m);
    expect(shown).toContain('\\*\\*bold\\*\\*');
    expect(shown).toContain('\\|\\|spoiler\\|\\|');
    expect(shown).toContain('Official TV 2 source');
  });

  it('breaks user, role, channel and command mentions and @everyone/@here, keeping the words', () => {
    const shown = escapeUserText(
      '<@123456789012345678> <@!123456789012345678> <@&223456789012345678> <#323456789012345678> </factcheck:423456789012345678> @everyone @here <id:customize>',
    );
    for (const pill of [/<@\d/, /<@!\d/, /<@&\d/, /<#\d/, /<\/\w/, /@everyone/, /@here/, /<id:/]) expect(shown).not.toMatch(pill);
    expect(shown.replace(/\u200b/g, '')).toContain('<@123456789012345678>');
    expect(shown.replace(/\u200b/g, '')).toContain('@everyone');
  });

  it('leaves ordinary questions as they are', () => {
    expect(escapeUserText('Hvem tok satellittbildene?')).toBe('Hvem tok satellittbildene?');
    expect(escapeUserText('Did the train carry horses?')).toBe('Did the train carry horses?');
  });
});
