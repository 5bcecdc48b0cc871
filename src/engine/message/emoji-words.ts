/**
 * Emoji standing for a word of the story, read as that word: "🚂 from 🇰🇵 to 🇷🇺?", "how many 🐴 were on the 🚆", "hvem tok
 * 📸". Stripped like other emoji, they left "from to?" (declined) or "how many were on the". The words are English ones
 * the lexicon joins with the Norwegian ("train" and "tog" are one concept), and a flag is its country's name, known to
 * the story or not ("did 🇯🇵 say anything" asks about Japan, which the article does not). Emoji of feelings, clocks and
 * calendars (decoration more often than a time asked) and messages of emoji alone stay chatter.
 */
// prettier-ignore
const WORDS = new Map<string, string>([
  ...['🚂', '🚆', '🚄', '🚅', '🚈', '🚝', '🚞', '🛤'].map((e): [string, string] => [e, 'train']),
  ['🚃', 'wagons'], ['🚋', 'wagons'],
  ['🚉', 'station'],
  ...['🐴', '🐎', '🏇'].map((e): [string, string] => [e, 'horses']),
  ...['🔫', '🗡', '⚔'].map((e): [string, string] => [e, 'weapons']),
  ['💣', 'bombs'], ['🚀', 'missile'], ['☢', 'nuclear'], ['🛰', 'satellite'], ['📡', 'satellite'],
  ...['📸', '📷', '🖼'].map((e): [string, string] => [e, 'pictures']),
  ['📦', 'containers'], ['🌉', 'bridge'], ['🚢', 'ship'], ['🚚', 'truck'], ['🚛', 'truck'],
  ...['✉', '📨', '📩', '💌'].map((e): [string, string] => [e, 'letters']),
  ...['💰', '💵', '💸'].map((e): [string, string] => [e, 'money']),
  ['🗺', 'map'], ['❓', '?'], ['❔', '?'],
]);
// A white thing before a house: the White House.
const WHITE_HOUSE = /(?:🤍|⚪|⬜|🏳\ufe0f?)\s?(?:🏠|🏡|🏛\ufe0f?)/gu;
// prettier-ignore
const COUNTRIES = new Map(Object.entries({
  KP: 'north korea', RU: 'russia', US: 'usa', UA: 'ukraine', KR: 'south korea', CN: 'china', JP: 'japan', NO: 'norway', IR: 'iran',
  BY: 'belarus', SY: 'syria', GB: 'uk', DE: 'germany', FR: 'france', UN: 'un', EU: 'eu', IL: 'israel', IN: 'india', TR: 'turkey',
}));
const FLAG = /(\p{Regional_Indicator})(\p{Regional_Indicator})/gu;
const REGIONAL_A = 0x1f1e6;
// One emoji and the same one again ("📦📦📦", "🐴🐴"): one word.
const PICTOGRAPH = /(\p{Extended_Pictographic})\ufe0f?(?:\s?\1\ufe0f?)*/gu;

// A word of the asker's own: a message of emoji alone ("🚂🐎💣") asks nothing in words, and stays chatter; unless it is
// put as a question in two words of the story or more ("🚂➡️🇷🇺??": a train into Russia?).
const OWN_WORD = /\p{L}{2}/u;
const MOST_EMOJI = 2;

/** Whether a text has an emoji or a flag, and words of its own beside them, so that withEmojiAsWords may read them. */
export function mayHaveEmoji(text: string): boolean {
  if (!/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text)) return false;
  return OWN_WORD.test(text) || (text.includes('?') && storyEmoji(text) >= MOST_EMOJI);
}

/** How many emoji and flags in a text stand for words of the story. */
function storyEmoji(text: string): number {
  const flags = [...text.matchAll(FLAG)].filter(([, a, b]) => COUNTRIES.has(countryCode(a!, b!))).length;
  return flags + [...text.matchAll(PICTOGRAPH)].filter(([, one]) => WORDS.has(one!)).length;
}

function countryCode(a: string, b: string): string {
  return String.fromCharCode(65 + a.codePointAt(0)! - REGIONAL_A, 65 + b.codePointAt(0)! - REGIONAL_A);
}

/** The text with each emoji that stands for a word of the story replaced by that word; other emoji are left as they are. */
export function withEmojiAsWords(text: string): string {
  return text
    .replace(WHITE_HOUSE, ' white house ')
    .replace(FLAG, (flag: string, a: string, b: string) => {
      const country = COUNTRIES.get(countryCode(a, b));
      return country === undefined ? flag : ` ${country} `;
    })
    .replace(PICTOGRAPH, (emoji: string, one: string) => {
      const word = WORDS.get(one);
      return word === undefined ? emoji : ` ${word} `;
    });
}
