import { describe, expect, expectTypeOf, it } from 'vitest';
import { LocalizedError } from '../../src/errors/localized-error.js';
import type { OperatorMessage } from '../../src/bot/operator-message.js';
import { createTranslator, type KeysUnder, type Translate, type TranslationKey } from '../../src/i18n/translator.js';

// The lines marked @ts-expect-error are the proof: `npm run typecheck` (which covers test/) fails if
// any of them stops being an error, i.e. if a key that is not in locales/ were accepted.
describe('locale keys are typed from locales/en/*.json', () => {
  const t: Translate = createTranslator();

  it('takes the keys that exist, in both languages, and a plural by its key without _one/_other', () => {
    expect(t('cli.bye', 'en')).toBe('Bye!');
    expect(t('status.unproven', 'nb')).toBe('Ubekreftet');
    expect(t('admin.kind.reviewItems', 'en', { count: 2 })).toBe('2 review items');
    expectTypeOf<'cli.bye'>().toExtend<TranslationKey>();
    expectTypeOf<KeysUnder<'cli.version'>>().toEqualTypeOf<'kb' | 'kbMissing' | 'kbUnreadable'>();
  });

  it('refuses, at typecheck, a key that is not in the files (at run time the user would see the bare key)', () => {
    // @ts-expect-error: misspelt
    expect(t('cli.byee', 'en')).toBe('cli.byee');
    // @ts-expect-error: a key of another part
    expect(t('discord.welcome', 'en')).toBe('discord.welcome');
    // @ts-expect-error: built at run time from a plain string, not from a typed union
    expect(t(`status.${'maybe' as string}`, 'en')).toBe('status.maybe');
    // @ts-expect-error: an error for a person names its message by a key too
    expect(new LocalizedError('admin.error.noSuchError').key).toBe('admin.error.noSuchError');
    // @ts-expect-error: operator messages are keys under discord.operator
    const message: OperatorMessage = { key: 'noSuchProblem' };
    expect(t(`discord.operator.${message.key}`, 'en')).toBe('discord.operator.noSuchProblem');
  });
});
