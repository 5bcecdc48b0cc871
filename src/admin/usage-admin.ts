import type { Lang } from '../kb/languages.js';
import type { DayCount, FeedbackByIntent, Period, UsageRepository } from '../storage/usage-repository.js';
import { LocalizedError } from '../errors/localized-error.js';
import { groupQuestions } from './question-grouping.js';

export interface UsageOverview {
  period: Period;
  /** One row per day of the period (empty days included). */
  perDay: Array<{ day: string } & Record<Lang, number>>;
  /** Answered from an entry, conversation (greetings, help), declined. */
  /** Declined: without suggestions; suggested: declined, with entries offered to pick from. */
  shares: { answered: number; conversation: number; suggested: number; declined: number };
  topEntries: Array<{ intent: string; count: number }>;
  /** Declined wordings grouped as the review queue groups them, most asked first. */
  topDeclined: Array<{ question: string; count: number }>;
  feedback: FeedbackByIntent[];
}

const MAX_DAYS = 366;

/** What people asked over a period: the figures behind the desk's overview charts. */
export class UsageAdmin {
  constructor(private readonly usage: UsageRepository) {}

  /** `from` and `to` are days (YYYY-MM-DD, UTC), both included. */
  overview(from: string, to: string): UsageOverview {
    const start = parseDay(from);
    const end = parseDay(to);
    if (start === null || end === null) throw new LocalizedError('admin.error.badPeriod', { from, to });
    const days = Math.round((end - start) / 86_400_000) + 1;
    if (days < 1 || days > MAX_DAYS) throw new LocalizedError('admin.error.badPeriod', { from, to });
    const period = { from: `${from}T00:00:00.000Z`, to: new Date(end + 86_400_000).toISOString() };
    const counts = new Map<string, DayCount[]>();
    for (const row of this.usage.perDay(period)) counts.set(row.day, [...(counts.get(row.day) ?? []), row]);
    const perDay = Array.from({ length: days }, (_, i) => {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      const rows = counts.get(day) ?? [];
      return { day, nb: rows.find((r) => r.lang === 'nb')?.count ?? 0, en: rows.find((r) => r.lang === 'en')?.count ?? 0 };
    });
    const kinds = new Map(this.usage.byOutcome(period).map((k) => [k.outcome, k.count]));
    const topDeclined = groupQuestions(this.usage.declined(period))
      .map((g) => ({ question: mostCommon(g.items.map((i) => i.question.trim())), count: g.count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, 10);
    return {
      period,
      perDay,
      shares: {
        answered: kinds.get('entry') ?? 0,
        conversation: kinds.get('conversation') ?? 0,
        suggested: kinds.get('suggested') ?? 0,
        declined: kinds.get('declined') ?? 0,
      },
      topEntries: this.usage.topIntents(period, 10),
      topDeclined,
      feedback: this.usage.feedbackByIntent(period).filter((f) => f.intent !== null),
    };
  }
}

function parseDay(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? null : ms;
}

function mostCommon(items: string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
