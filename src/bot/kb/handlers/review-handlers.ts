import type { Lang } from '../../../kb/languages.js';
import { changed, slow, type KbContext, type KbHandlers, type KbLeaf } from '../kb-handler.js';

/** `/kb review …`: the unanswered and feedback queues, promoting an item to a training question, dismissing one. */
export function reviewHandlers({ admin, view }: KbContext): KbHandlers {
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
        slow(() => {
          // Without an entry, the suggestion the askers picked.
          const entryId = i.options.getString('entry')?.trim();
          const language = i.options.getString('language');
          const text = i.options.getString('text');
          const result = admin.review.promote(actor, {
            item: i.options.getInteger('item', true),
            ...(entryId ? { entryId } : {}),
            ...(language !== null ? { lang: language as Lang } : {}),
            ...(text !== null ? { text } : {}),
          });
          return { reply: view.question(result, result.entryId, lang), change: result.change?.id ?? null };
        }),
      'review dismiss': ({ interaction: i, lang, actor }) =>
        slow(() => changed(view, admin.review.dismiss(actor, { item: i.options.getInteger('item', true) }), lang)),
    },
  };
}
