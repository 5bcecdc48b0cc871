/**
 * Times of day as people say or dictate them, in the digits the article uses: "ten twenty four" and
 * "klokka ti tjuefire" are 10.24, "fjorten tjueni" and "2.29pm" are 14.29. Only an hour word
 * directly followed by a minute word counts ("three wagons" stays words), and only hours up to 18:
 * "nineteen forty-eight" and "twenty twenty-two" are years.
 */
// prettier-ignore
const HOURS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  // Not "en" and "to": mostly the article and the preposition. Nynorsk's "eitt" ("ti over eitt").
  ett: 1, eitt: 1, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18,
}));
// prettier-ignore
const TEENS = new Map<string, number>(Object.entries({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18,
  nitten: 19,
}));
// prettier-ignore
const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, tjue: 20, tjuge: 20, tretti: 30, tredve: 30, førti: 40, forti: 40, femti: 50,
}));
// prettier-ignore
const UNITS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  en: 1, ett: 1, eitt: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9,
}));
/** "oh five", "null fem": the minutes' leading zero. */
const ZERO = new Set(['oh', 'null']);
const TENS_COMPOUND = new RegExp(`^(${[...TENS.keys()].join('|')})(${[...UNITS.keys()].join('|')})$`, 'u');
const DIGITS_PM = /^(\d{1,2})pm$/;
// "twenty four minutes past ten", "tjuefire minutter over ti": the minutes said before the hour.
const MINUTE_WORDS = new Set(['minutes', 'minute', 'mins', 'min', 'minutter', 'minutt']);
const PAST = new Set(['past', 'after', 'over', 'etter']);
const NOON = 12;
// The words before a time of day written as four digits ("kl 1430", "klokka 1024"): not "at" or "in", before which four
// digits are mostly a year.
const CLOCK_WORDS = new Set(['kl', 'klokka', 'klokken', 'klokke']);
const HOUR_AND_MINUTES = /^([01]\d|2[0-3])([0-5]\d)$/;

// Module constants: a regular expression literal in the function would be a new object on every call (every token).
const HOUR = /^\d\d?$/;
const MINUTES = /^\d\d$/;

/** Whether a time of day, as read (hour then minutes: "13", "10"), starts at token `i`. */
export function isClockAt(tokens: readonly string[], i: number): boolean {
  const hour = tokens[i];
  return hour !== undefined && HOUR.test(hour) && Number(hour) < 24 && MINUTES.test(tokens[i + 1] ?? '');
}

/** Whether a word may tell (part of) a time of day: a message with none is left as it is. */
export function mayTellTime(word: string): boolean {
  return HOURS.has(word) || word.endsWith('pm') || MINUTE_WORDS.has(word) || CLOCK_WORDS.has(word) || HALF_OR_QUARTER.has(word) || ABOUT_THE_HOUR.has(word);
}

export function readClockTimes(tokens: readonly string[]): string[] {
  // Most messages say no time in words: leave them as they are.
  if (!tokens.some(mayTellTime)) return tokens as string[];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const told = toldTimeAt(tokens, i);
    if (told !== undefined) {
      out.push(String(told.hour), String(told.minutes).padStart(2, '0'));
      i += told.length - 1;
      continue;
    }
    // "kl 1430": hour and minutes written together after the clock's word.
    const together = CLOCK_WORDS.has(tokens[i - 1] ?? '') ? HOUR_AND_MINUTES.exec(token) : null;
    if (together) {
      out.push(String(Number(together[1])), together[2]!);
      continue;
    }
    const past = minutesPastAt(tokens, i);
    if (past !== undefined) {
      out.push(String(past.hour), String(past.minutes).padStart(2, '0'));
      i += past.length - 1;
      continue;
    }
    // "klokka ett", "ett-tida", "13-tiden": the hour alone, by the clock's word before it or the word for the time of day after.
    const whole = wholeHourAt(tokens, i);
    if (whole !== undefined) {
      out.push(String(whole.hour), '00');
      i += whole.length - 1;
      continue;
    }
    const hour = HOURS.get(token);
    const minutes = hour === undefined ? undefined : minutesAt(tokens, i + 1);
    if (hour !== undefined && minutes !== undefined) {
      out.push(String(hour), String(minutes.value).padStart(2, '0'));
      i += minutes.length;
      continue;
    }
    // "2.29pm" tokenises as "2", "29pm": the minutes carry the pm; "2pm" is the hour alone.
    const pm = token.endsWith('pm') ? DIGITS_PM.exec(token) : null;
    if (pm) {
      const hourBefore = /^\d\d$/.test(pm[1]!) && out.length > 0 && /^\d{1,2}$/.test(out[out.length - 1]!);
      if (hourBefore) out[out.length - 1] = String(afternoon(Number(out[out.length - 1])));
      if (hourBefore) out.push(pm[1]!);
      // "2pm" is two o'clock: the hour and its minutes, read as any time of day is.
      else out.push(String(afternoon(Number(pm[1]))), '00');
      continue;
    }
    if (token === 'pm' && out.length >= 2 && /^\d\d$/.test(out[out.length - 1]!) && /^\d{1,2}$/.test(out[out.length - 2]!)) {
      out[out.length - 2] = String(afternoon(Number(out[out.length - 2])));
      continue;
    }
    // "at 1 pm": the hour alone before it.
    if (token === 'pm' && out.length >= 1 && /^\d{1,2}$/.test(out[out.length - 1]!) && Number(out[out.length - 1]) <= NOON) {
      out[out.length - 1] = String(afternoon(Number(out[out.length - 1])));
      out.push('00');
      continue;
    }
    out.push(token);
  }
  return out;
}

// "ett-tida", "to-tiden", "13-tida", "ved ti-tia": about that hour.
const ABOUT_THE_HOUR = new Set(['tida', 'tiden', 'tia', 'tidå']);

/** An hour said alone ("klokka ett", "ett-tida", "13-tiden") from `at` on: the hour, in daytime if a word, and its tokens. */
function wholeHourAt(tokens: readonly string[], at: number): { hour: number; length: number } | undefined {
  const token = tokens[at]!;
  const word = HOURS.get(token);
  const digits = /^\d{1,2}$/.test(token) ? Number(token) : undefined;
  if (ABOUT_THE_HOUR.has(tokens[at + 1] ?? '')) {
    if (word !== undefined) return { hour: daytime(word, 0, 2).hour, length: 2 };
    if (digits !== undefined && digits < 24) return { hour: digits, length: 2 };
  }
  // After the clock's word, a word for the hour with no minutes after it ("klokka ett?", not "klokka ti tjuefire").
  if (word !== undefined && CLOCK_WORDS.has(tokens[at - 1] ?? '') && minutesAt(tokens, at + 1) === undefined)
    return { hour: daytime(word, 0, 1).hour, length: 1 };
  return undefined;
}

// Times told by the half and quarter hours: "halv elleve" (10.30), "half past ten", "kvart over ett", "quarter to two".
const HALF_OR_QUARTER = new Set(['halv', 'half', 'kvart', 'quarter']);
const BEFORE = new Set(['på', 'pa', 'to', 'til', 'before']);
// A time of day told without am or pm is meant in daytime: "halv tre" is 14.30, not 02.30.
const FIRST_DAY_HOUR = 7;

/** "halv elleve", "half past ten", "kvart på to" from `at` on: the time of day and how many tokens it takes. */
function toldTimeAt(tokens: readonly string[], at: number): { hour: number; minutes: number; length: number } | undefined {
  const word = tokens[at]!;
  if (!HALF_OR_QUARTER.has(word)) return undefined;
  // "a quarter past": the tokenizer drops the lone "a".
  const relation = tokens[at + 1] ?? '';
  const related = PAST.has(relation) || BEFORE.has(relation);
  const hour = hourAt(tokens[related ? at + 2 : at + 1]);
  if (hour === undefined) return undefined;
  const length = related ? 3 : 2;
  // Norwegian "halv elleve" is half an hour before eleven; English "half ten" half an hour after ten.
  if (word === 'halv' && !related) return daytime(hour - 1, 30, length);
  if (word === 'half' && (!related || PAST.has(relation))) return daytime(hour, 30, length);
  if (word === 'kvart' || word === 'quarter') {
    if (PAST.has(relation)) return daytime(hour, 15, length);
    if (BEFORE.has(relation)) return daytime(hour - 1, 45, length);
  }
  return undefined;
}

function hourAt(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const hour = HOURS.get(token) ?? (/^\d{1,2}$/.test(token) ? Number(token) : undefined);
  return hour !== undefined && hour >= 1 && hour <= NOON ? hour : undefined;
}

function daytime(hour: number, minutes: number, length: number): { hour: number; minutes: number; length: number } {
  const h = hour === 0 ? NOON : hour;
  return { hour: h < FIRST_DAY_HOUR ? h + NOON : h, minutes, length };
}

// Minutes said before the hour without the word "minutes": "ti over ett", "five past two", "tjue på tre". Round ones
// only ("seven past" is no way to tell a time), and not English "to": "ten to one" is mostly odds.
const ROUND_MINUTES = new Set([5, 10, 20, 25]);
const BEFORE_HOUR = new Set(['på', 'pa', 'before']);

/**
 * "twenty four minutes past ten", "ti over ett", "fem på halv tre" from `at` on: the hour, the minutes and how many tokens
 * they take; a time of the day (see daytime).
 */
function minutesPastAt(tokens: readonly string[], at: number): { hour: number; minutes: number; length: number } | undefined {
  const digits = /^\d{1,2}$/.test(tokens[at]!) ? { value: Number(tokens[at]), length: 1 } : undefined;
  const minutes = digits ?? minuteCountAt(tokens, at);
  if (minutes === undefined || minutes.value >= 60) return undefined;
  let next = at + minutes.length;
  const named = MINUTE_WORDS.has(tokens[next] ?? '');
  if (named) next++;
  else if (digits !== undefined || !ROUND_MINUTES.has(minutes.value)) return undefined;
  const relation = tokens[next] ?? '';
  const sign = PAST.has(relation) ? 1 : BEFORE_HOUR.has(relation) ? -1 : 0;
  if (sign === 0) return undefined;
  // "fem på halv tre": five before half past two.
  const half = tokens[next + 1] === 'halv';
  const hourWord = tokens[next + 1 + (half ? 1 : 0)] ?? '';
  const hour = half || !named ? hourAt(hourWord) : (HOURS.get(hourWord) ?? (/^\d{1,2}$/.test(hourWord) ? Number(hourWord) : undefined));
  if (hour === undefined) return undefined;
  const length = next + 2 + (half ? 1 : 0) - at;
  const total = (half ? (hour - 1) * 60 + 30 : hour * 60) + sign * minutes.value;
  return daytime(Math.floor(total / 60), total % 60, length);
}

/** A unit word ("five") or the minutes words minutesAt reads ("twenty four"). */
function minuteCountAt(tokens: readonly string[], at: number): { value: number; length: number } | undefined {
  const unit = UNITS.get(tokens[at]!);
  return unit !== undefined ? { value: unit, length: 1 } : minutesAt(tokens, at);
}

function afternoon(hour: number): number {
  return hour < NOON ? hour + NOON : hour;
}

/** The minutes said from `at` on, and how many tokens they take. */
function minutesAt(tokens: readonly string[], at: number): { value: number; length: number } | undefined {
  const [first, second] = [tokens[at], tokens[at + 1]];
  if (first === undefined) return undefined;
  const zeroUnit = ZERO.has(first) && second !== undefined ? UNITS.get(second) : undefined;
  if (zeroUnit !== undefined) return { value: zeroUnit, length: 2 };
  const teen = TEENS.get(first);
  if (teen !== undefined) return { value: teen, length: 1 };
  const compound = TENS_COMPOUND.exec(first);
  if (compound) return { value: TENS.get(compound[1]!)! + UNITS.get(compound[2]!)!, length: 1 };
  const tens = TENS.get(first);
  if (tens === undefined) return undefined;
  const unit = second === undefined ? undefined : UNITS.get(second);
  return unit === undefined ? { value: tens, length: 1 } : { value: tens + unit, length: 2 };
}
