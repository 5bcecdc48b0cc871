import { describe, expect, it } from 'vitest';
import { cut, fitEmbed, LIMITS, questionText } from '../../src/bot/text-limits.js';

describe('cut', () => {
  it('leaves text that fits alone and cuts at a word boundary with an ellipsis', () => {
    expect(cut('short', 10)).toBe('short');
    expect(cut('The train crossed the Friendship Bridge', 26)).toBe('The train crossed the…');
    // No word boundary near the end: cut inside the word rather than lose most of the text.
    expect(cut('Friendship-Bridge-of-North-Korea-and-Russia', 20)).toBe('Friendship-Bridge-o…');
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(8)}🚂🚂🚂`;
    const result = cut(text, 10);
    expect(result.length).toBeLessThanOrEqual(10);
    expect(result).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('fitEmbed', () => {
  it("keeps every part and the whole embed within Discord's limits", () => {
    const long = 'word '.repeat(3000);
    const embed = fitEmbed({
      title: long,
      description: long,
      author: { name: long },
      footer: { text: long },
      fields: Array.from({ length: 30 }, () => ({ name: long, value: long })),
    });
    expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.fields!.length).toBeLessThanOrEqual(25);
    expect(embed.fields!.length).toBeGreaterThan(0);
    for (const f of embed.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    const total =
      embed.title!.length +
      embed.description!.length +
      embed.author!.name.length +
      embed.footer!.text.length +
      embed.fields!.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.description!.length).toBe(1);
  });

  it('shortens only the description when the total is over 6,000', () => {
    const embed = fitEmbed({ description: 'x '.repeat(2000), fields: Array.from({ length: 3 }, () => ({ name: 'n', value: 'v'.repeat(1000) })) });
    const total = embed.description!.length + embed.fields!.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.fields!.every((f) => f.value.length === 1000)).toBe(true);
  });
});

describe('questionText', () => {
  it('removes user, role and channel mentions, @everyone and @here', () => {
    expect(questionText('<@123456789012345678> @everyone <@&222222222222222222> hi <#333333333333333333> @here <@!444444444444444444>  there')).toBe(
      'hi there',
    );
  });
});
