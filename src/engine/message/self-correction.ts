/**
 * A question the asker breaks off and puts again ("who took the.. no wait, who analysed the pictures?", "hvor lang er
 * broen – nei forresten, når ble den bygd?", "when was the first photo — actually, what date were they taken?"): the
 * question put again is what is asked. The first one's words would draw its own entry, or answer what was taken back.
 */

// What breaks the first question off: a dash, dots, or a comma, then a word taking it back (after an "uh" or "ok").
// prettier-ignore
const TAKEN_BACK = new RegExp(
  String.raw`^.{4,}?(?:\s*[—–]\s*|\s+-+\s+|\s*\.{2,}\s*|\s*…\s*|\s*[,;]\s+)` +
    String.raw`(?:(?:eh|ehm|uh|uhm|um|hmm|ok|okay|okei|oops|ups|oj|wait|vent)[,.!]?\s+)*` +
    String.raw`(?:no+|nei|nope|næ|sorry|soz|beklager|unnskyld|actually|wait|vent|never\s?mind|nvm|scratch\s+that|glem\s+det|forget\s+(?:it|that)|i\s+mean)` +
    String.raw`(?:[,.!]?\s+(?:no|nei|wait|vent|sorry|beklager|i\s+mean|i\s+meant|jeg\s+mener|eg\s+meiner|æ\s+mene|forresten|heller|rather|actually|faktisk|let\s+me\s+rephrase))*` +
    String.raw`[,.!:;]+\s*(?=(?:${[
      'what', 'who', 'when', 'where', 'why', 'how', 'which', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'can', 'could', 'has', 'have',
      'hva', 'hvem', 'når', 'hvor', 'hvorfor', 'hvordan', 'hvilken', 'hvilket', 'hvilke', 'kva', 'kven', 'kvar', 'kvifor', 'korleis', 'kor',
      'ka', 'kem', 'koss', 'åssen', 'har', 'er', 'var', 'e', 'va', 'kan', 'sa', 'stemmer', 'fikk', 'ble', 'vart', 'gikk',
    ].join('|')})\s+\S)`,
  'iu',
);
// Words one of them has: most messages have none, and are left as they are.
const MAY_TAKE_BACK = /\b(?:no+|nei|nope|næ|sorry|soz|beklager|unnskyld|actually|wait|vent|never\s?mind|nvm|scratch|glem|forget|mean)\b/iu;

/** The message from the question put again, when the asker took back the one they began with; else the message. */
export function withoutTakenBackStart(text: string): string {
  if (!MAY_TAKE_BACK.test(text)) return text;
  return text.replace(TAKEN_BACK, '');
}
