/**
 * Questions for a detail: a time ("when exactly did they write") or a quantity ("how many horses").
 * An entry on the right topic still cannot answer one if its text gives no time or number; the
 * honest reply is then that the article does not give that detail, and the entry is offered.
 */
export type Detail =
  | 'time'
  | 'day'
  | 'date'
  | 'clock'
  | 'price'
  | 'quantity'
  | 'exactQuantity'
  | 'family'
  | 'head'
  | 'acronym'
  | 'identifier'
  | 'distance'
  | 'length'
  | 'speed'
  | 'zone'
  | 'weight'
  | 'width'
  | 'height'
  | 'since'
  | 'wording'
  | 'quote'
  | 'later'
  | 'present'
  | 'span'
  | 'lasting'
  | 'month'
  | 'income'
  | 'home'
  | 'nationality'
  | 'link'
  | 'penalty'
  | 'stock'
  | 'earlier'
  | 'attribute'
  | 'breed'
  | 'method'
  | 'contents'
  | 'place'
  | 'definition'
  | 'identity'
  | 'motive'
  | 'size'
  | 'age'
  | 'owner';

/**
 * What a question asks for: a time, a quantity, or a duration (which either can answer); an exact
 * figure ("exactly how many"), someone's family ("married to"), who heads an organisation, what an
 * abbreviation stands for, or an official number ("resolution number"); a distance, a speed or a
 * weight, each in its own units; a whole text word for word; what happened after the article
 * ("what did they find out in the end"); how things stand now ("does it have nuclear weapons now").
 * And names: of the thing asked about (`name`), of someone within a body ("who in North Korea",
 * `person`), or which ones of a kind ("which Middle Eastern countries", `which`); see named-in.ts. And how or why a life
 * ended or began ("how did Kim Il-sung die", `lifeEvent`), which only a text telling of that death or birth answers.
 */
export type AskedDetail = Detail | 'duration' | 'name' | 'person' | 'which' | 'lifeEvent';
