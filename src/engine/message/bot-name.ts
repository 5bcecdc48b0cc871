/**
 * The bot called by what it does ("this fact-checker", "kjære faktasjekker", "faktasjekkeren", "imagine fact-checking a
 * train") or by what any chatbot is called ("hello there robot", "hei chatbot"): that names the bot, as "bot" does,
 * not the facts the article's entries talk about ("is it a fact that …").
 */
// prettier-ignore
const ONE_WORD = new Set([
  'factchecker', 'factcheckers', 'faktasjekker', 'faktasjekkeren', 'faktasjekkar', 'faktasjekkaren', 'faktabot', 'faktaboten',
  // What any chatbot is called.
  'robot', 'roboten', 'robotten', 'chatbot', 'chatboten', 'chatbotten', 'botten',
]);
const FIRST = new Set(['fact', 'facts']);
const SECOND = new Set(['checker', 'check', 'bot', 'checking']);
// "fact check bot": the three words are one name.
const BOT = new Set(['bot', 'boten']);

/** Whether a word may start a descriptive name of the bot (see withBotNamed): a message with none is left as it is. */
export function mayNameBot(word: string): boolean {
  return ONE_WORD.has(word) || FIRST.has(word);
}

/** The tokens with the bot's descriptive names as "bot" (the same array when there are none). */
export function withBotNamed(tokens: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ONE_WORD.has(t)) {
      (out ??= tokens.slice(0, i)).push('bot');
      continue;
    }
    // "fact-checker", "fact check bot"; not "fact check" alone ("can you fact check this claim").
    if (FIRST.has(t) && SECOND.has(tokens[i + 1] ?? '') && (tokens[i + 1] !== 'check' || BOT.has(tokens[i + 2] ?? ''))) {
      (out ??= tokens.slice(0, i)).push('bot');
      i += tokens[i + 1] === 'check' ? 2 : 1;
      continue;
    }
    out?.push(t);
  }
  return out ?? (tokens as string[]);
}
