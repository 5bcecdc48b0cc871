import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
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

  it("has the contract's command names as the English defaults", () => {
    expect(definitions.map((d) => d.name)).toEqual(['factcheck', 'fact', 'sources', 'about', 'help', 'Fact-check this message', 'kb']);
    const options = Object.fromEntries(definitions.map((d) => [d.name, ('options' in d ? (d.options ?? []) : []).map((o) => o.name)]));
    expect(options).toMatchObject({ factcheck: ['question', 'private'], fact: ['entry'], sources: ['source'] });
  });

  it('uses only keys that exist in both languages, and discord.json has the same keys in both', () => {
    const localizer = new CommandLocalizer(t);
    for (const m of COMMAND_MODULES) m.definition(localizer);
    expect(localizer.usedKeys.size).toBeGreaterThan(15);
    for (const key of localizer.usedKeys) for (const lang of ['nb', 'en'] as const) expect(t(key, lang), `${lang}: ${key}`).not.toBe(key);
    const locales = readLocales();
    const nb = flatKeys(locales.nb.discord).sort();
    const en = flatKeys(locales.en.discord).sort();
    expect(nb).toEqual(en);
    for (const id of ERROR_IDS) expect(en).toContain(`errors.${id}`);
    // /kb's texts (locales/<lang>/kb.json) are asked for too.
    expect([...localizer.usedKeys].filter((k) => k.startsWith('kb.commands.')).length).toBeGreaterThan(60);
    expect(flatKeys(locales.nb.kb).sort()).toEqual(flatKeys(locales.en.kb).sort());
  });

  it("gives every name, description and option a Norwegian (no) localization within Discord's rules", () => {
    type Named = {
      name: string;
      name_localizations?: Record<string, string> | null;
      description?: string;
      description_localizations?: Record<string, string> | null;
      type?: number;
    };
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
      for (const o of ('options' in d ? (d.options ?? []) : []) as Named[]) check(o, true);
    }
    // /kb: every subcommand group, subcommand, option and choice at every level. A few words are
    // the same in Norwegian (status, id, format); they still carry a `no` localization.
    const SAME_IN_NORWEGIAN = new Set(['status', 'id', 'format']);
    type Nested = Named & { options?: Nested[]; choices?: Array<{ name: string; name_localizations?: Record<string, string> }> };
    const walk = (option: Nested): number => {
      const no = option.name_localizations?.no;
      expect(no, option.name).toBeTruthy();
      if (!SAME_IN_NORWEGIAN.has(option.name)) expect(no, option.name).not.toBe(option.name);
      for (const name of [option.name, no!]) {
        expect(name, name).toMatch(CHAT_NAME);
        expect(name).toBe(name.toLocaleLowerCase('nb'));
      }
      for (const d of [option.description!, option.description_localizations?.no]) {
        expect(d, `${option.name} description`).toBeTruthy();
        expect(d!.length, `${option.name}: ${d}`).toBeLessThanOrEqual(100);
      }
      expect(option.description_localizations?.no).not.toBe(option.description);
      for (const c of option.choices ?? []) expect(c.name_localizations?.no, c.name).toBeTruthy();
      return 1 + (option.options ?? []).reduce((n, o) => n + walk(o), 0);
    };
    const kb = definitions.find((d) => d.name === 'kb') as Nested;
    expect(walk(kb)).toBeGreaterThan(60);
    const byName = Object.fromEntries(definitions.map((d) => [d.name, d.name_localizations?.no]));
    expect(byName).toEqual({
      factcheck: 'faktasjekk',
      fact: 'fakta',
      sources: 'kilder',
      about: 'om',
      help: 'hjelp',
      'Fact-check this message': 'Faktasjekk denne meldingen',
      kb: 'kunnskapsbase',
    });
  });

  it("makes the members' commands usable in servers and in DMs with the bot", () => {
    for (const d of definitions.filter((c) => c.name !== 'kb')) {
      expect(d.contexts).toEqual([0, 1]);
      expect(d.integration_types).toEqual([0]);
    }
  });

  it('registers /kb for servers only, with Manage Server as its default permission, and at most 25 subcommands per level', () => {
    const kb = definitions.find((d) => d.name === 'kb')!;
    expect(kb).toMatchObject({ type: ApplicationCommandType.ChatInput, default_member_permissions: '32', contexts: [0], integration_types: [0] });
    const options = ('options' in kb ? kb.options : []) ?? [];
    expect(options.length).toBeLessThanOrEqual(25);
    for (const o of options) if ('options' in o && o.type === ApplicationCommandOptionType.SubcommandGroup) expect(o.options!.length).toBeLessThanOrEqual(25);
    // Discord counts names, descriptions and choice values of a command with all its options, the
    // longest localization of each; its limit is 8,000 (4,000 until 2024): stay within both.
    type Sized = {
      name: string;
      name_localizations?: Record<string, string> | null;
      description?: string;
      description_localizations?: Record<string, string> | null;
      value?: string | number;
      options?: Sized[];
      choices?: Sized[];
    };
    const longest = (text: string | undefined, localized?: Record<string, string> | null) =>
      Math.max((text ?? '').length, ...Object.values(localized ?? {}).map((v) => v.length));
    const size = (o: Sized): number =>
      longest(o.name, o.name_localizations) +
      longest(o.description, o.description_localizations) +
      String(o.value ?? '').length +
      [...(o.choices ?? []), ...(o.options ?? [])].reduce((n, c) => n + size(c), 0);
    expect(size(kb as Sized)).toBeLessThanOrEqual(4000);
  });
});
