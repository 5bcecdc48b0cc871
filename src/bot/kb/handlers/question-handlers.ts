import type { Lang } from '../../../kb/languages.js';
import { entryOption, settled, slow, type KbContext, type KbHandlers, type KbLeaf } from '../kb-handler.js';

/** `/kb questions add|remove`: a training question, with what the bot now answers to it. */
export function questionHandlers(ctx: KbContext): KbHandlers {
  const { admin, view } = ctx;
  const addOrRemove =
    (verb: 'add' | 'remove'): KbLeaf =>
    ({ interaction: i, lang, actor }) =>
      slow(async () => {
        const input = { entryId: entryOption(i), lang: i.options.getString('language', true) as Lang, text: i.options.getString('question', true) };
        const result = await settled(ctx, admin.questions[verb](actor, input, { preview: false }));
        // What the bot answers now, from the engine that has the change.
        const preview = admin.questions.preview(input.text, input.lang, input.entryId);
        return { reply: view.question({ ...result, ...(preview ? { preview } : {}) }, input.entryId, lang), change: result.change?.id ?? null };
      });
  return { leaves: { 'questions add': addOrRemove('add'), 'questions remove': addOrRemove('remove') } };
}
