import type { KbContext, KbHandlers } from '../kb-handler.js';
import { slow } from '../kb-handler.js';

/** `/kb forget-user`: one person's stored questions, votes and name in history erased on request. */
export function privacyHandlers({ admin, view, logger }: KbContext): KbHandlers {
  return {
    leaves: {
      'forget-user': ({ interaction: i, lang, actor }) =>
        slow(() => {
          const counts = admin.privacy.forgetUser(i.options.getUser('user', true).id);
          // Who asked for the erasure, never whom it erased.
          logger.info({ event: 'interactionCreate', command: 'kb forget-user', actor: actor.id, ...counts }, "erased one user's data on request");
          return { reply: { content: view.text('kb.forgetUser.done', lang, { ...counts }) } };
        }),
    },
  };
}
