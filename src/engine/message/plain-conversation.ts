import type { ConversationIntent } from '../../kb/conversation-intents.js';
import { announcesQuestions } from './announced-questions.js';
import { greetsOnly } from './greeting-only.js';
import { greetsWithARemark, greetsWithChatter } from './greeting-remark.js';
import { asksForHelpOnly } from './help-request.js';
import { onlyThanks } from './opening-thanks.js';

/**
 * The conversation a message plainly is, whatever entries its words match: a greeting alone ("what's up bot"), with a
 * remark about the asker ("hei, jeg skriver om Nord-Korea") or announcing questions ("hi, I have some questions"); a
 * request for help with nothing asked yet ("kan du hjelpe meg å faktasjekke saken?", "how should I ask").
 * `tokens`: the message's lower-cased tokens; `cleaned`: its cleaned text.
 */
export function plainConversation(tokens: readonly string[], cleaned: string): ConversationIntent | undefined {
  if (announcesQuestions(tokens) || greetsOnly(tokens) || greetsWithARemark(tokens, cleaned)) return 'greeting';
  if (asksForHelpOnly(tokens, cleaned)) return 'help';
  if (onlyThanks(tokens, cleaned)) return 'thanks';
  if (greetsWithChatter(tokens, cleaned)) return 'greeting';
  return undefined;
}
