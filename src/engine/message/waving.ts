// Waving hands, each with a skin tone, a gender sign or a joiner after it, and nothing else.
const ONLY_WAVING = /^\s*(?:(?:\u{1F44B}|\u{1F590}|\u{270B}|\u{1F91A}|\u{1F64B})(?:[\u{1F3FB}-\u{1F3FF}]|\ufe0f|\u200d|\u2640|\u2642)*\s*)+$/u;

/** "👋", "👋🏽": a message that only waves greets, in no language of its own (cleaning drops every emoji, this with them). */
export function onlyWaves(text: string): boolean {
  return ONLY_WAVING.test(text);
}
