/**
 * A quiz's true-or-false choice around a statement: "True or false: the bridge is 1 km long", "Sant/usant: …",
 * "… fact or fiction?". It asks whether the statement is so, as "is it true …" does; but its second word names no topic,
 * and the two together pull the question to the story's verdict, whose examples ask "true or false" of the claim.
 */
// Each word of a choice, with the words that may answer it the other way.
// prettier-ignore
const OPPOSITES = new Map<string, ReadonlySet<string>>([
  ['true', new Set(['false', 'untrue', 'fake'])], ['real', new Set(['fake'])], ['right', new Set(['wrong'])], ['correct', new Set(['incorrect', 'wrong', 'false'])],
  ['fact', new Set(['fiction', 'myth', 'fake'])], ['myth', new Set(['fact', 'truth'])],
  ['sant', new Set(['usant', 'falskt', 'feil', 'galt', 'løgn', 'fake'])], ['sann', new Set(['usann', 'falsk'])], ['riktig', new Set(['galt', 'feil', 'gale'])],
  ['rett', new Set(['galt', 'feil', 'gale', 'rangt'])], ['ekte', new Set(['falskt', 'falsk', 'fake', 'løgn'])], ['fakta', new Set(['myte', 'fiksjon', 'tull', 'løgn'])], ['myte', new Set(['fakta', 'sannhet'])],
]);
// "el", "elr": "eller" as typed in a hurry.
const OR = new Set(['or', 'eller', 'el', 'elr', 'vs', 'versus']);
/** Words besides the choice the question must keep to be about a statement ("what's the verdict, true or false"). */
const MIN_LEFT = 2;

/** The tokens with a true-or-false choice read as its first word ("true", "sant"), or the tokens themselves when they hold none. */
export function withVerdictChoiceAsTag(tokens: readonly string[]): readonly string[] {
  const choice = verdictChoice(tokens);
  if (choice === undefined || tokens.length - (choice.end - choice.start) < MIN_LEFT) return tokens;
  return [...tokens.slice(0, choice.start + 1), ...tokens.slice(choice.end)];
}

/** Whether a sentence is a true-or-false choice and nothing else ("True or false:"): it asks about the sentence beside it. */
export function onlyVerdictChoice(tokens: readonly string[]): boolean {
  const choice = verdictChoice(tokens);
  return choice !== undefined && choice.start === 0 && choice.end === tokens.length;
}

/** Where the first true-or-false choice stands in the tokens ([start, end)), if they hold one. */
function verdictChoice(tokens: readonly string[]): { start: number; end: number } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const others = OPPOSITES.get(tokens[i]!);
    if (others === undefined) continue;
    const second = OR.has(tokens[i + 1]!) ? i + 2 : i + 1;
    if (second >= tokens.length || !others.has(tokens[second]!)) continue;
    // "True or fake news": the news is the choice's, not the story asked about.
    return { start: i, end: tokens[second] === 'fake' && tokens[second + 1] === 'news' ? second + 2 : second + 1 };
  }
  return undefined;
}
