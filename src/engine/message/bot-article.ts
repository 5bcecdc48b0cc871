/**
 * "What article is this bot about?", "hvilken sak handler boten om?": which article the bot answers on is the article
 * asked about, not the bot's help. Without the bot's word it asks as "what article is this about" does.
 */
const BOT = new Set(['bot', 'boten', 'botten', 'factbot']);
// prettier-ignore
const WHICH = new Set(['what', 'which', 'hva', 'hvilken', 'hvilket', 'kva', 'ka']);
// prettier-ignore
const ARTICLE = new Set(['article', 'story', 'piece', 'news', 'artikkel', 'artikkelen', 'sak', 'saken', 'saka', 'nyhet', 'nyheten', 'nyheita']);

/** Whether a word may be the bot's (see withoutBotOfArticle): a message with none is left as it is. */
export function mayNameBotOfArticle(word: string): boolean {
  return BOT.has(word);
}

/** The tokens without the bot's word when they ask which article it is about (the same array otherwise). */
export function withoutBotOfArticle(tokens: readonly string[]): readonly string[] {
  const asked = tokens.findIndex((t, i) => ARTICLE.has(t) && (WHICH.has(tokens[i - 1] ?? '') || WHICH.has(tokens[i - 2] ?? '')));
  if (asked < 0) return tokens;
  return tokens.filter((t, i) => i <= asked || !BOT.has(t));
}
