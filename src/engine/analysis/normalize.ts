// Module constants: a regular expression literal in the function would be a new object per call
// (every text of a build goes through here).
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Canonical form of a question before tokenising: NFC (so "å" typed as a + ring matches),
 * lower case, typographic apostrophes and dashes made plain.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, '-');
}
