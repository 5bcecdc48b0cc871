import type { Lang } from '../kb/languages.js';

/** The language of a command's own messages (not answers), from the system locale. */
export function uiLanguage(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^(nb|nn|no)([_.-]|$)/i.test(locale) ? 'nb' : 'en';
}
