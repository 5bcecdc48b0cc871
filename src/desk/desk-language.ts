import type { Lang } from '../kb/languages.js';

export const LANG_COOKIE = 'factbot_desk_lang';

/** The desk's language: the switch's cookie if set, else the browser's first nb/nn/no or en. */
export function deskLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (cookie === 'nb' || cookie === 'en') return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q[1]) : 1 };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    if (/^(nb|nn|no)(-|$)/.test(tag)) return 'nb';
    if (/^en(-|$)/.test(tag)) return 'en';
  }
  return 'en';
}
