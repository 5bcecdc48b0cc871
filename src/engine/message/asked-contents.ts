/**
 * Questions for what a container held ("what was inside the parked containers", "hva var i de små kontainerne",
 * "ka va i dei containarane"): only a text that says what something carried, or that it is not known,
 * answers them. That containers stood by the train says nothing of what was in them.
 */
// prettier-ignore
const WHAT = new Set(['what', 'whats', 'wat', 'wot', 'wut', 'waht', 'hva', 'kva', 'ka', 'kå']);
// prettier-ignore
const WAS = new Set(['was', 'were', 'is', 'are', 's', 'var', 'va', 'er', 'e', 'æ', 'vart']);
// Words between "what was" and the container: "in the three small", "inni dei". The tokenizer drops "i".
// prettier-ignore
const BETWEEN = new Set([
  'in', 'inside', 'inni', 'oppi', 'inne', 'the', 'teh', 'those', 'these', 'them', 'de', 'dei', 'dem', 'dæm', 'disse', 'desse', 'three', 'tre', 'small', 'smaller', 'små',
  'mindre', 'parked', 'parkerte', 'other', 'andre', 'on', 'onboard', 'aboard', 'board', 'på', 'om', 'bord', '3',
  // "Hva var egentlig i de tre kontainerne", "what was actually in the containers"; "det" below.
  'egentlig', 'eigentleg', 'faktisk', 'actually', 'really',
]);
// "Hva var det i de tre kontainerne": "det" before "de", "inni" or "egentlig". The tokenizer drops "i", so "hva var det tre
// kontainerne" (what the containers were) and "kva er det toget står bak" have none.
const IT = 'det';
const AFTER_IT = new Set(['de', 'dei', 'dem', 'dæm', 'disse', 'desse', 'inni', 'oppi', 'inne', 'egentlig', 'eigentleg', 'faktisk']);
// As typed, slips and dialect plurals too: "contaners", "containeran"; the wagons ("vognene", "carriages").
const CONTAINER = /^(?:contai?n[ae]r\p{L}*|wagons?|carriages?|kontain[ae]r\p{L}*|konteiner\p{L}*|(?:gods)?vogn\p{L}*|boxes|kasser?n?e?|trains?|toget|it)$/u;
const MOST_BETWEEN = 4;
const SOM = 'som';
const ENGLISH = new Set(['what', 'whats', 'wat', 'wot', 'wut', 'waht']);
const IN = new Set(['in', 'inside', 'on', 'onboard', 'aboard']);

// "What did the containers near Khasan contain", "hva inneholdt containerne": the verb says it, after the container
// in English, before it in Norwegian.
const DID = new Set(['did', 'do', 'does']);
const HOLD = new Set(['contain', 'hold', 'carry', 'have']);
const HELD_NB = new Set(['inneholdt', 'inneholder', 'inneheldt', 'inneheld']);
const MOST_AFTER = 4;
// "What was the train carrying", "what were the wagons transporting".
const CARRYING = new Set(['carrying', 'transporting', 'hauling', 'moving', 'loaded', 'shipping']);

/** Whether a question, from its lower-cased tokens, asks what containers held. */
export function asksContents(tokens: readonly string[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (asksWhetherHeld(tokens, i)) return true;
    if (!WHAT.has(tokens[i]!)) continue;
    if (holdsAsked(tokens, i) || carriedAsked(tokens, i)) return true;
    // "whats" is one token, "what's" two ("what", "s"), or "what" alone where the knowledge base's texts are
    // tokenised ("what's in the train": "what", "in", …).
    // "Hva som var i de tre containerne": the indirect question's "som".
    const at = tokens[i + 1] === SOM && WAS.has(tokens[i + 2] ?? '') ? i + 1 : i;
    // "Ka e det i dæm": the dialect's "e" (is) is a lone letter, which the tokenizer drops.
    const dropped = tokens[at + 1] === IT && AFTER_IT.has(tokens[at + 2] ?? '');
    let j = tokens[i] === 'whats' || IN.has(tokens[at + 1]!) || dropped ? at + 1 : WAS.has(tokens[at + 1]!) ? at + 2 : -1;
    if (j < 0) continue;
    const last = Math.min(tokens.length, j + MOST_BETWEEN + 1);
    while (j < last && (BETWEEN.has(tokens[j]!) || (tokens[j] === IT && AFTER_IT.has(tokens[j + 1] ?? '')))) j++;
    // "What were the containers" asks what they were; in English what they held needs "in". Norwegian "i" is dropped.
    const inside = !ENGLISH.has(tokens[i]!) || tokens.slice(i + 1, j).some((t) => IN.has(t));
    // "What was the train carrying": the verb after the container says it.
    if (j < tokens.length && CONTAINER.test(tokens[j]!) && (inside || CARRYING.has(tokens[j + 1] ?? ''))) return true;
  }
  return false;
}

/** After "what" at `i`: "did the containers … contain", "inneholdt containerne". */
function holdsAsked(tokens: readonly string[], i: number): boolean {
  let j = i + 1;
  const norwegian = HELD_NB.has(tokens[j]!);
  if (!norwegian && !DID.has(tokens[j]!)) return false;
  j++;
  const last = Math.min(tokens.length, j + MOST_BETWEEN + 1);
  while (j < last && BETWEEN.has(tokens[j]!)) j++;
  if (j >= tokens.length || !CONTAINER.test(tokens[j]!)) return false;
  if (norwegian) return true;
  // Not "what does the train have to do with the shells", a connection.
  for (let k = j + 1; k < Math.min(tokens.length, j + 1 + MOST_AFTER); k++) if (HOLD.has(tokens[k]!)) return tokens[k + 1] !== 'to';
  return false;
}

// "Kan man se hva toget fraktet", "hva toget hadde med seg", "what the train carried": the container, then what it did
// with its load, in the past (an indirect question's order).
// prettier-ignore
const CARRIED = new Set(['carried', 'transported', 'hauled', 'fraktet', 'frakta', 'fraktede', 'transporterte', 'transporterede']);

/** After "what" at `i`: the container, then "carried" or "hadde med seg". */
function carriedAsked(tokens: readonly string[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && j <= i + MOST_BETWEEN && BETWEEN.has(tokens[j]!)) j++;
  if (j >= tokens.length || !CONTAINER.test(tokens[j]!) || tokens[j] === 'it') return false;
  const next = tokens[j + 1] ?? '';
  return CARRIED.has(next) || (HAD.has(next) && tokens[j + 2] === 'med');
}

// "Was there ammo on the train", "did the wagons carry shells", "hadde toget med seg våpen": whether it held a thing,
// which only a text saying what it held, or that no one can tell, answers. Not "var det …": Norwegian asks most
// things that way ("hvor mange vogner var det på toget").
const THERE_IS = new Set(['was', 'were', 'is', 'are']);
const CARRY = new Set(['carry', 'hold', 'contain', 'transport']);
const HAD = new Set(['hadde', 'har', 'hadd']);
// A thing named between "was there" and the container: "was there [really] [any] [ammo] on …".
const MOST_THING_WORDS = 5;

function asksWhetherHeld(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  if (THERE_IS.has(t) && tokens[i + 1] === 'there') {
    // A thing, then where it was: "on the train".
    const last = Math.min(tokens.length, i + 3 + MOST_THING_WORDS);
    for (let j = i + 3; j < last; j++) {
      if (!CONTAINER.test(tokens[j]!) || tokens[j] === 'it') continue;
      let k = j - 1;
      while (k > i + 1 && BETWEEN.has(tokens[k]!) && !IN.has(tokens[k]!)) k--;
      if (IN.has(tokens[k]!)) return true;
    }
    return false;
  }
  // "Did the train carry …", "hadde toget med seg …".
  if (!DID.has(t) && !HAD.has(t)) return false;
  let j = i + 1;
  while (j < tokens.length && j <= i + MOST_BETWEEN && BETWEEN.has(tokens[j]!)) j++;
  if (j >= tokens.length || !CONTAINER.test(tokens[j]!) || tokens[j] === 'it') return false;
  return HAD.has(t) ? tokens[j + 1] === 'med' : CARRY.has(tokens[j + 1] ?? '');
}

/**
 * Whether a word may open a question asksContents finds (each it finds starts at "what", "did", "was" or the like): a
 * text without one asks no such thing, and is not read for it.
 */
export function mayOpenContentsQuestion(token: string): boolean {
  return WHAT.has(token) || THERE_IS.has(token) || DID.has(token) || HAD.has(token);
}

/** Whether a text says what something carried or held, or that it is not known. */
export const TELLS_CONTENTS =
  /(?<!\p{L})(?:carr(?:y|ies|ying|ied)|on board|om bord|contains|contained|containing|inneh[oa]ld\p{L}*|innhold\p{L}*|fraktet|frakter|last(?:en)? (?:var|er))(?!\p{L})/iu;
