import type { Lang } from '../../kb/languages.js';
import { messageTokens } from './message-tokens.js';
import { sentencesOf } from './sentences.js';
import { INTO, LANGUAGES, namesAThing } from './language-names.js';

// Words at most between a bare "is" and the language: "what is the word omlasting in English".
const MAX_AFTER_IS = 4;
const WHAT = new Set(['what', 'whats', 'hva', 'kva', 'ka', 'how', 'hvordan', 'korleis', 'åssen']);
const BARE = new Set(['is', 'er', 'heter', 'heiter']);
// How a word is asked for in a language: "what is … called in", "hva heter … på", "what does … mean in". Not "translate":
// "translate the article into English" asks for the whole text.
// prettier-ignore
const NAMING = new Set(['called', 'whats', 'say', 'mean', 'means', 'heter', 'heiter', 'sier', 'seier', 'betyr', 'tyder', 'is', 'er']);
// The verb of the request, taken out to leave a what-is question about the term: "what is X called" asks what X is.
const DROPPED = new Set(['called']);
// "How do you say X", "hvordan sier man X": read as "what is X".
const HOW = new Set(['how', 'hvordan', 'korleis', 'åssen']);
const SAY = new Set(['say', 'sier', 'seier']);
const ANYONE = new Set(['man', 'you', 'u', 'en', 'ein', 'me', 'vi', 'we']);
/** A question for a word of the story in English or Norwegian, as the question about that word it is, and the language asked for. */
interface TermInLanguage {
  lang: Lang;
  /** The question without the request for the language: "hva heter vennskapsbroen på engelsk" -> "hva er vennskapsbroen". */
  tokens: string[];
}

/**
 * A message asking for a word of the story in English or Norwegian (termInLanguage), sentence by sentence, as the message
 * asking about the word instead ("hva heter vennskapsbroen på engelsk? skal skrive om den" -> "hva er vennskapsbroen?
 * skal skrive om den"), and the language asked for.
 */
export function askedOfTerm(text: string, tokens: readonly string[]): { text: string; lang: Lang } | undefined {
  // Most messages name no language: nothing to split.
  if (!tokens.some((t) => LANGUAGES.has(t))) return undefined;
  const sentences = sentencesOf(text);
  if (sentences.length === 0) {
    const term = termInLanguage(tokens);
    return term && { text: term.tokens.join(' '), lang: term.lang };
  }
  let lang: Lang | undefined;
  const asked = sentences.map((sentence) => {
    const term = termInLanguage(messageTokens(sentence));
    if (!term) return sentence;
    lang ??= term.lang;
    return `${term.tokens.join(' ')}?`;
  });
  return lang && { text: asked.join(' '), lang };
}

/**
 * A question for what a word of the story is in English or Norwegian ("hva heter vennskapsbroen på engelsk", "how do you
 * say omlasting in English", "what does fullblodshest mean in English"): the entry on that word answers it, with its
 * text in the language asked for beside it. Not a question in a language the article is not written in (see
 * asksTranslation), nor an answer asked in a language ("svar på engelsk").
 */
function termInLanguage(tokens: readonly string[]): TermInLanguage | undefined {
  const at = tokens.findIndex((t, i) => INTO.has(t) && LANGUAGES.has(tokens[i + 1] ?? '') && !namesAThing(tokens[i + 2]));
  if (at < 0) return undefined;
  let verb = at - 1;
  while (verb >= 0 && !NAMING.has(tokens[verb]!)) verb--;
  // Asked with "what" or "how": "hva heter X på engelsk", not "heter den 38 North på engelsk også" (a yes/no question).
  if (verb < 0 || !tokens.slice(0, verb).some((t) => WHAT.has(t))) return undefined;
  // "What is X in English", not "what is true of what they say in English": "is" and "heter" right after "what", "is" close
  // before the language.
  const named = tokens[verb]!;
  if (BARE.has(named) && !WHAT.has(tokens[verb - 1] ?? '')) return undefined;
  if ((named === 'is' || named === 'er') && at - verb > MAX_AFTER_IS) return undefined;
  const rest: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === at || i === at + 1 || DROPPED.has(t)) continue;
    const say = HOW.has(t) ? [1, 2, 3].find((d) => SAY.has(tokens[i + d] ?? '')) : undefined;
    if (say !== undefined) {
      rest.push(...whatIs(tokens[at + 1]!));
      i += ANYONE.has(tokens[i + say + 1] ?? '') ? say + 1 : say;
    } else rest.push(t === 'heter' || t === 'heiter' ? 'er' : t);
  }
  return rest.length === 0 ? undefined : { lang: LANGUAGES.get(tokens[at + 1]!)!, tokens: rest };
}

/** "What is" in the language the question is likely asked in: the other one than the language asked for. */
function whatIs(language: string): string[] {
  return LANGUAGES.get(language) === 'en' ? ['hva', 'er'] : ['what', 'is'];
}
