/**
 * Questions for why someone likes something ("why does Kim like horses so much", "hvorfor er Kim så glad i hester"):
 * the cause of a liking. A text that tells of the liking ("known for his interest in horses") does not give its
 * cause; only one that gives a reason does (TELLS_MOTIVE).
 */
// prettier-ignore
const WHY = new Set(['why', 'hvorfor', 'kvifor', 'korfor', 'koffor', 'kvafor', 'hvafor']);
// A liking in one word, whatever comes before it.
// prettier-ignore
const LIKING = new Set([
  'love', 'loves', 'loved', 'obsessed', 'fond', 'passionate', 'fascinated', 'liker', 'likte', 'likar', 'elsker', 'elska', 'elskar',
  'elsket', 'interessert', 'interested', 'besatt', 'fascinert', 'begeistret', 'digger',
  // "Glad i" (fond of): the tokenizer drops the "i"; glad alone ("why is he so glad") asks a cause too.
  'glad',
]);
// English "like" is a liking only as a verb after "do"/"does"/"did" ("why does Kim like horses"), not the filler ("why
// did they like send it") or a likeness ("why does it look like that").
const DOES = new Set(['do', 'does', 'did']);
const LIKENESS = new Set(['look', 'looks', 'seem', 'seems', 'feel', 'feels', 'sound', 'sounds', 'be', 'is', 'was', 'just']);
const CLAUSE = new Set(['that', 'at', 'om', 'if', 'whether']);
// The liking at most this many words after the "why": "hvorfor er Kim Jong-un så glad i hester" has five between.
const REACH = 7;

// Not doing something by choice ("why did the White House not say how many", "hvorfor la ikke USA fram bevis"): a text telling
// that it was not done ("it did not publish any evidence") gives no reason for it. Inability ("why can't 38 North tell")
// is another question: a text saying why it cannot be told answers it.
// Refusing to is not doing by choice too ("hvorfor nektet Det hvite hus å legge fram bevis").
// prettier-ignore
const NOT = new Set([
  'not', 'never', 'ikke', 'ikkje', 'itj', 'aldri', 'refuse', 'refused', 'refuses', 'refusing', 'nekte', 'nekter', 'nektet', 'nekta', 'nektar',
  'avslo', 'unnlot', 'unnlater',
]);
// prettier-ignore
const TELLING = new Set([
  'say', 'said', 'says', 'tell', 'told', 'show', 'showed', 'shown', 'publish', 'published', 'release', 'released', 'reveal', 'revealed', 'share',
  'shared', 'give', 'gave', 'provide', 'provided', 'present', 'presented', 'disclose', 'disclosed', 'si', 'sa', 'sier', 'seie', 'seier', 'fortelle',
  'fortalte', 'vise', 'viste', 'vist', 'legge', 'la', 'lagt', 'publisere', 'publiserte', 'offentliggjøre', 'offentliggjorde', 'oppgi', 'oppga',
  'oppgav', 'dele', 'delte', 'gi', 'ga', 'gav',
]);
// Doing what is expected, not done ("hvorfor håndhever ikke Russland sanksjonene", "why doesn't Russia enforce them"): a
// text telling that it is not done gives no reason for it either.
// prettier-ignore
const ACTING = new Set(['enforce', 'enforced', 'enforces', 'enforcing', 'håndhever', 'håndheve', 'håndhevet', 'handhevar', 'stop', 'stopped', 'stoppet', 'stanset', 'stanse', 'punish', 'punished', 'straffe', 'straffet', 'respond', 'responded', 'svare', 'svarte', 'react', 'reacted', 'reagerte', 'reagere']);
const BOT = new Set(['you', 'u', 'du', 'dere', 'dykk']);
const UNABLE = new Set(['can', 'could', 'cannot', 'able', 'kan', 'kunne', 'klarer', 'klarte', 'greier', 'greide', 'får', 'fikk']);

// Why so few or so many, why that one of all ("why only three wagons", "hvorfor bare én bro", "why so many missiles",
// "why did they choose him"): a text telling how many or which one gives the fact, not why it is so. Not "only" before
// anything but a count ("why is it only unproven", "bare corona?"), nor "so much" (how strongly: "why does it matter so much").
const ONLY = new Set(['only', 'bare', 'kun', 'berre']);
const COUNT = /^(?:\d+|one|two|three|four|five|a|en|én|ett|ei|ein|eitt|to|tre|fire|fem)$/;
// prettier-ignore
const CHOOSE = new Set(['choose', 'chose', 'chosen', 'pick', 'picked', 'velge', 'valgte', 'valde', 'velje']);
const SO_MANY = new Set(['many', 'few', 'mange', 'få']);
const SO = new Set(['so', 'så', 'such']);

// What something is for, closing the question ("what did Kim want the horses for", "hva skulle Kim bruke hestene til"):
// a purpose, which a text telling of the thing does not give.
const WHAT = new Set(['what', 'hva', 'kva', 'ka']);
// prettier-ignore
const PURPOSE_VERBS = new Set(['want', 'wants', 'wanted', 'need', 'needs', 'needed', 'use', 'using', 'bruke', 'bruka', 'brukte', 'trenge', 'trenger',
  'trengte', 'treng']);
const PURPOSE_END = new Set(['for', 'til', 'te']);

/**
 * Whether a question, from its lower-cased tokens, asks why someone likes or needs something, why they did not tell
 * something, or what they want something for.
 */
export function asksMotive(tokens: readonly string[]): boolean {
  if (asksPurpose(tokens)) return true;
  for (let k = 0; k < tokens.length; k++) {
    // "How come", "what's the reason", "hva kommer det av at" ask why: read from the phrase's last word.
    const phrase = WHY.has(tokens[k]!) ? 1 : whyPhraseAt(tokens, k);
    if (phrase === 0) continue;
    const i = k + phrase - 1;
    if (asksWhyNotTold(tokens, i) || asksWhySingledOut(tokens, i)) return true;
    let does = false;
    for (let j = i + 1; j < tokens.length && j <= i + REACH; j++) {
      const t = tokens[j]!;
      // "Kvifor er det relevant at Kim likar hestar": the why asks of something else, the liking is its premise.
      if (CLAUSE.has(t)) break;
      if (LIKING.has(t)) return true;
      if (DOES.has(t)) does = true;
      // "Opptatt av", "oppteken av" (taken with), "crazy about".
      const next = tokens[j + 1];
      if (((t === 'opptatt' || t === 'oppteken') && next === 'av') || (t === 'crazy' && next === 'about')) return true;
      // "So into horses": "into" is a liking only after "so" or "really" ("why so into horses", not "why into Russia").
      if (t === 'into' && (tokens[j - 1] === 'so' || tokens[j - 1] === 'really')) return true;
      // Someone's need ("why would Russia need shells", "hvorfor trenger Russland granater"): a text telling what was sent
      // does not say why it was wanted.
      if (NEED.has(t)) return true;
      if ((t === 'like' || t === 'likes') && does && !LIKENESS.has(tokens[j - 1]!)) return true;
    }
  }
  return false;
}

// Phrases asking why, with the "that" they take: the clause after them is what is asked the cause of.
// prettier-ignore
const WHY_PHRASES: ReadonlyArray<readonly string[]> = [
  ['how', 'come'], ['what', 'the', 'reason'], ['whats', 'the', 'reason'], ['what', 'is', 'the', 'reason'], ['the', 'reason', 'why'],
  ['for', 'what', 'reason'], ['hva', 'er', 'grunnen', 'til'], ['hva', 'er', 'grunnen'], ['kva', 'er', 'grunnen', 'til'], ['hva', 'kommer', 'det', 'av'],
  ['kva', 'kjem', 'det', 'av'], ['hvordan', 'kan', 'det', 'ha', 'seg'], ['korleis', 'kan', 'det', 'ha', 'seg'], ['av', 'hvilken', 'grunn'],
];
const THAT = new Set(['that', 'at', 'why']);
const NEED = new Set(['need', 'needs', 'needed', 'trenger', 'trenge', 'treng', 'trengte', 'trong']);

/** How many tokens from `at` ask why ("how come", "hva er grunnen til at"); 0 when they do not. */
function whyPhraseAt(tokens: readonly string[], at: number): number {
  const phrase = WHY_PHRASES.find((words) => words.every((word, k) => tokens[at + k] === word));
  if (phrase === undefined) return 0;
  const length = phrase.length;
  return THAT.has(tokens[at + length] ?? '') ? length + 1 : length;
}

/** Whether a text gives a reason: a cause, a purpose. */
export const TELLS_MOTIVE = /(?<!\p{L})(?:because|since|due to|in order to|so that|fordi|ettersom|sidan|sida|på grunn av|grunnen|the reason)(?!\p{L})/iu;

/**
 * Whether the "why" at `why` asks why something was not told or shown: a negation and a verb of telling, in either order
 * ("why did they not say", "hvorfor sier de ikke", "hvorfor la ikke USA fram"), no inability.
 */
function asksWhyNotTold(tokens: readonly string[], why: number): boolean {
  let [negated, telling] = [false, false];
  for (let j = why + 1; j < tokens.length && j <= why + REACH; j++) {
    const t = tokens[j]!;
    // Why the bot does not say so ("hvorfor sier dere ikke at det er bevist"): its verdict, which the claim's entry gives.
    if (CLAUSE.has(t) || UNABLE.has(t) || BOT.has(t)) return false;
    negated ||= NOT.has(t);
    telling ||= TELLING.has(t) || ACTING.has(t);
    if (negated && telling) return true;
  }
  return false;
}

/** Whether the "why" at `why` asks why so few or so many, or why that one ("why only three", "hvorfor så mange"). */
function asksWhySingledOut(tokens: readonly string[], why: number): boolean {
  for (let j = why + 1; j < tokens.length && j <= why + REACH; j++) {
    const t = tokens[j]!;
    if (CLAUSE.has(t)) return false;
    const next = tokens[j + 1] ?? '';
    if (CHOOSE.has(t) || (ONLY.has(t) && COUNT.test(next)) || (SO.has(t) && SO_MANY.has(next))) return true;
  }
  return false;
}

/** Whether a question asks what something is wanted, needed or used for: "what …" with such a verb, "for"/"til" closing it. */
function asksPurpose(tokens: readonly string[]): boolean {
  if (!PURPOSE_END.has(tokens[tokens.length - 1] ?? '')) return false;
  const what = tokens.findIndex((t) => WHAT.has(t));
  return what >= 0 && tokens.some((t, i) => i > what && PURPOSE_VERBS.has(t));
}
