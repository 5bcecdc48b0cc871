import type { Lang } from '../../kb/languages.js';
import { INTO, LANGUAGES, namesAThing } from './language-names.js';

// Asking for the answer in a language: "answer in English", "svar på engelsk", "kan du skrive på norsk".
// prettier-ignore
const ANSWER = new Set(['answer', 'reply', 'respond', 'write', 'explain', 'tell', 'svar', 'svare', 'svarer', 'skriv', 'skrive', 'forklar', 'forklare', 'fortell', 'fortelle']);
// Translating into a language right after the verb ("oversett til norsk: …"), not a thing named between ("oversett
// artikkelen til engelsk" asks for the article translated, which is declined in the asker's language).
const TRANSLATE = new Set(['translate', 'oversett', 'oversette']);

// How the answer should be put, before the language that labels a message: "kort på norsk: …", "briefly in English: …".
const HOW = new Set(['kort', 'kortfattet', 'enkelt', 'bare', 'short', 'briefly', 'simply', 'only', 'just', 'plain']);
// prettier-ignore
const NAMING = new Set(['heter', 'heiter', 'kalles', 'kallast', 'called', 'er', 'is', 'betyr', 'means', 'blir', 'sier', 'says', 'skrives', 'spelled', 'spelt']);

/**
 * The language a message asks the answer in ("Answer in English: hva sa Kirby", "kan du svare på norsk? who took the
 * photos"), if it asks one: that, not the language of its words, is the answer's.
 */
export function requestedLanguage(tokens: readonly string[]): Lang | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const lang = LANGUAGES.get(tokens[i]!);
    if (lang === undefined || !INTO.has(tokens[i - 1]!) || namesAThing(tokens[i + 1])) continue;
    // "svar på engelsk", "answer me in English", "reply only in Norwegian".
    if (ANSWER.has(tokens[i - 2] ?? '') || TRANSLATE.has(tokens[i - 2] ?? '') || ANSWER.has(tokens[i - 3] ?? '')) return lang;
    // Opening the message, as a label: "in English please: hva viser bildet", "kort på norsk: how important was …".
    // Not a statement of what something is in that language: "på engelsk heter den Friendship Bridge?".
    if ((i === 1 || (i === 2 && HOW.has(tokens[0]!))) && !NAMING.has(tokens[i + 1] ?? '')) return lang;
  }
  return undefined;
}
