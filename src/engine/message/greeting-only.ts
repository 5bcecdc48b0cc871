import { GREETS_AFTER } from './greeting-remark.js';
import { GREETINGS, OPENING_GREETINGS } from './leading-greeting.js';

/**
 * "what's up bot", "hei, hva skjer?": a greeting and nothing else, however the matcher weighs its words ("up" and "bot"
 * drew the help texts as close as the greetings; "hva skjer" drew the entries on what happens). "How are you" is not
 * among them: asked alone, it is a personal question, declined as one.
 */
// prettier-ignore
const GREETING_PHRASES: readonly (readonly string[])[] = [
  ['what', 'is', 'up'], ['what', 'up'], ['how', 'is', 'it', 'going'], ['hvordan', 'går', 'det'], ['åssen', 'går', 'det'],
  ['korleis', 'går', 'det'], ['hva', 'skjer'], ['kva', 'skjer'], ['ka', 'skjer'],
];
// Who a greeting is said to, beside the greeting words' own "folks", "alle", "there".
const GREETED = new Set(['bot', 'boten', 'botten', 'factbot', 'guys', 'everybody', 'people', 'sammen', 'dere', 'dykk']);

/** Whether a message's tokens are only greetings (words or phrases) and whom they greet, with at least one greeting. */
export function greetsOnly(tokens: readonly string[]): boolean {
  let greeted = false;
  for (let i = 0; i < tokens.length;) {
    const phrase = GREETING_PHRASES.find((p) => p.every((w, k) => tokens[i + k] === w));
    if (phrase) {
      greeted = true;
      i += phrase.length;
      continue;
    }
    const t = tokens[i]!;
    // "good morning", not "good bot".
    if ((t === 'good' || t === 'god') && !GREETS_AFTER.has(tokens[i + 1] ?? '')) return false;
    if (OPENING_GREETINGS.has(t)) greeted = true;
    else if (!GREETINGS.has(t) && !GREETED.has(t)) return false;
    i++;
  }
  return greeted;
}
