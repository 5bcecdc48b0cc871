import { isLengthUnit } from './length-units.js';
import { alternatives, TEENS, TENS, UNITS } from './number-words.js';

/**
 * Counts said in words, as digits: "thirty eight north" is 38 North, "thirteen wagons" 13, "eight hundred metres"
 * and "åttehundre meter" 800, "trettiåtte" 38. Only from ten up: the article writes small numbers in words ("three
 * containers"), and "one", "en", "to" are mostly no numbers at all. Read after years and times of day, which are
 * said with the same words.
 */
const HUNDRED = new Set(['hundred', 'hundre']);
const AND = new Set(['and', 'og']);
// "ten past one", "ti over ett", "ti på to": a time of day the clock reader left in words, not a count.
const CLOCK_AFTER = new Set(['past', 'to', 'over', 'på', 'pa', 'i', 'til', 'half', 'halv', 'am', 'pm', 'oclock']);
// One word: "trettiåtte", "åttehundre", "tohundreogfemti".
const COMPOUND = new RegExp(`^(?:(${alternatives(UNITS)})hundre(?:og)?)?(?:(${alternatives(TEENS)})|(${alternatives(TENS)})(${alternatives(UNITS)})?)?$`, 'u');
const MAY_SAY = new RegExp(`^(?:${alternatives(TEENS)}|${alternatives(TENS)}|${alternatives(UNITS)})`, 'u');

/** Whether a word may say (part of) a count: a message with none is left as it is. */
export function maySayCount(word: string): boolean {
  return TEENS.has(word) || TENS.has(word) || HUNDRED.has(word) || UNITS.has(word) || (word.length > 4 && MAY_SAY.test(word) && COMPOUND.test(word));
}

export function readSpokenNumbers(tokens: readonly string[]): string[] {
  // Most messages say no count in words: leave them as they are.
  if (!tokens.some(maySayCount)) return tokens as string[];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = numberAt(tokens, i);
    if (read === undefined || CLOCK_AFTER.has(tokens[i + read.length] ?? '')) {
      out.push(tokens[i]!);
      continue;
    }
    out.push(String(read.value));
    i += read.length - 1;
  }
  return out;
}

/** A number of 10 or more said from `at` on, and how many tokens it takes. */
function numberAt(tokens: readonly string[], at: number): { value: number; length: number } | undefined {
  const token = tokens[at]!;
  // "eight hundred (and) fifty", "åtte hundre".
  const unit = UNITS.get(token);
  if (unit !== undefined) {
    // "to kilometer fra hva?", "two kilometres": a small number is one before a unit of length (not "one of the", "to the").
    if (unit > 1 && isLengthUnit(tokens[at + 1] ?? '')) return { value: unit, length: 1 };
    if (!HUNDRED.has(tokens[at + 1] ?? '')) return undefined;
    const restAt = AND.has(tokens[at + 2] ?? '') ? at + 3 : at + 2;
    const rest = belowHundredAt(tokens, restAt);
    return rest ? { value: unit * 100 + rest.value, length: restAt - at + rest.length } : { value: unit * 100, length: 2 };
  }
  const below = belowHundredAt(tokens, at);
  if (below !== undefined) return below;
  const compound = token.length > 4 ? COMPOUND.exec(token) : null;
  if (compound === null || (compound[1] === undefined && compound[2] === undefined && compound[3] === undefined)) return undefined;
  const hundreds = compound[1] === undefined ? 0 : UNITS.get(compound[1])! * 100;
  const tens = TEENS.get(compound[2] ?? '') ?? (TENS.get(compound[3] ?? '') ?? 0) + (UNITS.get(compound[4] ?? '') ?? 0);
  const value = hundreds + tens;
  return value >= 10 ? { value, length: 1 } : undefined;
}

/** A number from 10 to 99 said from `at` on ("thirty eight", "tretten"), and how many tokens it takes. */
function belowHundredAt(tokens: readonly string[], at: number): { value: number; length: number } | undefined {
  const first = tokens[at];
  if (first === undefined) return undefined;
  const teen = TEENS.get(first);
  if (teen !== undefined) return { value: teen, length: 1 };
  const tens = TENS.get(first);
  if (tens === undefined) return undefined;
  const unit = UNITS.get(tokens[at + 1] ?? '');
  return unit === undefined ? { value: tens, length: 1 } : { value: tens + unit, length: 2 };
}
