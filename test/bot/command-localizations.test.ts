import { ApplicationCommandType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { CommandLocalizer } from '../../src/bot/command-localizer.js';
import { COMMAND_MODULES, commandDefinitions } from '../../src/bot/commands/index.js';
import { ERROR_IDS } from '../../src/bot/responder.js';
import { createTranslator, readLocales } from '../../src/i18n/translator.js';

const t = createTranslator();

/** Discord's rule for chat-command and option names (lower case where the script has case). */
const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatKeys(v, prefix ? `${prefix}.${k}` : k));
}

describe('command localizations from locales/<lang>/discord.json', () => {
  const definitions = commandDefinitions(t);

  it('has the contract\'s command names as the English defaults', () => {
    expect(definitions.map((d) => d.name)).toEqual(['factcheck', 'fact', 'sources', 'about', 'help', 'Fact-check this message']);
    const options = Object.fromEntries(definitions.map((d) => [d.name, ('options' in d ? d.options ?? [] : []).map((o) => o.name)]));
    expect(options).toMatchObject({ factcheck: ['question', 'private'], fact: ['entry'], sources: ['source'] });
  });

  it('uses only keys that exist in both languages, and discord.json has the same keys in both', () => {
    const localizer = new CommandLocalizer(t);
    for (const m of COMMAND_MODULES) m.definition(localizer);
    expect(localizer.usedKeys.size).toBeGreaterThan(15);
    for (const key of localizer.usedKeys)
      for (const lang of ['nb', 'en'] as const) expect(t(key, lang), `${lang}: ${key}`).not.toBe(key);
    const locales = readLocales();
    const nb = flatKeys((locales.nb as Record<string, unknown>).discord).sort();
    const en = flatKeys((locales.en as Record<string, unknown>).discord).sort();
    expect(nb).toEqual(en);
    for (const id of ERROR_IDS) expect(en).toContain(`errors.${id}`);
  });

  it('gives every name, description and option a Norwegian (no) localization within Discord\'s rules', () => {
    type Named = { name: string; name_localizations?: Record<string, string> | null; description?: string; description_localizations?: Record<string, string> | null; type?: number };
    const check = (item: Named, isChat: boolean) => {
      const no = item.name_localizations?.no;
      expect(no, item.name).toBeTruthy();
      expect(no).not.toBe(item.name);
      for (const name of [item.name, no!]) {
        if (isChat) {
          expect(name, name).toMatch(CHAT_NAME);
          expect(name).toBe(name.toLocaleLowerCase('nb'));
        } else expect(name.length).toBeLessThanOrEqual(32);
      }
      if (isChat) {
        const descriptions = [item.description!, item.description_localizations?.no];
        for (const d of descriptions) {
          expect(d, `${item.name} description`).toBeTruthy();
          expect(d!.length).toBeLessThanOrEqual(100);
        }
        expect(descriptions[1]).not.toBe(descriptions[0]);
      }
    };
    for (const d of definitions) {
      const isChat = d.type === ApplicationCommandType.ChatInput;
      check(d as Named, isChat);
      for (const o of ('options' in d ? d.options ?? [] : []) as Named[]) check(o, true);
    }
    const byName = Object.fromEntries(definitions.map((d) => [d.name, d.name_localizations?.no]));
    expect(byName).toEqual({
      factcheck: 'faktasjekk',
      fact: 'fakta',
      sources: 'kilder',
      about: 'om',
      help: 'hjelp',
      'Fact-check this message': 'Faktasjekk denne meldingen',
    });
  });

  it('makes the members\' commands usable in servers and in DMs with the bot', () => {
    for (const d of definitions) {
      expect(d.contexts).toEqual([0, 1]);
      expect(d.integration_types).toEqual([0]);
    }
  });
});
