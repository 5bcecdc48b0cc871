// Module constants: a regular expression literal in the function would be a new object per call
// (every text of a build goes through here).
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Canonical form of a question before tokenising: NFC (so "å" typed as a + ring matches),
 * lower case, typographic apostrophes and dashes made plain.
 */
export function normalizeText(text: string): string {
  // Most texts (every text of a build goes through here) are plain Latin, which NFC leaves as it is and which has no
  // typographic apostrophe or dash: lower case is all they need.
  if (isPlainLatin(text)) return text.toLowerCase();
  return text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, '-');
}

// Below the first of APOSTROPHES' characters past Latin-1 (U+02BC): NFC changes nothing there, as composition starts at the
// combining marks (U+0300) and no character below them has another canonical form.
const FIRST_NOT_PLAIN = 0x2bc;
const GRAVE_ACCENT = 0x60;
const ACUTE_ACCENT = 0xb4;

function isPlainLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST_NOT_PLAIN || c === GRAVE_ACCENT || c === ACUTE_ACCENT) return false;
  }
  return true;
}
