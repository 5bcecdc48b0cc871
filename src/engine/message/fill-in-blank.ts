import type { Lang } from '../../kb/languages.js';

/**
 * A blank to fill, as on a worksheet ("the bridge is ____ metres long", "bildene ble tatt av ___", "satellittbildene ble
 * tatt den ___. november"): what is asked, put as the asker would ask it, where the words after it tell: before a count's
 * word or unit, how many; before a month, which date; before "o'clock", what time. So a blank for a figure the article
 * lacks ("Hestetoget hadde ___ hester") is declined as the question is, not answered with the entry on the horse train.
 * Other blanks are dropped: read as "what", the statement around one asks some other question ("really into what").
 */
// Three or more underscores standing alone: "__bold__" is Markdown, its marks next to letters.
const BLANK = /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu;
const NEXT_WORD = /^[\s.,]*([\p{L}'/]+)/u;
const PREVIOUS_WORD = /([\p{L}]+)[\s]*$/u;
// Before the blank, a word that makes the word after it no count: "enforcing the ___ sanctions", "really into ___ horses".
// prettier-ignore
const NO_COUNT_BEFORE = new Set(['the', 'a', 'an', 'these', 'those', 'some', 'into', 'by', 'from', 'of', 'with', 'for', 'de', 'den', 'det',
  'disse', 'dei', 'av', 'på', 'med', 'fra', 'frå', 'and', 'og', 'or', 'eller']);

// prettier-ignore
const UNITS = new Set([
  'm', 'metres', 'meters', 'meter', 'km', 'km/h', 'kilometres', 'kilometers', 'kilometer', 'miles', 'mph', 'stk', 'pcs',
  'dager', 'days', 'år', 'years', 'timer', 'hours', 'minutter', 'minutes', 'uker', 'weeks', 'måneder', 'months',
]);
// prettier-ignore
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'januar', 'februar', 'mars', 'mai', 'juni', 'juli', 'oktober', 'desember',
]);
const CLOCK = new Set(["o'clock", 'oclock']);
// Words ending as plurals do that are none: "was", "this", "across".
// prettier-ignore
const NOT_PLURAL = new Set(['has', 'was', 'is', 'its', 'this', 'his', 'does', 'across', 'as', 'us', 'less', 'unless', 'plus', 'thus', 'yes', 'whereas',
  'after', 'never', 'over', 'under', 'other', 'either', 'neither', 'whether', 'rather', 'eller', 'etter', 'omtrent', 'enn']);

const ASKED: Record<Lang, { count: string; date: string; time: string }> = {
  en: { count: 'how many', date: 'what date', time: 'what time' },
  nb: { count: 'hvor mange', date: 'hvilken dato', time: 'hva klokka' },
};

/** Whether a message holds a blank to fill (see withBlanksAsked). */
export function hasBlank(text: string): boolean {
  return text.includes('___');
}

/** The message with each blank put as the question it stands for, in the asker's language. */
export function withBlanksAsked(text: string, lang: Lang): string {
  const asked = ASKED[lang];
  return text.replace(BLANK, (blank: string, at: number) => {
    const next = NEXT_WORD.exec(text.slice(at + blank.length))?.[1]?.toLowerCase();
    if (next === undefined) return ' ';
    if (MONTHS.has(next)) return asked.date;
    if (CLOCK.has(next)) return asked.time;
    if (UNITS.has(next)) return asked.count;
    const previous = PREVIOUS_WORD.exec(text.slice(0, at))?.[1]?.toLowerCase();
    return countsPlural(next) && !NO_COUNT_BEFORE.has(previous ?? '') ? asked.count : ' ';
  });
}

/** Whether a word looks like the plural of a thing counted ("wagons", "vogner", "granater", "smaller"). */
function countsPlural(word: string): boolean {
  if (NOT_PLURAL.has(word)) return false;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return true;
  return word.length > 4 && (word.endsWith('er') || word.endsWith('ar') || word.endsWith('ene'));
}
