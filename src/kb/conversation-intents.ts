/** Conversation intents are not facts: their answers are UI text in locales/. */
export const CONVERSATION_INTENTS = ['greeting', 'help', 'thanks'] as const;
export type ConversationIntent = (typeof CONVERSATION_INTENTS)[number];
