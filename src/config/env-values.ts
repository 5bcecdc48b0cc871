/**
 * The shapes of configuration values, as small rules: each takes a variable's raw text (blank
 * counts as unset) and returns its value or throws an InvalidValue that says what is wrong without
 * repeating the value (it may be a secret). Plain functions rather than a schema library: every
 * command reads the environment at start-up, and `ask` is meant to start fast.
 */
export class InvalidValue extends Error {}

export type Rule<T> = (raw: string | undefined) => T;

const blank = (raw: string | undefined): raw is undefined => raw === undefined || raw.trim() === '';

const invalid = (message: string): never => {
  throw new InvalidValue(message);
};

/** An optional variable: undefined when unset, else the rule's value. */
export function optional<T>(rule: Rule<T>): Rule<T | undefined> {
  return (raw) => (blank(raw) ? undefined : rule(raw));
}

/** A variable with a default when unset. */
export function withDefault<T>(rule: Rule<T>, fallback: T): Rule<T> {
  return (raw) => (blank(raw) ? fallback : rule(raw));
}

export const text: Rule<string> = (raw) => raw ?? invalid('is required');

export function minLength(min: number, message: string): Rule<string> {
  return (raw) => (text(raw).length >= min ? raw! : invalid(message));
}

/** Trimmed, between `min` and `max` characters. */
export function trimmed(min: number, max: number): Rule<string> {
  return (raw) => {
    const value = text(raw).trim();
    if (value.length < min) return invalid(`must be at least ${min} characters`);
    if (value.length > max) return invalid(`must be at most ${max} characters`);
    return value;
  };
}

export function matching(pattern: RegExp, message: string): Rule<string> {
  return (raw) => (pattern.test(text(raw)) ? raw! : invalid(message));
}

export function oneOf<const T extends string>(values: readonly T[]): Rule<T> {
  return (raw) => ((values as readonly string[]).includes(text(raw)) ? (raw as T) : invalid(`must be one of ${values.join(', ')}`));
}

/** A number (as JavaScript reads one: " 5 ", "1e3"), within [min, max]; whole when `integer`. */
export function numberIn(min: number, max: number, integer = true): Rule<number> {
  return (raw) => {
    const value = Number(text(raw));
    if (!Number.isFinite(value)) return invalid('must be a number');
    if (integer && !Number.isSafeInteger(value)) return invalid('must be a whole number');
    if (value < min) return invalid(`must be at least ${min}`);
    if (value > max) return invalid(`must be at most ${max}`);
    return value;
  };
}

/** An http(s) address. */
export const httpUrl: Rule<string> = (raw) => {
  let url: URL;
  try {
    url = new URL(text(raw));
  } catch {
    return invalid('must be an http(s) URL');
  }
  return /^https?:$/.test(url.protocol) ? raw! : invalid('must be an http(s) URL');
};

export const snowflake: Rule<string> = matching(/^\d{15,22}$/, 'must be a Discord id (15 to 22 digits)');

/** "a, b,c" → ["a", "b", "c"]; unset → []. */
export const snowflakeList: Rule<string[]> = (raw) => {
  const ids = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return ids.every((id) => /^\d{15,22}$/.test(id)) ? ids : invalid('must be Discord ids (15 to 22 digits), separated by commas');
};

const DURATION_UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "30m", "6h", "1d" (s, m, h, d) as milliseconds, from 1m to 366d. */
export const duration: Rule<number> = (raw) => {
  const match = /^(\d+)\s*([smhd])$/.exec(text(raw));
  if (!match) return invalid('must be a duration such as 30m, 6h or 1d');
  const ms = Number(match[1]) * DURATION_UNITS[match[2] as keyof typeof DURATION_UNITS];
  return ms >= 60_000 && ms <= 366 * 86_400_000 ? ms : invalid('must be between 1m and 366d');
};
