// A name stated, not asked: "et selskap som heter Planet-noe", "a company called Planet something" (a quiz's option).
const NAMING = new Set(['heter', 'heiter', 'het', 'called', 'named', 'kalt', 'kalla']);
const RELATIVE = new Set(['som', 'that', 'which', 'who']);
const NOT_STATING = new Set(['is', 'was', 'are', 'were', 'be', 'being', 'what', 'how', 'it', 'they', 'he', 'she']);
const ASKS_WHAT = new Set(['what', 'hva', 'kva', 'ka', 'how', 'hvordan']);
// As far before "called" as the questions asking a name put their verb ("what was the horse Kim rides called").
const CALLED_REACH = 6;

/** Whether a message has a word that may state a name (most have none: they are not copied). */
export function mayStateName(tokens: readonly string[]): boolean {
  return tokens.some((t) => NAMING.has(t));
}

/** The tokens without each name stated ("som heter X", "a company called X"): the naming word and the name after it. */
export function withoutStatedNames(tokens: readonly string[]): readonly string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = tokens[i - 1];
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "A company called X", not "what was the horse called" or "why is it called X" (a verb "to be" before it).
    const called = t === 'called' && !tokens.slice(Math.max(0, i - CALLED_REACH), i).some((w) => NOT_STATING.has(w));
    const states = NAMING.has(t) && next !== undefined && !ASKS_WHAT.has(next) && before !== undefined && (RELATIVE.has(before) || called);
    if (states) i++;
    else kept.push(t);
  }
  return kept;
}
