import type { ConversationIntent } from '../../kb/conversation-intents.js';
import { plainWords } from './plain-words.js';

// Words that only colour a message ("hvem er du egentlig?", "who are you actually"): compared without them.
const COLOURING = new Set(['egentlig', 'eigentleg', 'eigentlig', 'actually', 'really', 'anyway', 'uansett', 'liksom', 'lol']);

/**
 * The conversation texts word for word ("Hvem er du?", "takk for hjelpen"): a message that is one of them is that
 * conversation, however the answer decision weighs its words (a Norwegian "who" question is weighed as asking a fact).
 */
export class TaughtConversation {
  private readonly intentByText = new Map<string, ConversationIntent>();

  constructor(intents: ReadonlyArray<{ id: ConversationIntent; questions: { nb: readonly string[]; en: readonly string[] } }>) {
    for (const intent of intents) for (const text of [...intent.questions.nb, ...intent.questions.en]) this.intentByText.set(comparable(text), intent.id);
  }

  /** The conversation intent a message was taught as, if it is one of the texts but for case, punctuation and colouring words. */
  intentOf(message: string): ConversationIntent | undefined {
    return this.intentByText.get(comparable(message));
  }
}

function comparable(text: string): string {
  return plainWords(text)
    .split(' ')
    .filter((w) => !COLOURING.has(w))
    .join(' ');
}
