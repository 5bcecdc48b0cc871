/**
 * When the asker reads the story, said beside the question: "I'm reading this in 2026 – did anyone know what the train
 * carried?", "it's 2025 now, but back then …", "leser dette i 2026: …". It dates the asking, not what is asked: a year
 * after the story's would otherwise ask what came after it.
 */
// prettier-ignore
const READING_TIME = new RegExp(
  [
    String.raw`(?:i'?m |i am |am |we'?re |just |only )*(?:reading|rereading|re-reading|read|looking at|found|came across|stumbled (?:on|upon|across)|seeing)` +
      String.raw` (?:this|it|the article|the story|this article|this story|this piece|the piece)(?: again| now| only| just)? (?:in|during) 20\d\d`,
    String.raw`(?:it'?s|it is|we'?re in|we are in) 20\d\d(?: now| already)?`,
    String.raw`(?:jeg |eg |æ |je )?(?:leser|les|lese|lest|leste|ser|fant|kom over|snubla over|snublet over)` +
      String.raw` (?:dette|denne saken|saken|saka|artikkelen|denne artikkelen|denne saka|det)(?: igjen| nå| no| først)? (?:i|nå i) 20\d\d`,
    String.raw`(?:det er|det e|vi er i|me er i) 20\d\d(?: nå| no)?`,
  ].map((phrase) => `(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])[\\s,.:;!–—-]*`).join('|'),
  'giu',
);

/** The text without what it says of when the asker reads the story, or the text itself when it says nothing of it. */
export function withoutReadingTime(text: string): string {
  if (!/20\d\d/.test(text)) return text;
  const left = text.replace(READING_TIME, ' ').trim();
  return left === '' ? text : left;
}
