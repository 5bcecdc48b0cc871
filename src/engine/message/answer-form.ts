/**
 * How short the reply is to be, said before or after the question ("yes or no: did NK deny it?", "bare tallet: hvor lang
 * er broen", "hvem analyserte bildene? bare navnet", "did they swap letters y/n", "one word: who took the pics"): no
 * part of what is asked. The bot's answer is an entry's, short already; the words would be read as asking a name or a
 * number of their own.
 */
// prettier-ignore
const FORM = [
  '(?:answer |svar )?(?:yes or no|yes/no|y/n|ja eller nei|ja/nei)',
  '(?:(?:answer|svar) )?(?:in |with |med |på )?(?:one|a single|ett|eitt|eit|1) (?:word|ord|line|linje|number|tall|sentence|setning)(?: answer| svar)?',
  '(?:just|only|bare|berre) (?:the |a )?(?:number|name|year|date|tallet|navnet|namnet|året|datoen|ja eller nei|yes or no)',
  '(?:number|name|year|date) only', 'short (?:answer|version)', 'kort svar', 'kortversjon(?:en)?', 'kort og godt',
  // Shortened or simplified ("kort fortalt", "med få ord", "i én setning", "in simple terms").
  'kort fortalt', 'kort sagt', '(?:med|in) (?:få|a few) (?:ord|words)', '(?:i|in) (?:én|en|ei|ein|one) (?:setning|sentence)',
  '(?:in )?(?:simple|plain) (?:terms|words|english)', 'enkelt forklart', 'forklart enkelt',
].join('|');
// A lone word asking it short ("hvem er 38 North? kort", "who is Kirby, briefly"): only after a mark, since "lang eller kort"
// asks which.
const SHORT_WORD = '(?:kort|kortfattet|briefly|short|kjapt|quickly)';
const POLITE = '(?: (?:pls|please|plz|takk|thx|thanks))?';
// Or, being no words of a question, without a mark after it ("tl;dr who took the pictures", "kort fortalt hva sa Kirby").
// Not "tl;dr" closing a message: "is this confirmed or not, tl;dr" asks about the whole story.
const OPENS_BARE = '(?:tl;?dr|eli5|kort fortalt|kort sagt)';
const OPENING = new RegExp(`^\\s*(?:(?:${FORM})${POLITE}\\s*[:,;–—-]+|${OPENS_BARE}[:,;–—-]*\\s(?=\\s*\\S+\\s+\\S))\\s*`, 'iu');
const CLOSING = new RegExp(`(?:[.,;!?–—-]\\s*|\\s)(?:${FORM})${POLITE}\\s*[.!?]*\\s*$|[.,;!?–—-]\\s*${SHORT_WORD}${POLITE}\\s*[.!?]*\\s*$`, 'iu');
// Words one of them has: most messages have none, and are left as they are.
const MAY_HAVE =
  /yes or no|yes\/no|y\/n|ja eller nei|ja\/nei|one|single|ett|eitt|eit|1 |just|only|bare|berre|short|kort|tl;?dr|eli5|few|få|setning|sentence|simple|plain|enkelt|brief|kjapt|quick/i;

// How far from either end the form may stand (the longest, "svar med ett ord pls:", and its punctuation).
const REACH = 40;

/** The text without how short the reply is to be, when that opens or closes it. */
export function withoutAnswerForm(text: string): string {
  // Only the ends are looked at: an unanchored search of a long message would try every place in it.
  const head = text.slice(0, REACH);
  const tail = text.slice(-REACH);
  if (!MAY_HAVE.test(head) && !MAY_HAVE.test(tail)) return text;
  const opened = OPENING.test(head) ? text.replace(OPENING, '') : text;
  const end = opened.slice(-REACH);
  const closed = CLOSING.test(end) ? opened.slice(0, opened.length - end.length) + end.replace(CLOSING, '') : opened;
  // Nothing left but the form: "short version?" asks nothing else, and stays.
  return /[\p{L}\p{N}]/u.test(closed) ? closed : text;
}
