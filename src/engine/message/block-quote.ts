/**
 * A chat reply quoting another message (Discord's "> " lines) and saying something of its own: the asker's own lines,
 * or undefined when the message quotes nothing or says nothing besides. "> 38 North analysed them\nah ok ty" thanks;
 * the quote is what is being answered, not asked.
 */
const QUOTE_LINE = /^[ \t]*>/;

export function ownLines(message: string): string | undefined {
  if (!message.includes('>')) return undefined;
  const lines = message.split('\n');
  const own = lines.filter((line) => !QUOTE_LINE.test(line));
  if (own.length === lines.length) return undefined;
  const text = own.join('\n').trim();
  return text === '' ? undefined : text;
}
