// A line of this many words or fewer, ending in no mark, is a fragment of the sentence the next line goes on with.
const FRAGMENT_WORDS = 3;
const ENDS_SENTENCE = /[.!?…:;]\s*$/u;
// A line of a quote, a list, a heading, a code block or a chat log, each a part of its own: as typed, before its marks go.
const MARKED_LINE = /^\s*(?:[>•*#`[<|-]|\d{1,2}[.)]|\(\d|q\d)/iu;

/**
 * One question typed over several short lines, as a phone sends it ("the train\nwhat was\nits top speed", "hei\nbildene\nhvem
 * tok dem?"): a line of a few words ending in no mark is joined to the next, so the question is read whole; a line that
 * ends a sentence, or two long lines, stay apart ("who took the pictures?\nhow long is the bridge?").
 */
export function withFragmentLinesJoined(text: string): string {
  const lines = text.split('\n');
  let joined = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const fragment =
      !ENDS_SENTENCE.test(before) &&
      !MARKED_LINE.test(before) &&
      !MARKED_LINE.test(lines[i]!) &&
      // A blank line parts what it stands between ("…?\n\nSent from my iPhone").
      /\S/u.test(before) &&
      /\S/u.test(lines[i]!) &&
      (wordCount(before) <= FRAGMENT_WORDS || wordCount(lines[i]!) <= FRAGMENT_WORDS);
    joined += (fragment ? ' ' : '\n') + lines[i];
  }
  return joined;
}

function wordCount(line: string): number {
  return line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
