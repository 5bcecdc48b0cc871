import { normalizeText } from './normalize.js';

// Letters of every script (natural's word tokenizers split on æ/ø/å), combining marks and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// English contractions, with the apostrophe or typed without it in chat: "didn't" and "didnt" are
// "did not", not the word "didn"; "they'll" is "they will" (a question for the future).
const IRREGULAR_NOT: Record<string, string> = { won: 'will', wo: 'will', can: 'can', ca: 'can', sha: 'shall', ai: 'is' };
const CONTRACTION = /(?<=\p{L})'(re|ve|ll|d|m)(?!\p{L})/gu;
const CONTRACTED = { re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' } as const;
const NOT = /(\p{L}+)n't(?!\p{L})/gu;
// prettier-ignore
const WITHOUT_APOSTROPHE: Record<string, string[]> = {
  whats: ['what', 'is'], thats: ['that', 'is'], isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'],
  werent: ['were', 'not'], dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'],
  wont: ['will', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'],
  havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'], im: ['i', 'am'], ive: ['i', 'have'],
  youre: ['you', 'are'], theyre: ['they', 'are'], theyve: ['they', 'have'], weve: ['we', 'have'], hes: ['he', 'is'],
  shes: ['she', 'is'], whos: ['who', 'is'], wheres: ['where', 'is'], hows: ['how', 'is'],
};

/** Normalised word tokens. Hyphenated names ("Nord-Korea", "Jong-un") become their parts. */
export function tokenize(text: string): string[] {
  const expanded = normalizeText(text)
    .replace(NOT, (_, stem: string) => `${IRREGULAR_NOT[stem] ?? stem} not`)
    .replace(CONTRACTION, (_, ending: keyof typeof CONTRACTED) => ` ${CONTRACTED[ending]}`);
  const tokens = (expanded.match(WORD) ?? []).flatMap((t) => WITHOUT_APOSTROPHE[t] ?? [t]);
  // A lone letter ("s" of "Korea's") carries nothing; a lone digit may ("3 vogner"); "I" stays dropped.
  return tokens.filter((t) => t.length > 1 || /\p{N}/u.test(t));
}
