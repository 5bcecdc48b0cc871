import { TokenPatternSet } from './token-pattern.js';

/**
 * Questions a news article cannot answer whatever their topic: what will happen, and what the bot
 * thinks. Their tell-tale words are mostly stop words ("will", "du", "synes"), so they are
 * recognised here, on the plain tokens, before analysis drops them.
 */
export type QuestionFrame = 'future' | 'opinion';

// prettier-ignore
const FUTURE = new TokenPatternSet([
  ['will', 'the'], ['will', 'north'], ['will', 'russia'], ['will', 'kim'], ['will', 'putin'], ['will', 'they'],
  ['will', 'there'], ['will', 'it'], ['will', 'this'], ['will', 'we'], ['will', 'us'], ['will', 'nk'], ['will', 'anyone'],
  ['what', 'will'], ['who', 'will'], ['how', 'will'], ['when', 'will'], ['where', 'will'], ['why', 'will'],
  ['which', 'will'], ['gonna'], ['going', 'to', 'happen'], ['going', 'to', 'be'], ['going', 'to', 'do'],
  ['next', 'year'], ['next', 'week'], ['next', 'month'], ['next', 'step'], ['next', 'move'], ['happens', 'next'],
  ['happen', 'next'], ['comes', 'next'], ['future'], ['predict'], ['prediction'], ['predictions'], ['forecast'], ['upcoming'], ['tomorrow'],
  ['eventually'], ['likely', 'to'], ['chance', 'that'], ['chances'], ['odds'], ['expect', 'to'], ['in', 'the', 'coming'],
  // "kommer (noen) til å …": the tokenizer drops the lone "å".
  ['kommer', 'til'], ['kommer', '*', 'til'], ['kommer', '*', '*', 'til'], ['kjem', 'til'], ['kjem', '*', 'til'], ['vil', 'det', 'bli'], ['vil', 'skje'], ['blir', 'det'],
  ['hva', 'skjer', 'nå'], ['hva', 'skjer', 'videre'], ['hva', 'skal'], ['neste', 'år'], ['neste', 'uke'],
  ['neste', 'steg'], ['neste', 'måned'], ['skjer', 'videre'], ['fremtiden'], ['framtida'],
  ['framtiden'], ['fremover'], ['framover'], ['spå'], ['spår'], ['spådom'], ['sannsynlig'], ['sannsynligvis'],
  ['snart'], ['i', 'morgen'], ['etter', 'hvert'], ['om', 'noen', 'år'], ['de', 'neste'], ['kva', 'vil'], ['hva', 'vil', 'skje'],
  ['vil', 'usa'], ['vil', 'russland'], ['vil', 'nord'], ['vil', 'kim'], ['vil', 'putin'], ['vil', 'de'],
]);

// prettier-ignore
const OPINION = new TokenPatternSet([
  ['you', 'think'], ['you', 'believe'], ['you', 'feel'], ['your', 'opinion'], ['your', 'view'], ['your', 'take'],
  ['your', 'thoughts'], ['you', 'personally'], ['should'], ['ought'], ['good', 'or', 'bad'], ['right', 'or', 'wrong'],
  ['do', 'you', 'like'], ['whose', 'side'], ['you', 'trust'], ['agree'], ['favourite'],
  ['favorite'], ['evil'], ['deserve'], ['deserves'], ['is', 'it', 'fair'], ['is', 'it', 'wrong'], ['is', 'it', 'ok'],
  ['synes', 'du'], ['syns', 'du'], ['synst', 'du'], ['mener', 'du'], ['meiner', 'du'], ['tror', 'du'], ['trur', 'du'],
  ['tenker', 'du'], ['tenkjer', 'du'], ['din', 'mening'], ['di', 'meining'], ['ditt', 'syn'], ['bør'], ['burde'],
  ['liker', 'du'], ['likar', 'du'], ['stoler', 'du'], ['er', 'det', 'riktig', 'av'], ['er', 'det', 'galt'],
  ['rettferdig'], ['ond'], ['onde'], ['hvem', 'sin', 'side'], ['enig'], ['einig'], ['fortjener'],
]);

// "Should" in the formal politeness of a letter asks no opinion: "I should be most grateful if …",
// "I should like to know".
// prettier-ignore
const POLITE_SHOULD = new TokenPatternSet([
  ['should', 'be', 'grateful'], ['should', 'be', 'most', 'grateful'], ['should', 'be', 'very', 'grateful'],
  ['should', 'be', 'so', 'grateful'], ['should', 'be', 'glad'], ['should', 'like'], ['should', 'appreciate'],
  ['should', 'be', 'obliged'],
]);

/** The frame of a question, from its lower-cased tokens, or undefined for an ordinary question. */
export function questionFrame(tokens: readonly string[]): QuestionFrame | undefined {
  if (FUTURE.matches(tokens) || tokens.some(isLaterYear)) return 'future';
  const asked = POLITE_SHOULD.matches(tokens) ? tokens.filter((t) => t !== 'should') : tokens;
  if (OPINION.matches(asked)) return 'opinion';
  return undefined;
}

// The article is from November 2022: a later year is a question about what came after it.
function isLaterYear(token: string): boolean {
  return /^20\d\d$/.test(token) && Number(token) > 2022;
}
