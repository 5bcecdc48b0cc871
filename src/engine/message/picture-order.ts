import { isClockAt } from './clock-time.js';
import { TokenPatternSet } from './token-pattern.js';

/**
 * "The first satellite image", "det siste bildet", "pic 2": a picture named by where it stands in a series, which the
 * question's words alone do not tell apart (every picture of the series shows the same train). 0 is the first, -1 the last.
 */
export type PicturePosition = number;

// prettier-ignore
export const PICTURES: readonly string[] = [
  'image', 'images', 'picture', 'pictures', 'pic', 'pics', 'photo', 'photos', 'shot', 'shots', 'frame', 'snapshot',
  'bilde', 'bildet', 'bilder', 'bildene', 'bilete', 'biletet', 'bileta', 'bildan', 'foto', 'fotoet', 'fotografi', 'fotografiet',
  'satellittbilde', 'satellittbildet', 'satellittbilete', 'satellittbiletet',
];
// Words that may stand between the position and the picture: "the first satellite image", "det første satellittbildet".
const BETWEEN = ['satellite', 'sat', 'satellitt', 'planet'];
// "1st", "2nd", "3rd" are words once tokenized.
// prettier-ignore
export const POSITIONS: ReadonlyArray<[PicturePosition, readonly string[]]> = [
  [0, ['first', 'earliest', 'første', 'fyrste', 'tidligste', 'tidlegaste']],
  [1, ['second', 'andre']],
  [2, ['third', 'tredje']],
  [-1, ['last', 'final', 'latest', 'siste', 'seinaste', 'seneste']],
];
// "Pic 2", "bilde nummer to" (spoken numbers are digits by now), "image #3".
const NUMBERED = new Map([
  ['1', 0],
  ['2', 1],
  ['3', 2],
]);
// Said in words only after "number": "the pics to the press" names no second picture.
// prettier-ignore
const SPOKEN = new Map([['one', 0], ['two', 1], ['three', 2], ['en', 0], ['ett', 0], ['to', 1], ['tre', 2]]);
const NUMBER_WORDS = new Set(['nummer', 'number', 'no', 'nr']);

const patterns = POSITIONS.map(([position, words]) => ({
  position,
  set: new TokenPatternSet(words.flatMap((w) => PICTURES.flatMap((p) => [[w, p], ...BETWEEN.map((b) => [w, b, p])]))),
}));
const NUMBERED_PICTURE = new TokenPatternSet(PICTURES.flatMap((p) => [...[...NUMBERED.keys()].map((n) => [p, n]), ...[...NUMBER_WORDS].map((w) => [p, w])]));

/** The position of the picture a question names by its place in the series, if it names one by it (the first it names). */
export function picturePosition(tokens: readonly string[]): PicturePosition | undefined {
  let found: { at: number; position: PicturePosition } | undefined;
  for (const { position, set } of patterns) {
    if (!set.matches(tokens)) continue;
    const words = POSITIONS.find(([p]) => p === position)![1];
    const at = tokens.findIndex((t) => words.includes(t));
    if (found === undefined || at < found.at) found = { at, position };
  }
  if (found) return found.position;
  if (!NUMBERED_PICTURE.matches(tokens)) return undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!PICTURES.includes(tokens[i]!)) continue;
    const numbered = NUMBER_WORDS.has(tokens[i + 1]!);
    const next = tokens[numbered ? i + 2 : i + 1] ?? '';
    const position = NUMBERED.get(next) ?? (numbered ? SPOKEN.get(next) : undefined);
    if (position !== undefined) return position;
  }
  return undefined;
}

// A clock time in an answer ("10:24", "13.10", "kl. 14.29"): the time its picture was taken.
export const CLOCK = /(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/;
// What a picture shows or lets be seen: "It shows a train …", "… can be seen on the track".
const PICTURE_WORD = /(?<!\p{L})(?:images?|pictures?|photos?|photographs?|shows?|seen|visible)(?!\p{L})/iu;

/**
 * The pictures of a series, in the order they were taken: the entries whose answer tells what a picture taken at a
 * clock time shows ("10:24: a train with three wagons …"), earliest first. Fewer than two make no series. Built entry by
 * entry, so that a bot assembling an archive's engine in slices can spread it out.
 */
export class PictureSeries {
  // Per time, the entry that tells of it soonest in its answer: the picture's own entry, not one that mentions it in passing.
  private readonly byTime = new Map<number, { id: string; at: number }>();

  add(entry: { id: string; answer: { en: string } }): void {
    const clock = clockTimeIn(entry.answer.en);
    if (!clock || !PICTURE_WORD.test(entry.answer.en)) return;
    const known = this.byTime.get(clock.minutes);
    if (!known || clock.at < known.at) this.byTime.set(clock.minutes, { id: entry.id, at: clock.at });
  }

  /** The entries' ids, earliest picture first. */
  order(): string[] {
    if (this.byTime.size < 2) return [];
    return [...this.byTime.entries()].sort(([a], [b]) => a - b).map(([, { id }]) => id);
  }
}

/** The series of these entries' pictures (see PictureSeries). */
export function pictureSeries(entries: Iterable<{ id: string; answer: { en: string } }>): string[] {
  const series = new PictureSeries();
  for (const e of entries) series.add(e);
  return series.order();
}

/** Whether a question's tokens name a time of day (read as two digit tokens: "13.10", "ten past one" -> "13", "10"). */
export function namesClockTime(tokens: readonly string[]): boolean {
  return tokens.some((_, i) => isClockAt(tokens, i));
}

/** The first clock time a text gives, in minutes after midnight, and where in the text it stands. */
export function clockTimeIn(text: string): { minutes: number; at: number } | undefined {
  const clock = CLOCK.exec(text);
  return clock ? { minutes: Number(clock[1]) * 60 + Number(clock[2]), at: clock.index } : undefined;
}
