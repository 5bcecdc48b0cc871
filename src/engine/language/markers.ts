/**
 * Words that give a question's language away, with how strongly. Function words only: content
 * words are judged by the knowledge base's own vocabulary (see LanguageDetector).
 */
// prettier-ignore
export const NORWEGIAN_MARKERS: Record<string, number> = {
  hva: 3, hvem: 3, hvor: 3, hvorfor: 3, hvordan: 3, når: 3, nar: 2, hvilke: 3, hvilken: 3, hvilket: 3,
  kva: 3, kven: 3, kvar: 3, korleis: 3, kvifor: 3, kor: 2, ikkje: 3, eg: 2, frå: 3, dei: 2, ein: 2, eit: 2,
  vart: 1, blei: 2, nokon: 3, noko: 3, berre: 3, mykje: 3, òg: 2,
  er: 2, og: 2, det: 2, som: 2, på: 3, pa: 1, til: 2, av: 2, med: 2, ikke: 3, jeg: 3, har: 2, ble: 3, var: 1,
  den: 1, de: 1, om: 1, fra: 2, eller: 2, at: 0.5, å: 3, mange: 2, også: 3, ogsa: 2, sier: 3, sa: 1, skjedde: 3,
  skjer: 3, noe: 3, noen: 3, hei: 2, heihei: 2, heisann: 2, halla: 3, hallaisen: 2, takk: 3, hjelp: 2, mellom: 3, etter: 2, før: 2, ved: 2, hos: 2, kan: 1,
  vil: 1, skal: 2, finnes: 3, stemmer: 2, egentlig: 3, sant: 2, hvis: 3, fordi: 3, bare: 2, mye: 3, ja: 1, nei: 2,
  dette: 3, disse: 3, du: 1, deg: 3, meg: 3, oss: 2, vi: 1, seg: 3, sin: 1, sitt: 3, sine: 3, elr: 2,
  // Spoken and dialect forms people type in chat (see analysis/nynorsk.ts).
  kem: 3, kæm: 3, ka: 2, kæ: 2, koffor: 3, kofor: 3, åssen: 3, assen: 2, korsn: 3, kossen: 3, koss: 3, kordan: 3,
  itj: 3, ikkj: 3, dæm: 2, dokker: 3, dåkker: 3, æ: 2, sjøl: 3,
  // Greetings written as one word, and old written Bokmål (Riksmål).
  goddag: 3, godmorgen: 3, godkveld: 3, godaften: 3, hvorledes: 3,
  // Swedish and Danish function words: such a question is read as Norwegian (see analysis/nordic.ts).
  hvad: 3, hvornår: 3, vad: 3, och: 3, inte: 3, jag: 3, hur: 2, varför: 3, vem: 3, här: 2, mycket: 3, också: 3,
  någon: 3, något: 3, meget: 3, nogen: 3, noget: 3, havde: 3, blev: 2, efter: 2, mellem: 3, mellan: 3,
  // Swedish and Danish greetings and thanks.
  hej: 3, hejsan: 3, tack: 3, tak: 2, hallå: 3, halløj: 3, tjena: 3,
};

// prettier-ignore
export const ENGLISH_MARKERS: Record<string, number> = {
  what: 3, who: 3, where: 3, why: 3, how: 3, when: 3, which: 3, whose: 3, whom: 3,
  is: 2, are: 3, was: 2, were: 3, the: 3, an: 2, of: 2, to: 1, in: 1, on: 2, did: 3, does: 3, do: 2, and: 3,
  with: 3, about: 3, from: 2, there: 3, many: 3, much: 3, they: 3, their: 3, this: 3, that: 3, it: 2, be: 2,
  been: 3, have: 3, has: 3, any: 3, say: 3, says: 3, said: 3, tell: 3, me: 1, you: 3, can: 2, could: 3,
  would: 3, should: 3, really: 3, true: 3, not: 3, no: 1, yes: 2, hi: 2, hello: 3, thanks: 3, thank: 3,
  help: 2, please: 3, between: 3, after: 3, before: 3, at: 1, by: 2, for: 1, happened: 3, happen: 3,
  us: 1, know: 3, so: 1, or: 2, if: 2, whats: 3, anything: 3, something: 3, i: 1, a: 1,
};
