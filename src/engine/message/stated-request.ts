/**
 * A sentence put as a statement that still asks for something ("I want to know who took them", "fortell meg om
 * hestene") or puts something to be checked ("jeg hørte at toget fraktet hester"): no chatter beside a greeting or a
 * request for help, though it has no question mark.
 */
// prettier-ignore
const STATES_A_REQUEST = new RegExp('(?<!\\p{L})(?:' + [
  'wants? to know', 'wanna know', 'needs? to know', 'like to know', 'ønsker å vite', 'ønsker og vite', 'wonder', 'wondering', 'tell me', 'explain', 'lurer på', 'lurte på', 'vil vite',
  'vil gjerne vite', '(?:trenger|treng|må) (?:å |og )?vite', 'fortell', 'forklar', 'sjekk',
  'heard', 'read that', 'says that', 'said that', 'claims', 'hørte', 'hørt', 'høyrde', 'leste', 'sa at', 'sier at', 'påstår', 'mente at',
].join('|') + ')(?!\\p{L})', 'iu');

/** Whether a sentence put as a statement asks for something or puts something to be checked. */
export function statesARequest(sentence: string): boolean {
  return STATES_A_REQUEST.test(sentence);
}
