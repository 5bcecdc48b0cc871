import type { Lang } from '../../../kb/languages.js';
import { entryOption, slow, type KbContext, type KbHandlers, type KbLeaf } from '../kb-handler.js';

/** `/kb questions add|remove`: a training question, with what the bot now answers to it. */
export function questionHandlers({ admin, view }: KbContext): KbHandlers {
  const addOrRemove =
    (verb: 'add' | 'remove'): KbLeaf =>
    ({ interaction: i, lang, actor }) =>
      slow(() => {
        const input = { entryId: entryOption(i), lang: i.options.getString('language', true) as Lang, text: i.options.getString('question', true) };
        const result = admin.questions[verb](actor, input);
        return { reply: view.question(result, input.entryId, lang), change: result.change?.id ?? null };
      });
  return { leaves: { 'questions add': addOrRemove('add'), 'questions remove': addOrRemove('remove') } };
}
