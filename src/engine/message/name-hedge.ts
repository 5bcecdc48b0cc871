/**
 * "hvem analyserte bildene, 38 North eller hva de heter", "who took them, Planet something or whatever they're called":
 * the asker unsure of a name they give, closing what they ask. Asked is what stands before it, not a name: the words go.
 * Only closing a sentence: within one ("på Twitter, eller X, eller hva det heter nå, der noen sa …") it is chatter the
 * reading of the message's sentences weighs as it is.
 */
const NAME_HEDGE =
  /,?\s*(?:\b(?:eller|elr|el)\s+(?:hva|kva|ka|hvordan)\s+(?:de|dei|dem|den|det|dæm|han|hun|ho)\s+(?:nå\s+|no\s+)?(?:heter|heiter|het|hette)(?:\s+(?:nå|no|igjen))?|\bor\s+(?:whatever|what)(?:\s+|(?=['’]s))(?:(?:they|it|he|she)(?:['’]re|['’]s|\s+are|\s+is)?\s+called|(?:their|its|his|her)\s+name(?:\s+is)?|['’]?s\s+(?:their|its|his|her)\s+name|['’]?s\s+it\s+called)(?:\s+(?:now|again|these\s+days))?)(?=\s*(?:[.?!]|$))/giu;
// Whether a text may hold one (most hold none: one cheap test).
const MAY_HOLD = /heter|heiter|het|called|name/i;

export function withoutNameHedge(text: string): string {
  return MAY_HOLD.test(text) ? text.replace(NAME_HEDGE, '') : text;
}
