import { PICTURES, POSITIONS } from './picture-order.js';

/**
 * "Hvor var toget på hvert av satellittbildene?", "list all the times the satellite pics were taken", "what did the three
 * photos show, one by one": the pictures of the series asked about each in turn. Each picture's entry answers its part,
 * so all of them answer, in order. Not whether something is the same in all of them ("was it the same train in all the
 * pictures": one entry compares them).
 */
// prettier-ignore
const EACH = new Set(['each', 'every', 'all', 'three', 'hvert', 'hvart', 'kvart', 'hver', 'kvar', 'alle', 'tre', '3', 'begge', 'both']);
// "One by one", "ett for ett", "hver for seg", "i tur og orden": each in turn, after the pictures.
// prettier-ignore
const IN_TURN: readonly (readonly string[])[] = [['one', 'by', 'one'], ['ett', 'for', 'ett'], ['eitt', 'for', 'eitt'], ['hver', 'for', 'seg'], ['kvar', 'for', 'seg'], ['in', 'order']];
const SAME = new Set(['same', 'samme', 'sama', 'identical', 'identiske', 'different', 'forskjellige', 'ulike']);
// Words that may stand between "each" and the pictures: "all the times the satellite pics", "hvert av satellittbildene".
const REACH = 5;
// "Hi all, in the last picture …": a place in the series between "all" and the picture names one picture.
const POSITION_WORDS: ReadonlySet<string> = new Set(POSITIONS.flatMap(([, words]) => words));
const PICTURE_WORDS = new Set([...PICTURES, 'satellittbildene', 'satellittbileta', 'satellittbilder', 'photographs', 'frames']);

/** Whether a question, from its lower-cased tokens, asks about each picture of the series in turn. */
export function asksEachPicture(tokens: readonly string[]): boolean {
  if (tokens.some((t) => SAME.has(t))) return false;
  const pictures = tokens.flatMap((t, i) => (PICTURE_WORDS.has(t) ? [i] : []));
  if (pictures.length === 0) return false;
  const eachBefore = (i: number): boolean => {
    for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
      if (POSITION_WORDS.has(tokens[j]!)) return false;
      if (EACH.has(tokens[j]!)) return true;
    }
    return false;
  };
  if (pictures.some(eachBefore)) return true;
  return tokens.some((_, i) => IN_TURN.some((run) => run.every((w, k) => tokens[i + k] === w)));
}
