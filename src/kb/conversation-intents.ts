/** Conversation intents are not facts: their answers are UI text in locales/. */
export const CONVERSATION_INTENTS = ['greeting', 'help', 'thanks'] as const;
export type ConversationIntent = (typeof CONVERSATION_INTENTS)[number];

export function isConversationIntent(id: string): id is ConversationIntent {
  return (CONVERSATION_INTENTS as readonly string[]).includes(id);
}
