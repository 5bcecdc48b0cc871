import type { Lang } from '../../../kb/languages.js';
import { changed, settled, slow, type KbContext, type KbHandlers, type KbLeaf } from '../kb-handler.js';

/** `/kb review …`: the unanswered and feedback queues, promoting an item to a training question, dismissing one. */
export function reviewHandlers(ctx: KbContext): KbHandlers {
  const { admin, view } = ctx;
  const list =
    (queue: 'unanswered' | 'feedback'): KbLeaf =>
    ({ interaction: i, lang }) => {
      const limit = i.options.getInteger('limit') ?? 10;
      return slow(async () => {
        // What the bot answers now, one question at a time: the event loop stays free for members.
        const listed = queue === 'unanswered' ? admin.review.unanswered({ limit, nowAnswers: false }) : admin.review.feedback({ limit, nowAnswers: false });
        return { reply: view.reviewList(queue, await admin.review.addNowAnswers(listed), lang) };
      });
    };

  return {
    leaves: {
      'review unanswered': list('unanswered'),
      'review feedback': list('feedback'),
      'review promote': ({ interaction: i, lang, actor }) =>
        slow(async () => {
          // Without an entry, the suggestion the askers picked.
          const entryId = i.options.getString('entry')?.trim();
          const language = i.options.getString('language');
          const text = i.options.getString('text');
          const promoted = admin.review.promote(actor, {
            item: i.options.getInteger('item', true),
            ...(entryId ? { entryId } : {}),
            ...(language !== null ? { lang: language as Lang } : {}),
            ...(text !== null ? { text } : {}),
          });
          const result = await settled(ctx, promoted);
          // What the bot answers now, from the engine that has the change.
          const preview = admin.questions.preview(result.added.text, result.added.lang, result.entryId);
          return { reply: view.question({ ...result, ...(preview ? { preview } : {}) }, result.entryId, lang), change: result.change?.id ?? null };
        }),
      'review dismiss': ({ interaction: i, lang, actor }) =>
        slow(() => changed(ctx, admin.review.dismiss(actor, { item: i.options.getInteger('item', true) }), lang)),
    },
  };
}
