/**
 * The synthetic newsroom archive: a deterministic generator of knowledge bases of any size (the
 * bench uses 1,000, 10,000 and 100,000 entries), each entry a local-news fact in Bokmål and English with
 * ~10 training questions, plus held-out questions for measuring quality at that scale:
 * paraphrases the knowledge base never saw (other phrasings, synonyms, Nynorsk, typos, missing
 * diacritics) and questions it must decline (off-topic requests, traps that reuse its words, and
 * facts it does not hold).
 *
 * Same seed and size -> the same knowledge base and questions, on every machine.
 */
import type { Entry, KnowledgeBase, Source } from '../../src/kb/knowledge-base.js';
import type { Lang } from '../../src/kb/languages.js';
import type { Status } from '../../src/kb/statuses.js';
import type { EvaluationItem } from '../../src/evaluation/evaluation-set.js';
import { Prng } from './prng.js';
import {
  ACTIONS,
  FIRST_NAMES,
  LAST_NAMES,
  NEWS_SOURCES,
  OFF_TOPIC,
  ORGANISATIONS,
  PLACES,
  ROLES,
  TOPICS,
  VILLAGE_FIRST,
  VILLAGE_LAST,
  type Action,
  type Actor,
  type Topic,
} from './vocabulary.js';

export interface SyntheticOptions {
  entries: number;
  seed?: number;
  /** Held-out questions: answerable ones and ones to decline, for the dev (tuning) and test sets. */
  dev?: { answerable: number; declines: number };
  test?: { answerable: number; declines: number };
}

export interface SyntheticArchive {
  kb: KnowledgeBase;
  dev: EvaluationItem[];
  test: EvaluationItem[];
}

interface Fact {
  id: string;
  topic: Topic;
  place: string;
  actor: Actor;
  action: Action;
  year: number;
  /** Indices of the phrasings this entry was trained on, per language. */
  trainedOn?: { nb: number[]; en: number[] };
}

const YEARS = Array.from({ length: 13 }, (_, i) => 2012 + i);
const STATUSES: readonly Status[] = ['documented', 'documented', 'reported', 'reported', 'stated', 'unproven', 'disputed', 'confirmed', 'refuted'];

const REASONS: ReadonlyArray<[string, string]> = [
  ['Begrunnelsen var økte kostnader.', 'The reason given was rising costs.'],
  ['Vedtaket kom etter en lang høring.', 'The decision followed a long consultation.'],
  ['Saken skapte sterke reaksjoner lokalt.', 'The case caused strong reactions locally.'],
  ['Flere politikere tok til orde mot saken.', 'Several politicians spoke out against it.'],
  ['Det skjedde etter en kritisk rapport.', 'It happened after a critical report.'],
  ['Beslutningen ble anket.', 'The decision was appealed.'],
  ['Endringen gjaldt fra nyttår.', 'The change took effect from the new year.'],
  ['Over tusen innbyggere skrev under på et opprop.', 'More than a thousand residents signed a petition.'],
];

/**
 * Phrasings, [template, tag]. Each entry is trained on five of its language's templates and its
 * held-out questions use the others, so a held-out question is never one its entry was trained on,
 * while the archive as a whole (like one written by many editors) has seen every phrasing somewhere.
 */
const PHRASINGS_NB: ReadonlyArray<[(f: Fact) => string, string]> = [
  [(f) => `Hvorfor ${f.action.nbPast} ${f.actor.nb} ${f.topic.nbDef} i ${f.place}?`, 'paraphrase'],
  [(f) => `Når ${f.action.nbPast} ${f.actor.nb} ${f.topic.nbDef} i ${f.place}?`, 'paraphrase'],
  [(f) => `Hva skjedde med ${f.topic.nbDef} i ${f.place} i ${f.year}?`, 'paraphrase'],
  [(f) => `${cap(f.action.nbPast)} ${f.actor.nb} ${f.topic.nbDef} i ${f.place}?`, 'paraphrase'],
  [(f) => `Hvem ${f.action.nbPast} ${f.topic.nbDef} i ${f.place}?`, 'paraphrase'],
  [(f) => `${f.topic.nb} ${f.place} ${f.year}`, 'short'],
  [(f) => `Hva vet vi om ${f.topic.nbDef} i ${f.place}?`, 'paraphrase'],
  [(f) => `Har ${f.actor.nb} ${f.action.nbPart} ${f.topic.nbDef} i ${f.place}?`, 'paraphrase'],
  [(f) => `Stemmer det at ${f.actor.nb} ${f.action.nbPast} ${f.topic.nbDef} i ${f.place}?`, 'paraphrase'],
  [(f) => `Kan du fortelle meg om ${f.topic.nbDef} i ${f.place}?`, 'chatty'],
  [(f) => `hva var greia med ${f.topic.nbSyn} i ${f.place}`, 'synonym'],
  [(f) => `Hva var grunnen til at ${f.actor.nb} ${f.action.nbSyn} ${f.topic.nbDef} i ${f.place} i ${f.year}?`, 'synonym'],
  [(f) => `${f.place}: ${f.action.nbPast} ${f.actor.nb} virkelig ${f.topic.nbDef}?`, 'paraphrase'],
  [(f) => `hvorfor ble ${f.topic.nbDef} i ${f.place} ${f.action.nbPart}`, 'paraphrase'],
  [(f) => `Kvifor ${f.action.nbPast} ${f.actor.nb} ${f.topic.nbDef} i ${f.place}?`, 'nn'],
  [(f) => `Kva skjedde med ${f.topic.nbSyn} i ${f.place}?`, 'nn'],
];
const PHRASINGS_EN: ReadonlyArray<[(f: Fact) => string, string]> = [
  [(f) => `Why did ${f.actor.en} ${f.action.enBase} the ${f.topic.en} in ${f.place}?`, 'paraphrase'],
  [(f) => `When did ${f.actor.en} ${f.action.enBase} the ${f.topic.en} in ${f.place}?`, 'paraphrase'],
  [(f) => `What happened to the ${f.topic.en} in ${f.place} in ${f.year}?`, 'paraphrase'],
  [(f) => `Did ${f.actor.en} ${f.action.enBase} the ${f.topic.en} in ${f.place}?`, 'paraphrase'],
  [(f) => `Who ${f.action.enPast} the ${f.topic.en} in ${f.place}?`, 'paraphrase'],
  [(f) => `${f.topic.en} ${f.place} ${f.year}`, 'short'],
  [(f) => `What do we know about the ${f.topic.en} in ${f.place}?`, 'paraphrase'],
  [(f) => `Has ${f.actor.en} ${f.action.enPast} the ${f.topic.en} in ${f.place}?`, 'paraphrase'],
  [(f) => `Is it true that ${f.actor.en} ${f.action.enPast} the ${f.topic.en} in ${f.place}?`, 'paraphrase'],
  [(f) => `Can you tell me about the ${f.topic.en} in ${f.place}?`, 'chatty'],
  [(f) => `what was going on with the ${f.topic.enSyn} in ${f.place}`, 'synonym'],
  [(f) => `What was the reason ${f.actor.en} ${f.action.enSyn} the ${f.topic.en} in ${f.place} in ${f.year}?`, 'synonym'],
  [(f) => `${f.place}: did ${f.actor.en} really ${f.action.enBase} the ${f.topic.en}?`, 'paraphrase'],
  [(f) => `why was the ${f.topic.en} in ${f.place} ${f.action.enPast}`, 'paraphrase'],
  [(f) => `${f.place} ${f.topic.enSyn} ${f.year}?`, 'synonym'],
  [(f) => `So what's the story with ${f.actor.en} and the ${f.topic.en} in ${f.place}?`, 'chatty'],
];
const TRAINED_PER_LANG = 5;

type OffTopicPair = readonly [string, string];
const OFF_NB: ReadonlyArray<(p: Prng) => string> = [
  (p) => `Hvordan lager jeg ${pickNb(p, OFF_TOPIC.dishes)}?`,
  (p) => `Hvem vant ${pickNb(p, OFF_TOPIC.sports)} i ${p.pick(YEARS)}?`,
  (p) => `Hva koster ${pickNb(p, OFF_TOPIC.products)}?`,
  (p) => `Hva er hovedstaden i ${pickNb(p, OFF_TOPIC.countries)}?`,
  (p) => `Kan du anbefale ${pickNb(p, OFF_TOPIC.things)}?`,
  (p) => `Skriv ${pickNb(p, OFF_TOPIC.things)}`,
];
const OFF_EN: ReadonlyArray<(p: Prng) => string> = [
  (p) => `How do I make ${pickEn(p, OFF_TOPIC.dishes)}?`,
  (p) => `Who won ${pickEn(p, OFF_TOPIC.sports)} in ${p.pick(YEARS)}?`,
  (p) => `How much does ${pickEn(p, OFF_TOPIC.products)} cost?`,
  (p) => `What is the capital of ${pickEn(p, OFF_TOPIC.countries)}?`,
  (p) => `Can you recommend ${pickEn(p, OFF_TOPIC.things)}?`,
  (p) => `Write ${pickEn(p, OFF_TOPIC.things)}`,
];
/** Traps: the knowledge base's own words (an actor, a place) in a question it cannot answer. */
const TRAP_NB: ReadonlyArray<(p: Prng, actor: Actor, place: string) => string> = [
  (p, actor) => `Hva mener ${actor.nb} om ${pickNb(p, OFF_TOPIC.dishes)}?`,
  (_p, _a, place) => `Hvordan blir været i ${place} i morgen?`,
  (_p, _a, place) => `Hvor mange innbyggere har ${place}?`,
  (p, _a, place) => `Hvor kan jeg kjøpe ${pickNb(p, OFF_TOPIC.products)} i ${place}?`,
];
const TRAP_EN: ReadonlyArray<(p: Prng, actor: Actor, place: string) => string> = [
  (p, actor) => `What does ${actor.en} think about ${pickEn(p, OFF_TOPIC.dishes)}?`,
  (_p, _a, place) => `What will the weather be like in ${place} tomorrow?`,
  (_p, _a, place) => `How many people live in ${place}?`,
  (p, _a, place) => `Where can I buy ${pickEn(p, OFF_TOPIC.products)} in ${place}?`,
];

export function generateArchive(base: Pick<KnowledgeBase, 'conversation' | 'outOfScope'>, options: SyntheticOptions): SyntheticArchive {
  const seed = options.seed ?? 20221118;
  // Up to what the towns hold, the towns alone (the 1k and 10k archives as they always were); beyond, villages too.
  const places = options.entries > TOPICS.length * PLACES.length * 0.95 ? [...PLACES, ...villages()] : PLACES;
  const maxPairs = TOPICS.length * places.length;
  if (options.entries > maxPairs * 0.95) throw new Error(`at most ${Math.floor(maxPairs * 0.95)} synthetic entries (topic x place pairs)`);
  const rng = new Prng(seed ^ options.entries);

  const facts: Fact[] = [];
  const used = new Set<string>();
  while (facts.length < options.entries) {
    const topic = rng.pick(TOPICS);
    const place = rng.pick(places);
    const id = `${topic.slug}-${slugify(place)}`;
    if (used.has(id)) continue;
    used.add(id);
    facts.push({ id, topic, place, actor: pickActor(rng), action: rng.pick(ACTIONS), year: rng.pick(YEARS) });
  }

  const sources: Source[] = NEWS_SOURCES.map((s) => ({
    id: s.id,
    name: s.name,
    description: { nb: `${s.name}, kilde i nyhetsarkivet.`, en: `${s.name}, a source in the news archive.` },
  }));

  const trained = new Set<string>();
  const entries: Entry[] = facts.map((f) => {
    const [reasonNb, reasonEn] = rng.pick(REASONS);
    f.trainedOn = {
      nb: rng.sample(
        PHRASINGS_NB.map((_, i) => i),
        TRAINED_PER_LANG,
      ),
      en: rng.sample(
        PHRASINGS_EN.map((_, i) => i),
        TRAINED_PER_LANG,
      ),
    };
    const nb = f.trainedOn.nb.map((i) => PHRASINGS_NB[i]![0](f));
    const en = f.trainedOn.en.map((i) => PHRASINGS_EN[i]![0](f));
    for (const q of [...nb, ...en]) trained.add(normalise(q));
    return {
      id: f.id,
      status: rng.pick(STATUSES),
      title: {
        nb: cap(`${f.actor.nb} ${f.action.nbPast} ${f.topic.nbDef} i ${f.place} (${f.year})`),
        en: cap(`${f.actor.en} ${f.action.enPast} the ${f.topic.en} in ${f.place} (${f.year})`),
      },
      answer: {
        nb: `I ${f.year} ${f.action.nbPast} ${f.actor.nb} ${f.topic.nbDef} i ${f.place}. ${reasonNb}`,
        en: `In ${f.year}, ${f.actor.en} ${f.action.enPast} the ${f.topic.en} in ${f.place}. ${reasonEn}`,
      },
      sources: rng.sample(sources, 1 + rng.int(2)).map((s) => s.id),
      questions: { nb, en },
    };
  });

  const kb: KnowledgeBase = { entries, sources, conversation: base.conversation, outOfScope: base.outOfScope };

  // Held-out questions come from their own streams, so the knowledge base does not depend on how many are drawn.
  const order = new Prng(seed + 1).shuffle(facts);
  const dev = options.dev ?? { answerable: 300, declines: 150 };
  const test = options.test ?? { answerable: 800, declines: 400 };
  const devFacts = order.slice(0, dev.answerable);
  const testFacts = order.slice(dev.answerable, dev.answerable + test.answerable);
  const unused = unusedPairs(used, places);
  return {
    kb,
    dev: heldOut(new Prng(seed + 2), devFacts, dev.declines, trained, unused),
    test: heldOut(new Prng(seed + 3), testFacts, test.declines, trained, unused),
  };
}

function heldOut(rng: Prng, facts: readonly Fact[], declines: number, trained: ReadonlySet<string>, unused: readonly Fact[]): EvaluationItem[] {
  const items: EvaluationItem[] = [];
  const seen = new Set<string>();
  const add = (q: string, lang: Lang, expect: string[], tags: string[]): boolean => {
    const key = normalise(q);
    if (trained.has(key) || seen.has(key)) return false;
    seen.add(key);
    items.push({ q, lang, expect, tags: ['synthetic', ...tags] });
    return true;
  };
  for (const f of facts) {
    const lang: Lang = rng.chance(0.5) ? 'nb' : 'en';
    for (let attempt = 0; attempt < 10; attempt++) {
      const phrasings = lang === 'nb' ? PHRASINGS_NB : PHRASINGS_EN;
      const trainedOn = f.trainedOn?.[lang] ?? [];
      const [tpl, tag] = rng.pick(phrasings.filter((_, i) => !trainedOn.includes(i)));
      let q = tpl(f);
      const tags = [tag];
      // Two draws, in this order (the archive stays the same for a seed): a typo, else (nb) no æ/ø/å.
      const typoed = rng.chance(0.15);
      const stripped = !typoed && lang === 'nb' && rng.chance(0.15);
      if (typoed) {
        q = typo(rng, q);
        tags.push('typo');
      } else if (stripped) {
        q = stripDiacritics(q);
        tags.push('no-diacritics');
      }
      if (add(q, lang, [f.id], tags)) break;
    }
  }
  const pool = [...ORGANISATIONS];
  for (let i = 0, attempts = 0; i < declines && attempts < declines * 20; attempts++) {
    const lang: Lang = rng.chance(0.5) ? 'nb' : 'en';
    const kind = rng.next();
    let q: string;
    let tag: string;
    if (kind < 0.4) {
      q = rng.pick(lang === 'nb' ? OFF_NB : OFF_EN)(rng);
      tag = 'offtopic';
    } else if (kind < 0.7) {
      q = rng.pick(lang === 'nb' ? TRAP_NB : TRAP_EN)(rng, rng.pick(pool), rng.pick(PLACES));
      tag = 'trap';
    } else {
      // A fact the archive does not hold: a topic and a place it knows, never together.
      const f = rng.pick(unused);
      q = lang === 'nb' ? `Hva skjedde med ${f.topic.nbDef} i ${f.place}?` : `What happened to the ${f.topic.en} in ${f.place}?`;
      tag = 'unknown-fact';
    }
    if (add(q, lang, [], [tag])) i++;
  }
  return items;
}

function pickActor(rng: Prng): Actor {
  if (rng.chance(0.6)) return rng.pick(ORGANISATIONS);
  const role = rng.pick(ROLES);
  const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  return { nb: `${role.nb} ${name}`, en: `${role.en} ${name}` };
}

/** Village names (VILLAGE_FIRST × VILLAGE_LAST), none the same as a town's. */
function villages(): string[] {
  const towns = new Set(PLACES.map(slugify));
  return VILLAGE_FIRST.flatMap((first) => VILLAGE_LAST.map((last) => `${first}${last}`)).filter((v) => !towns.has(slugify(v)));
}

function unusedPairs(used: ReadonlySet<string>, places: readonly string[]): Fact[] {
  const out: Fact[] = [];
  for (const topic of TOPICS)
    for (const place of places) {
      const id = `${topic.slug}-${slugify(place)}`;
      if (!used.has(id)) out.push({ id, topic, place, actor: ORGANISATIONS[0]!, action: ACTIONS[0]!, year: YEARS[0]! });
    }
  return out;
}

/** One typing slip in the longest word: two neighbouring letters swapped. */
function typo(rng: Prng, q: string): string {
  const words = q.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > words[longest]!.length) longest = i;
  });
  const w = words[longest]!;
  if (w.length < 5) return q;
  const i = 1 + rng.int(w.length - 3);
  words[longest] = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  return words.join(' ');
}

function stripDiacritics(q: string): string {
  return q.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/Æ/g, 'Ae').replace(/Ø/g, 'O').replace(/Å/g, 'A');
}

function pickNb(rng: Prng, pairs: readonly OffTopicPair[]): string {
  return rng.pick(pairs)[0];
}
function pickEn(rng: Prng, pairs: readonly OffTopicPair[]): string {
  return rng.pick(pairs)[1];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function normalise(q: string): string {
  return q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
