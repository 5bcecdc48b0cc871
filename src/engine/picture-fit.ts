import type { Entry } from '../kb/knowledge-base.js';
import type { Lang } from '../kb/languages.js';
import type { Candidate, Match } from './matching/matcher.js';
import { askedDetail, isTimeDetail } from './message/asked-detail.js';
import type { AskedDetail } from './message/detail-kinds.js';
import { isClockAt } from './message/clock-time.js';
import { namesGraphics } from './message/picture-credit.js';
import { clockTimeIn, namesClockTime, pictureSeries, type PicturePosition } from './message/picture-order.js';
import { asksTimeBetween, orderedPictures } from './message/time-between.js';

// An answer that tells of pictures: its question may name one by its place in the series.
const PICTURES_TOLD = /(?<!\p{L})(?:images?|pictures?|photos?|seen)(?!\p{L})/iu;

// An answer crediting pictures ("Credits: satellite photos by …", "Bildekreditt: …"), and one telling who took them.
const CREDITS_PICTURES = /(?<!\p{L})(?:credits?|bildekreditt|photos? (?:by|from)|foto:)(?!\p{L})/iu;
const TELLS_WHO_TOOK = /(?<!\p{L})(?:(?:taken|made|shot|photographed) by|tatt av|tekne av)(?!\p{L})/iu;
// How far below the closest entry the crediting one may score and still be what a question for a picture's credit meant.
const CREDIT_REACH = 0.3;
// The credits scoring this share of a declined closest entry's score are as close as it.
const CREDITS_TIE = 0.95;

// How many of a question's closest entries may hold the two pictures it asks the time between.
const BETWEEN_REACH = 3;

// A question naming a picture by its place, declined below this confidence, asks about nothing the pictures show.
const ABOUT_A_PICTURE = 0.2;

/** Whether an entry's answer gives the detail a question asks for (see EntryFit.gives). */
export type GivesDetail = (entry: Entry, detail: AskedDetail, tokens: readonly string[], lang: Lang) => boolean;

/**
 * Which of the pictures a question means: the one it names by its place in the series or by its time, and the entry
 * crediting them when it asks who took or published one. The pictures are the entries of a series taken in one day
 * (see pictureSeries).
 */
export class PictureFit {
  private readonly entries: ReadonlyMap<string, Entry>;
  private readonly gives: GivesDetail;
  /** The entries of the pictures taken in a series, in order: from the build, else worked out when first needed. */
  private series: string[] | undefined;

  constructor(entries: ReadonlyMap<string, Entry>, gives: GivesDetail, series?: string[]) {
    this.entries = entries;
    this.gives = gives;
    this.series = series;
  }

  /**
   * The entry of the picture a question names by its place in the series ("the first satellite image", "det siste
   * bildet"), when the question is about the pictures: one of its closest entries is in the series, or tells of them.
   */
  at(position: PicturePosition | undefined, match: Match, tokens: readonly string[]): Entry | undefined {
    const { ranked, intent } = match;
    if (position === undefined || ranked.length === 0) return undefined;
    // Declined as about nothing much ("what was the weather when the first photo was taken"): no picture answers it.
    if (intent === null && match.confidence < ABOUT_A_PICTURE) return undefined;
    this.series ??= pictureSeries(this.entries.values());
    // Answered by an entry telling of a picture taken at a time ("are the containers at 14:29 being loaded?"), or by a
    // picture of the series at the time the question names ("… the same train at 13.10 as in the first picture?"): that
    // one. A picture of the series answered without a time named gives way to the position ("hva viser bilde nummer tre").
    if (intent !== null && clockTimeIn(this.entries.get(intent)?.answer.en ?? '') !== undefined && (namesClockTime(tokens) || !this.series.includes(intent)))
      return undefined;
    const id = this.series.at(position);
    if (id === undefined) return undefined;
    const about = ranked.some((c) => this.series!.includes(c.intent)) || PICTURES_TOLD.test(this.entries.get(ranked[0]!.intent)?.answer.en ?? '');
    return about ? this.entries.get(id) : undefined;
  }

  /**
   * The pictures of the series a question names two or more of by their times ("how long between the 10:24 and the 13:10
   * picture", "hvilket bilde viser toget nærmest grensa, 13.10 eller 14.29?"), the closest-ranked first: asked of two
   * pictures at once, the question is answered with both, and the asker compares them. `tokens`: with times near a
   * known one read as it (nearestKnownTimes).
   */
  atTimes(tokens: readonly string[], ranked: readonly Candidate[], lang: Lang): Entry[] {
    if (!namesClockTime(tokens)) return [];
    this.series ??= pictureSeries(this.entries.values());
    const named: Entry[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!isClockAt(tokens, i)) continue;
      const minutes = Number(tokens[i]) * 60 + Number(tokens[i + 1]);
      const id = this.series.find((p) => clockTimeIn(this.entries.get(p)?.answer.en ?? '')?.minutes === minutes);
      const entry = id === undefined ? undefined : this.entries.get(id);
      if (entry !== undefined && !named.includes(entry)) named.push(entry);
    }
    if (named.length < 2) return [];
    // A detail neither picture gives ("how many km/h between the 10:24 and the 13:10 shots"): the article does not give it.
    // A time between them they do: each gives its own.
    const detail = askedDetail(tokens);
    if (detail !== undefined && !isTimeDetail(detail) && !named.some((e) => this.gives(e, detail, tokens, lang))) return [];
    return closestFirst(named, ranked);
  }

  /**
   * The two pictures of the series a question asks the time between ("how long did it take the train from the North Korean
   * side to Khasan", "fra første til siste bilde"), the closest-ranked first: those it names by their order, else the two
   * of the series among its closest entries. Each gives its time; the asker does the sum. Not for a question answered by
   * an entry outside the series.
   */
  between(tokens: readonly string[], match: Match): Entry[] {
    if (!asksTimeBetween(tokens)) return [];
    const { ranked, intent } = match;
    const series = (this.series ??= pictureSeries(this.entries.values()));
    if (intent !== null && !series.includes(intent)) return [];
    const named = orderedPictures(tokens).flatMap((position) => series.at(position) ?? []);
    const ids = named.length >= 2 ? named.slice(0, 2) : ranked.slice(0, BETWEEN_REACH).flatMap((c) => (series.includes(c.intent) ? [c.intent] : []));
    const pictures = ids.slice(0, 2).flatMap((id) => this.entries.get(id) ?? []);
    return pictures.length === 2 && pictures[0] !== pictures[1] ? closestFirst(pictures, ranked) : [];
  }

  /**
   * Every picture of the series, in order, for a question about each of them ("where was the train in each of the satellite
   * pictures"), when the question is about the pictures: one of its closest entries is in the series, or tells of them.
   */
  each(match: Match): Entry[] {
    const { ranked } = match;
    const series = (this.series ??= pictureSeries(this.entries.values()));
    if (ranked.length === 0 || series.length < 2) return [];
    const about = ranked.some((c) => series.includes(c.intent)) || PICTURES_TOLD.test(this.entries.get(ranked[0]!.intent)?.answer.en ?? '');
    return about ? series.flatMap((id) => this.entries.get(id) ?? []) : [];
  }

  /**
   * The entry crediting the pictures, for a question asking who took or published one ("where's the photo of Kim on
   * the horse from"), when it is close; or the closest entry, when that tells who took its pictures itself (the
   * satellite images' entry does: "taken by Planet Labs").
   */
  crediting(match: Match, tokens: readonly string[]): Entry | undefined {
    const [closest] = match.ranked;
    if (!closest) return undefined;
    const close = match.ranked
      .slice(0, 3)
      .filter((c) => c.score >= closest.score - CREDIT_REACH)
      .flatMap((c) => this.entries.get(c.intent) ?? []);
    const texts = (e: Entry): string => `${e.answer.en} ${e.answer.nb}`;
    const credits = close.find((e) => CREDITS_PICTURES.test(texts(e)));
    // Answered by an entry telling who took its pictures ("who took the satellite photos"): it answers. Declined with one
    // closest ("… the CIA?", an unknown name lowered the match), it answers unless the credits are as close (a tie: "who
    // is behind the photo of Kim on horseback") or the graphics are asked about too.
    const top = this.entries.get(match.intent ?? closest.intent);
    if (top && TELLS_WHO_TOOK.test(top.answer.en)) {
      if (match.intent !== null) return undefined;
      const creditsScore = match.ranked.find((c) => c.intent === credits?.id)?.score ?? 0;
      if (creditsScore < CREDITS_TIE * closest.score && !namesGraphics(tokens)) return top;
    }
    // One crediting the pictures, else one saying who took them ("the images were taken by … Planet Labs"): the credits
    // name every picture's maker, the other only its own pictures'.
    return credits ?? close.find((e) => TELLS_WHO_TOOK.test(texts(e)));
  }
}

/** The entries, the closest-ranked first (in the order given where the ranking does not tell them apart). */
function closestFirst(entries: readonly Entry[], ranked: readonly Candidate[]): Entry[] {
  const rank = (e: Entry): number => {
    const at = ranked.findIndex((c) => c.intent === e.id);
    return at < 0 ? ranked.length : at;
  };
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}
