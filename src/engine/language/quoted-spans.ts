/**
 * A message with the words it quotes taken out: "translate pls: 'Russisk bistand var avgjørende …'" is asked in
 * English, whatever the quoted line is written in. Double quotes, guillemets and curly quotes pair wherever they
 * stand; a single quote only where it cannot be an apostrophe ("what's", "Kim's"): after a space or an opening mark,
 * closed before a space, a mark or the end.
 */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|(?<=^|[\s(:])[‘'][^'’\n]+['’](?=$|[\s.,!?:;)])/gu;

export function withoutQuotedSpans(text: string): string {
  return text.replace(QUOTED, ' ');
}

/** The spans a message quotes, without their quote marks ("what's a 'togsett'?" -> ["togsett"]). */
export function quotedSpans(text: string): string[] {
  return (text.match(QUOTED) ?? []).map((q) => q.slice(1, -1).trim()).filter((q) => q.length > 0);
}
