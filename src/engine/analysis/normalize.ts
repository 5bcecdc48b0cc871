/**
 * Canonical form of a question before tokenising: NFC (so "å" typed as a + ring matches),
 * lower case, typographic apostrophes and dashes made plain.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}
