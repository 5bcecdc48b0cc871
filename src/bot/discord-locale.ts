import type { Lang } from '../kb/languages.js';

/** Discord's locale code for Norwegian (Bokmål); Discord has no separate Nynorsk locale. */
export const DISCORD_NORWEGIAN = 'no';

/** The answer language for a Discord locale ("no" → Bokmål, anything else → English). */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^(no|nb|nn)\b/i.test(locale) ? 'nb' : 'en';
}
