/**
 * Set phrases that say nothing of what is asked, though their words do elsewhere: "in the first place" is no
 * first and no place ("who claimed it in the first place"), "i det hele tatt" is no whole.
 */
// prettier-ignore
const IDIOMS: ReadonlyArray<readonly string[]> = [
  ['in', 'the', 'first', 'place'], ['first', 'of', 'all'], ['after', 'all'], ['by', 'the', 'way'], ['at', 'the', 'end', 'of', 'the', 'day'],
  // "Of course north korea denies everything": no course of anything.
  ['of', 'course'],
  // Quantities said loosely: "loads of rail links" carries no load ("a load of rubbish" stays: it says false).
  ['loads', 'of'], ['heaps', 'of'],
  // A thing said to be on everyone's lips ("this friendship bridge everyone keeps mentioning", "vennskapsbroen alle snakker
  // om"): nothing asked of anyone's talk.
  ...['everyone', 'everybody', 'people'].flatMap((who) => [
    [who, 'keeps', 'mentioning'], [who, 'keep', 'mentioning'], [who, 'keeps', 'talking', 'about'], [who, 'keep', 'talking', 'about'],
    [who, 'is', 'talking', 'about'], [who, 'are', 'talking', 'about'], [who, 'talks', 'about'], [who, 'mentions'],
  ]),
  ['alle', 'snakker', 'om'], ['alle', 'prater', 'om'], ['alle', 'snakkar', 'om'], ['folk', 'snakker', 'om'], ['alle', 'nevner'],
  // A pointer at something shared ("haha sjekk denne 😂", "check this out"): nothing asked of it. "Sjekk dette: …" before a
  // claim leaves the claim to be checked.
  ['sjekk', 'denne'], ['sjekk', 'dette'], ['sjekk', 'her'], ['sjekk', 'ut', 'denne'], ['check', 'this', 'out'], ['check', 'this'],
  // Far away, pointed at: "et tog som kryssa grensa der borte", "those guys up there". Not "hvor langt borte", a distance.
  ['der', 'borte'], ['dær', 'borte'], ['der', 'oppe'], ['dær', 'oppe'], ['over', 'there'], ['up', 'there'],
  // "Why on earth", "hvorfor i all verden" (the lone "i" dropped): no earth and no world asked about.
  ['on', 'earth'], ['in', 'the', 'world'], ['all', 'verden'], ['all', 'världen'],
  ['to', 'be', 'fair'], ['to', 'be', 'honest'], ['gonna', 'be', 'honest'], ['going', 'to', 'be', 'honest'], ['not', 'gonna', 'lie'],
  ['not', 'going', 'to', 'lie'], ['for', 'that', 'matter'],
  // Youth slang vouching for what is said ("no cap", "on god", "on my mama"): no cap, no god, no one's mother asked about.
  ['no', 'cap'], ['on', 'god'], ['on', 'my', 'mama'], ['on', 'my', 'mom'],
  // Candour asked for: "be honest, do you know what was in the train", "vær ærlig: …" (the question is the same).
  ['be', 'honest', 'with', 'me'], ['be', 'honest'], ['be', 'real', 'with', 'me'], ['be', 'real'], ['vær', 'ærlig', 'med', 'meg'], ['vær', 'ærlig'],
  ['ver', 'ærleg'], ['helt', 'ærlig'], ['heilt', 'ærleg'], ['ærlig', 'talt'], ['ærleg', 'talt'], ['as', 'a', 'matter', 'of', 'fact'], ['in', 'any', 'case'],
  // The tokenizer has dropped the lone "i" of "i det hele tatt".
  ['det', 'hele', 'tatt'], ['det', 'heile', 'teke'], ['først', 'og', 'fremst'], ['for', 'det', 'første'],
  // Courtesies around a question ask nothing themselves ("hvem tok bildene, vær så snill", "who made the graphics, if I may ask").
  ['vær', 'så', 'snill'], ['er', 'du', 'snill'], ['om', 'jeg', 'får', 'spørre'], ['hvis', 'jeg', 'får', 'spørre'], ['om', 'eg', 'får', 'spørje'],
  ['if', 'you', 'do', 'not', 'mind', 'me', 'asking'], ['if', 'you', 'do', 'not', 'mind'], ['if', 'may', 'ask'], ['asking', 'for', 'friend'],
  ['hadde', 'vært', 'fint', 'vite'], ['would', 'be', 'nice', 'to', 'know'], ['any', 'idea'], ['no', 'idea'],
  // Hedged courtesies: "det hadde vært interessant å vite …", "hvis du har anledning", "if it's not too much trouble", "if you know".
  ['hadde', 'vært', 'interessant', 'vite'], ['ville', 'vært', 'interessant', 'vite'], ['hadde', 'vore', 'interessant', 'vite'],
  ['hvis', 'du', 'har', 'anledning', 'til', 'si', 'det'], ['hvis', 'du', 'har', 'anledning'], ['om', 'du', 'har', 'anledning'],
  ['if', 'it', 'is', 'not', 'too', 'much', 'trouble'], ['if', 'it', 'not', 'too', 'much', 'trouble'], ['if', 'not', 'too', 'much', 'trouble'],
  ['om', 'det', 'ikke', 'er', 'til', 'bry'], ['om', 'det', 'ikkje', 'er', 'til', 'bry'], ['hvis', 'det', 'ikke', 'er', 'til', 'bry'],
  ['hvis', 'du', 'vet'], ['om', 'du', 'veit'], ['if', 'you', 'happen', 'to', 'know'], ['if', 'you', 'know'],
  // What the answer is for ("need it for my homework", "trenger det til en oppgave"): why someone asks, not what.
  ['need', 'it', 'for'], ['need', 'this', 'for'], ['need', 'that', 'for'], ['trenger', 'det', 'til'], ['treng', 'det', 'til'],
  // "I så fall" (if so), "i alle fall", "i hvert fall" (at least): no fall, such as the Soviet Union's (the lone "i" is dropped).
  ['så', 'fall'], ['alle', 'fall'], ['hvert', 'fall'], ['kvart', 'fall'], ['allefall'], ['iallfall'], ['hvertfall'],
  // "I løpet av dagen" (during the day): no run.
  ['løpet', 'av'],
  // Impatience ("hvor mange bilder er det, kom igjen da"): no coming and no again.
  ['kom', 'igjen', 'da'], ['kom', 'igjen', 'nå'], ['kom', 'an', 'da'], ['come', 'on', 'now'],
  // "…, svar da din dumme bot", "answer me already": no reply asked about, the asker's hurry.
  ['svar', 'da'], ['svar', 'nå'], ['svar', 'meg'], ['answer', 'me'], ['just', 'answer'],
  ['til', 'syvende', 'og', 'sist'], ['når', 'alt', 'kommer', 'til', 'alt'], ['på', 'en', 'måte'], ['for', 'så', 'vidt'],
  // "Same shit, different country" (the same again): no sameness or difference asked of the story.
  ['same', 'shit', 'different'], ['same', 'old', 'same', 'old'], ['same', 'story', 'different'],
  // The Norwegian cleft ("hvem var det som tok bildene", "hva er det som skjer"): asks as "hvem tok bildene" does.
  ['var', 'det', 'som'], ['er', 'det', 'som'], ['va', 'det', 'som'], ['e', 'det', 'som'],
  // British "who are they when they're at home" (who are they really): no time and no home. "It's" is tokenized "it".
  ['when', 'they', 'are', 'at', 'home'], ['when', 'it', 'is', 'at', 'home'], ['when', 'it', 'at', 'home'], ['when', 'he', 'is', 'at', 'home'],
];

// "Hvor mange bilder er det snakk om", "kor mange snakker vi om": in a count, how many there are, not anyone talking
// ("hva slags ammunisjon er det snakk om" keeps them: what is spoken of there is the kind).
// prettier-ignore
const COUNT_IDIOMS: ReadonlyArray<readonly string[]> = [
  ['er', 'det', 'snakk', 'om'], ['var', 'det', 'snakk', 'om'], ['e', 'det', 'snakk', 'om'], ['va', 'det', 'snakk', 'om'], ['det', 'snakk', 'om'],
  ['snakker', 'vi', 'om'], ['snakk', 'om'], ['det', 'var', 'snakk', 'om'], ['det', 'er', 'snakk', 'om'],
  // "How many shells are we talking about": in English too.
  ['are', 'we', 'talking', 'about'], ['we', 'are', 'talking', 'about'], ['were', 'we', 'talking', 'about'], ['we', 'were', 'talking', 'about'],
];
const COUNTING = new Set(['mange', 'mye', 'mykje', 'many', 'much']);

// "Hvor langt unna er Khasan", "how far away": with a distance asked, "away" says nothing more ("sno seg unna
// sanksjonene" keeps it: there it is evading).
const DISTANCE_IDIOMS: ReadonlyArray<readonly string[]> = [['unna'], ['away']];
const DISTANCE = new Set(['langt', 'lenger', 'lengre', 'far', 'farther', 'further']);

const byFirst = phrasesByFirst(IDIOMS);
const byFirstCounting = phrasesByFirst([...IDIOMS, ...COUNT_IDIOMS]);
const byFirstDistance = phrasesByFirst([...IDIOMS, ...DISTANCE_IDIOMS]);

function phrasesByFirst(phrases: ReadonlyArray<readonly string[]>): Map<string, Array<readonly string[]>> {
  const map = new Map<string, Array<readonly string[]>>();
  for (const phrase of phrases) map.set(phrase[0]!, [...(map.get(phrase[0]!) ?? []), phrase]);
  return map;
}

const FIRST_WORDS = new Set([...byFirst.keys(), ...byFirstCounting.keys(), ...byFirstDistance.keys()]);

/** Whether a word may start one of the set phrases above: a message with none is left as it is. */
export function mayStartIdiom(word: string): boolean {
  return FIRST_WORDS.has(word);
}

/** Whether a set phrase stands at `i`; not the cleft before "med": "er det som med …" compares ("is it like with …"). */
function standsAt(phrase: readonly string[], tokens: readonly string[], i: number): boolean {
  return phrase.every((w, k) => tokens[i + k] === w) && !(phrase[phrase.length - 1] === 'som' && tokens[i + phrase.length] === 'med');
}

/** The tokens without the set phrases above (the same array when there are none). */
export function withoutIdioms(tokens: readonly string[]): string[] {
  const phrases = tokens.some((t) => COUNTING.has(t)) ? byFirstCounting : tokens.some((t) => DISTANCE.has(t)) ? byFirstDistance : byFirst;
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    // "Fact check this" asks for a check: not the pointer "check this".
    const idiom = tokens[i - 1] === 'fact' ? undefined : phrases.get(tokens[i]!)?.find((phrase) => standsAt(phrase, tokens, i));
    if (idiom === undefined) {
      out?.push(tokens[i]!);
      continue;
    }
    out ??= tokens.slice(0, i);
    i += idiom.length - 1;
  }
  return out ?? (tokens as string[]);
}
