import { alternatives, TEENS, TENS, UNITS } from './number-words.js';

/**
 * Years and decades said in words, as the article's digits: "nineteen forty-eight" and
 * "nittenførtiåtte" are 1948, "twenty twenty-two" is 2022, "the nineties" the 1990s and
 * "nittitallet" 1990-tallet. Only a century word (nineteen, twenty) directly followed by a
 * two-digit number counts, so "twenty four minutes" stays a count.
 */
// prettier-ignore
const CENTURIES = new Map<string, number>(Object.entries({ nineteen: 19, twenty: 20, nitten: 19, tjue: 20, tjuge: 20 }));
// prettier-ignore
const DECADES = new Map<string, string[]>(Object.entries({
  twenties: ['1920s'], thirties: ['1930s'], forties: ['1940s'], fifties: ['1950s'], sixties: ['1960s'], seventies: ['1970s'],
  eighties: ['1980s'], nineties: ['1990s'],
}));
// One word: "nittenførtiåtte", "tjuetjueto"; and a Norwegian decade: "nittitallet", "nittitalet".
const COMPOUND_YEAR = new RegExp(`^(${alternatives(CENTURIES)})(?:(${alternatives(TEENS)})|(${alternatives(TENS)})(${alternatives(UNITS)})?)$`, 'u');
const NB_DECADE = new RegExp(`^(${alternatives(TENS)})ta(?:ll|l)(?:et|ene)?$`, 'u');
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/** Whether a word may say (part of) a year or a decade: a message with none is left as it is. */
export function maySayYear(word: string): boolean {
  return CENTURIES.has(word) || DECADES.has(word) || COMPOUND_YEAR.test(word) || NB_DECADE.test(word);
}

export function readSpokenYears(tokens: readonly string[]): string[] {
  // Most messages say no year in words: leave them as they are.
  if (!tokens.some(maySayYear)) return tokens as string[];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const century = CENTURIES.get(token);
    const rest = century === undefined ? undefined : twoDigitsAt(tokens, i + 1);
    if (century !== undefined && rest !== undefined && isYear(century * 100 + rest.value)) {
      out.push(String(century * 100 + rest.value));
      i += rest.length;
      continue;
    }
    const compound = COMPOUND_YEAR.exec(token);
    if (compound) {
      const value = CENTURIES.get(compound[1]!)! * 100 + (TEENS.get(compound[2] ?? '') ?? TENS.get(compound[3] ?? '')! + (UNITS.get(compound[4] ?? '') ?? 0));
      if (isYear(value)) {
        out.push(String(value));
        continue;
      }
    }
    const decade = NB_DECADE.exec(token);
    if (decade && TENS.get(decade[1]!)! >= 20) {
      out.push(String(1900 + TENS.get(decade[1]!)!), 'tallet');
      continue;
    }
    out.push(...(DECADES.get(token) ?? [token]));
  }
  return out;
}

function isYear(value: number): boolean {
  return value >= FIRST_YEAR && value <= LAST_YEAR;
}

/** A number from 10 to 99 said from `at` on ("forty eight", "twenty-two", "førtiåtte", "ten"), and how many tokens it takes. */
function twoDigitsAt(tokens: readonly string[], at: number): { value: number; length: number } | undefined {
  const first = tokens[at];
  if (first === undefined) return undefined;
  const teen = TEENS.get(first);
  if (teen !== undefined) return { value: teen, length: 1 };
  const tens = TENS.get(first);
  if (tens !== undefined) {
    const unit = UNITS.get(tokens[at + 1] ?? '');
    return unit === undefined ? { value: tens, length: 1 } : { value: tens + unit, length: 2 };
  }
  for (const [word, value] of TENS) {
    const unit = first.startsWith(word) ? UNITS.get(first.slice(word.length)) : undefined;
    if (unit !== undefined) return { value: value + unit, length: 1 };
  }
  return undefined;
}
