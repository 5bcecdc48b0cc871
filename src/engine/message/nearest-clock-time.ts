import { isClockAt } from './clock-time.js';
import { CLOCK, PICTURES } from './picture-order.js';

/**
 * How far from a time the knowledge base gives a question's time may be and still mean it: people round ("kl 1430 ish"
 * for the picture at 14.29, "around 2:30pm") or misremember by a quarter of an hour ("at like 10:40"). Further off
 * it is another time of day.
 */
const SNAP_MINUTES = 20;
const HALF_DAY = 12 * 60;
// prettier-ignore
const AFTERNOON_CUES: ReadonlySet<string> = new Set([...PICTURES, 'pm', 'afternoon', 'ettermiddag', 'ettermiddagen', 'kl', 'klokka', 'klokken']);
// Every clock time of a text, as picture-order.ts reads the first.
const EVERY_CLOCK = new RegExp(CLOCK.source, 'g');

/** Every time of day the texts give ("10.24", "13:10"), in minutes after midnight. */
export function clockTimesIn(texts: Iterable<string>): number[] {
  const times = new Set<number>();
  for (const text of texts) for (const [, hour, minutes] of text.matchAll(EVERY_CLOCK)) times.add(Number(hour) * 60 + Number(minutes));
  return [...times].sort((a, b) => a - b);
}

/**
 * A question's times of day (two digit tokens, as clock-time.ts reads them: "14", "30") read as the one time the knowledge
 * base gives near them (`known`, from clockTimesIn), when exactly one lies within SNAP_MINUTES and none is the time said.
 * The tokens themselves when nothing changes.
 */
export function nearestKnownTimes(tokens: readonly string[], known: readonly number[]): readonly string[] {
  if (known.length === 0) return tokens;
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!isClockAt(tokens, i)) continue;
    const said = Number(tokens[i]) * 60 + Number(tokens[i + 1]);
    let near = known.filter((k) => Math.abs(k - said) <= SNAP_MINUTES);
    // "The 1:10 pic", "1.10 in the afternoon": a time of the afternoon on a twelve-hour clock, when the morning's has none
    // near and the question speaks of a picture or of the afternoon ("on a scale 1-10" is no time at all).
    if (near.length === 0 && said < HALF_DAY && tokens.some((t) => AFTERNOON_CUES.has(t)))
      near = known.filter((k) => Math.abs(k - said - HALF_DAY) <= SNAP_MINUTES);
    if (near.length !== 1 || near[0] === said) continue;
    out ??= [...tokens];
    out[i] = String(Math.floor(near[0]! / 60));
    out[i + 1] = String(near[0]! % 60).padStart(2, '0');
  }
  return out ?? tokens;
}
