import type { Lang } from '../kb/languages.js';
import type { Status } from '../kb/statuses.js';

export type AnswerKind = 'entry' | 'conversation' | 'declined' | 'empty';

export interface SourceRef {
  id: string;
  name: string;
  description: string;
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
  /** For an entry: its parts, for layouts richer than plain text (embeds). */
  entry?: {
    id: string;
    title: string;
    statusLabel: string;
    body: string;
    sources: SourceRef[];
  };
  related?: { id: string; title: string };
}
