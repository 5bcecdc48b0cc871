/**
 * The polite wrapping of a question: "could you kindly tell me how long the bridge is", "I was
 * wondering when …", "kan du sjekke om det stemmer at …", "vet du …". Its words ask nothing of the
 * article ("tell", "check", "kindly" are help's words), so matching reads the question without them.
 */
// prettier-ignore
const REQUEST = new RegExp(
  '(?:^| )(?:' + [
    // English: "could you (please|kindly) tell/explain/check (for) me", "do you know", "i was wondering", "i would like to know"
    '(?:could|can|would|will) you (?:please |kindly |pls |plz |just )*(?:tell|explain|show|check|confirm|verify|clarify|say|find out)(?: to)?(?: for)?(?: me| us)?(?: please)?',
    '(?:please |pls |plz )?tell me', 'let me know', 'do you know', 'do you happen to know', 'was wondering', 'am wondering', 'wonder',
    'would like to know', 'want to know', 'wanted to know', 'like to know', 'wanna know',
    // Norwegian: "kan du (være så snill å) fortelle/sjekke/forklare (meg)", "vet du", "jeg lurer på", "jeg vil gjerne vite"
    '(?:kan|kunne|vil|gidder) du (?:(?:være|vær) så snill (?:å )?|please |bare |gjerne )*(?:fortelle|forklare|sjekke|bekrefte|si|svare på|finne ut|fortelje|forklara|sjekka|stadfeste)(?: meg| oss| for meg)?',
    'fortell meg', 'forklar meg', 'vet du', 'veit du', 'veist du', 'lurer på', 'lurte på', 'vil gjerne vite', 'vil vite', 'ville vite', 'har lyst til (?:å )?vite',
  ].join('|') + ')(?= |$)', 'gu');
const TRIGGERS = new Set(['you', 'tell', 'know', 'wondering', 'wonder', 'du', 'lurer', 'lurte', 'vite', 'fortell', 'forklar']);
// What must be left for the wrapping to go: "can you tell me" alone asks what the bot can do.
const MIN_LEFT = 2;

/** The tokens without a polite request's wrapping, or the tokens themselves when there is none. */
export function withoutRequest(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => TRIGGERS.has(t))) return tokens;
  const left = tokens.join(' ').replace(REQUEST, ' ').trim();
  const out = left === '' ? [] : left.split(/ +/);
  return out.length >= MIN_LEFT && out.length < tokens.length ? out : tokens;
}
