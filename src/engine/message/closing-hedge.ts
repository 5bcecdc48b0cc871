/**
 * "did the WH release any proof or just vibes", "sender de våpen eller?", "weapons real or nah": a hedge closing a
 * yes/no question offers the other answer, or none, and names nothing the article could answer; the question before it
 * is what is asked (see askedPart). So with a remark on what the asker never heard of.
 */
// prettier-ignore
const HEDGES: ReadonlyArray<readonly string[]> = [
  ['or', 'nah'], ['or', 'na'], ['or', 'not'], ['or', 'no'], ['or', 'what'], ['or', 'wut'], ['or', 'something'], ['or', 'smth'], ['or', 'so'],
  ['or', 'not', 'really'], ['or', 'just', 'vibes'], ['or', 'just', 'hype'], ['or', 'just', 'talk'], ['or', 'fake'], ['or', 'fake', 'news'],
  ['or', 'is', 'that', 'fake'], ['or', 'is', 'it', 'fake'], ['or', 'false'], ['or', 'made', 'up'], ['or', 'is', 'it', 'made', 'up'],
  ['eller'], ['elle'], ['ell'], ['elr'], ['eller', 'ikke'], ['eller', 'ikkje'], ['eller', 'itj'], ['eller', 'hva'], ['eller', 'noe'],
  ['eller', 'noe', 'sånt'], ['eller', 'noe', 'slikt'], ['eller', 'no'], ['eller', 'ei'], ['eller', 'nei'], ['ja', 'eller', 'nei'],
  ['eller', 'bare', 'tull'], ['eller', 'bare', 'prat'], ['eller', 'fake', 'news'], ['eller', 'løgn'],
  // "… or is that just a meme", "… elr er det bare et rykte": what else it may be, naming nothing the article answers.
  ...['or', 'or is that', 'or is it', 'or was that', 'or was it', 'or are they'].flatMap((lead) =>
    ['', 'just', 'only', 'all'].flatMap((just) =>
      ['meme', 'rumour', 'rumor', 'myth', 'propaganda', 'joke', 'exaggeration', 'speculation', 'hoax', 'conspiracy', 'internet thing', 'fake news', 'lie'].map((what) =>
        `${lead} ${just} ${what}`.split(' ').filter(Boolean),
      ),
    ),
  ),
  ...['eller', 'elr', 'eller er det', 'elr er det', 'eller e det', 'elle e det'].flatMap((lead) =>
    ['', 'bare', 'bare et', 'bare en', 'et', 'en'].flatMap((just) =>
      ['meme', 'rykte', 'myte', 'propaganda', 'spøk', 'overdrivelse', 'spekulasjon', 'konspirasjon', 'konspirasjonsteori', 'fake news', 'løgn', 'tull', 'oppspinn'].map((what) =>
        `${lead} ${just} ${what}`.split(' ').filter(Boolean),
      ),
    ),
  ),
  // A tag asking the statement before it to be confirmed ("det var fire bilder, ikke sant?", "Kirby said that, didn't
  // he?"): the statement is what is checked, its entry answers it; "sant" and "right" would read as asking what is true.
  ['ikke', 'sant'], ['ikkje', 'sant'], ['itj', 'sant'], ['ikke', 'sant', 'da'], ['ikkje', 'sant', 'da'], ['ikke', 'det'], ['ikkje', 'det'],
  ...['var', 'er', 'e', 'va'].flatMap((be) => [[be, 'det', 'ikke'], [be, 'det', 'ikkje'], [be, 'det', 'ikke', 'det'], [be, 'det', 'ikkje', 'det'],
    [be, 'det', 'ikke', 'sånn'], [be, 'det', 'ikkje', 'sånn'], [be, 'det', 'ikke', 'slik'], [be, 'det', 'ikkje', 'slik'], [be, 'han', 'ikke'], [be, 'han', 'ikkje'],
    [be, 'de', 'ikke'], [be, 'dei', 'ikkje'], [be, 'den', 'ikke'], [be, 'den', 'ikkje']]),
  ['gjorde', 'de', 'ikke'], ['gjorde', 'han', 'ikke'], ['gjorde', 'dei', 'ikkje'], ['gjorde', 'han', 'ikkje'], ['stemmer', 'det'], ['stemmer', 'ikke', 'det'],
  // Not a bare "right": "it's not how it works though right?", "on the russian side right" read otherwise without it.
  ['yeah'], ['yea'], ['ya'], ['yes'], ['correct'], ['innit'], ['is', 'that', 'right'], ['am', 'i', 'right'], ['did', 'they'], ['do', 'they'],
  ...['is', 'was', 'did', 'does', 'do', 'were', 'are', 'has', 'have', 'had'].flatMap((aux) =>
    ['it', 'that', 'they', 'he', 'she'].map((who) => [aux, 'not', who]),
  ),
  // The asker's own ignorance, said after the question ("who is 38 North, never heard of them"): nothing asked.
  ...['them', 'it', 'him', 'her', 'that', 'this'].flatMap((w) => [['never', 'heard', 'of', w], ['never', 'heard', 'of', w, 'before']]),
  ...['det', 'dem', 'han', 'henne', 'den', 'dei'].flatMap((w) =>
    [['aldri', 'hørt', 'om', w], ['aldri', 'hørt', 'om', w, 'før'], ['aldri', 'høyrt', 'om', w]].flatMap((remark) => [remark, ['har', ...remark]]),
  ),
];
// What must be left for it to be a question: "eller?" alone asks nothing.
const MIN_LEFT = 2;
// The hedges by their last word: a message is checked against those its own last word ends, not all of them.
const BY_LAST = new Map<string, (readonly string[])[]>();
for (const hedge of HEDGES) {
  const last = hedge[hedge.length - 1]!;
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), hedge]);
}

/** The tokens before a hedge that closes them, or undefined when none does or too little is left. */
export function beforeHedge(tokens: readonly string[]): readonly string[] | undefined {
  let longest = 0;
  for (const hedge of BY_LAST.get(tokens[tokens.length - 1] ?? '') ?? []) {
    const from = tokens.length - hedge.length;
    if (hedge.length > longest && from >= MIN_LEFT && hedge.every((w, k) => tokens[from + k] === w)) longest = hedge.length;
  }
  return longest > 0 ? tokens.slice(0, tokens.length - longest) : undefined;
}
