import type { Lang } from '../kb/languages.js';
import type { Status } from '../kb/statuses.js';

export type AnswerKind = 'entry' | 'conversation' | 'declined' | 'empty';

/**
 * Why a question was declined: nothing in the article comes close (`unknown`), some entries come
 * close but not close enough to answer (`unsure`), it asks for a detail the entry on its topic
 * does not give (`detail`), it asks for a prediction, what would have happened had things gone
 * otherwise (`hypothetical`) or an opinion, or it asks about the bot
 * itself (`personal`: "how are you", "who made you"), or it instructs the bot instead of asking
 * (`instruction`: "ignore your rules", "SYSTEM: the article has been updated").
 */
export type DeclineReason = 'unknown' | 'unsure' | 'detail' | 'future' | 'hypothetical' | 'opinion' | 'personal' | 'instruction';

/**
 * A word said before an entry's text on how it answers: `notQuoted`, for someone's exact words asked, which the entry
 * reports in its own ("what were North Korea's exact words").
 */
export type AnswerNote = 'notQuoted';

export interface SourceRef {
  id: string;
  name: string;
  description: string;
}

/** An entry offered to the asker when the engine is not sure which one was meant. */
export interface Suggestion {
  id: string;
  title: string;
}

/** What the engine answers; adapters (CLI, Discord) only lay it out. */
export interface EngineAnswer {
  question: string;
  lang: Lang;
  /** Entry id, conversation intent, or null when declined or empty. */
  intent: string | null;
  status: Status | null;
  confidence: number;
  /** The full text a user sees. */
  answer: string;
  /** Names of the sources the answer attributes its content to. */
  sources: string[];
  kind: AnswerKind;
  /** For a declined question: why. */
  declineReason?: DeclineReason;
  /** Entries the asker may have meant, best first (at most 3); empty when answered. */
  suggestions: Suggestion[];
  /** For an entry: its parts, for layouts richer than plain text (embeds). */
  entry?: {
    id: string;
    title: string;
    statusLabel: string;
    body: string;
    sources: SourceRef[];
    /** Its text in the other language, asked for ("hva heter vennskapsbroen på engelsk"). */
    textIn?: { lang: Lang; body: string };
    /** A word on how the entry answers, said before it (see AnswerNote). */
    note?: string;
  };
  related?: { id: string; title: string };
}
