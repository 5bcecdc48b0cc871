/** Number words of English and Norwegian (Bokmål and Nynorsk), read by the readers of years and of counts said in words. */
// prettier-ignore
export const TEENS = new Map<string, number>(Object.entries({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
}));
// prettier-ignore
export const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  tjue: 20, tjuge: 20, tretti: 30, tredve: 30, førti: 40, forti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90,
}));
// prettier-ignore
export const UNITS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  en: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9,
}));

/** A map's words as regular-expression alternatives, the longest first (so "sixteen" is not read as "six"). */
export const alternatives = (map: ReadonlyMap<string, number>): string => [...map.keys()].sort((a, b) => b.length - a.length).join('|');
