import type { Command } from 'commander';
import type { ReviewItem } from '../../admin/review-admin.js';
import type { ReviewQueue } from '../../storage/review-repository.js';
import type { CliContext } from '../cli-context.js';
import { LocalizedError } from '../../errors/localized-error.js';
import { reportQuestion } from './kb-questions.js';
import { describer, out, outJson, parseCount, reportChange, withAdmin, type AdminCommandContext } from './kb-shared.js';

/** `kb review unanswered|feedback|promote|dismiss`. */
export function registerKbReview(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  const review = kb.command('review').description(d('review'));

  for (const queue of ['unanswered', 'feedback'] as const)
    review
      .command(queue)
      .description(d(queue === 'unanswered' ? 'reviewUnanswered' : 'reviewFeedback'))
      .option('--limit <n>', d('optLimit'), '20')
      .option('--json', d('optJson'))
      .action((o: { limit: string; json?: boolean }) =>
        withAdmin(
          ctx(),
          (a) => {
            const limit = parseCount(o.limit, '--limit');
            const items = queue === 'unanswered' ? a.admin.review.unanswered({ limit }) : a.admin.review.feedback({ limit });
            if (o.json) return outJson(items);
            if (items.length === 0) return out(a.t('cli.kb.queueEmpty', a.lang));
            for (const item of items) printItem(a, item);
          },
          { engine: true },
        ),
      );

  review
    .command('promote')
    .description(d('reviewPromote'))
    .argument('<item>')
    .argument('[entry]')
    .option('--lang <lang>', d('optLang'))
    .option('--text <text>', d('optText'))
    .option('--queue <queue>', d('optQueue'))
    .option('--json', d('optJson'))
    .action((item: string, entryId: string | undefined, o: { lang?: string; text?: string; queue?: string; json?: boolean }) =>
      withAdmin(
        ctx(),
        (a) => {
          const result = a.admin.review.promote(a.actor, {
            item: parseCount(item, 'item'),
            ...(entryId !== undefined ? { entryId } : {}),
            ...(o.lang !== undefined ? { lang: o.lang as 'nb' } : {}),
            ...(o.text !== undefined ? { text: o.text } : {}),
            ...queueOption(o.queue),
          });
          reportQuestion(a, result, o.json);
        },
        { engine: true },
      ),
    );

  review
    .command('dismiss')
    .description(d('reviewDismiss'))
    .argument('<item>')
    .option('--queue <queue>', d('optQueue'))
    .option('--json', d('optJson'))
    .action((item: string, o: { queue?: string; json?: boolean }) =>
      withAdmin(ctx(), (a) => reportChange(a, a.admin.review.dismiss(a.actor, { item: parseCount(item, 'item'), ...queueOption(o.queue) }), o.json)),
    );
}

function queueOption(queue: string | undefined): { queue?: ReviewQueue } {
  if (queue === undefined) return {};
  if (queue !== 'unanswered' && queue !== 'feedback') throw new LocalizedError('cli.kb.badQueue', { queue });
  return { queue };
}

function printItem(a: AdminCommandContext, item: ReviewItem): void {
  out(
    a.t(item.queue === 'unanswered' ? 'cli.kb.unansweredLine' : 'cli.kb.feedbackLine', a.lang, {
      id: item.id,
      count: item.count,
      lang: item.lang,
      question: item.question,
      entry: item.answeredWith ?? '–',
      last: item.lastAt.slice(0, 16).replace('T', ' '),
    }),
  );
  for (const variant of item.variants) out(`      ~ ${variant}`);
  if (item.picked) out(`      ${a.t('cli.kb.picked', a.lang, { intent: item.picked, id: item.id })}`);
  if (item.nowAnswers?.intent && item.nowAnswers.intent !== item.answeredWith)
    out(`      ${a.t('cli.kb.nowAnswers', a.lang, { intent: item.nowAnswers.intent, confidence: item.nowAnswers.confidence.toFixed(2) })}`);
}
