import { isLang, type Lang } from '../kb/languages.js';
import { customIdFields, joinCustomId } from './components/custom-id.js';

/**
 * What a button on an answer does, written into its custom_id (Discord gives it back on click,
 * up to 100 characters): the state lives in the id and the database, not in the process, so
 * buttons keep working across restarts and shards.
 */
export type ButtonAction =
  | { kind: 'sources'; lang: Lang; entryId: string }
  | { kind: 'vote'; questionId: number; useful: boolean }
  /** A suggestion offered with a declined answer; questionId 0 when the question was not stored. */
  | { kind: 'pick'; lang: Lang; entryId: string; questionId: number };

/** The custom_id prefix of the buttons on answers. */
export const ANSWER_BUTTONS = 'factbot';

export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'sources':
      return joinCustomId(ANSWER_BUTTONS, ['sources', action.lang, action.entryId]);
    case 'vote':
      return joinCustomId(ANSWER_BUTTONS, ['vote', action.questionId, action.useful ? 1 : 0]);
    case 'pick':
      return joinCustomId(ANSWER_BUTTONS, ['pick', action.lang, action.entryId, action.questionId]);
  }
}

const ENTRY_ID = /^[a-z0-9-]{1,64}$/;

/** The action for a custom_id, or undefined for one this bot did not make. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const [kind, a, b, ...rest] = customIdFields(customId, ANSWER_BUTTONS) ?? [];
  if (a === undefined || b === undefined) return undefined;
  if (kind === 'pick' && rest.length === 1 && isLang(a) && ENTRY_ID.test(b) && /^\d{1,15}$/.test(rest[0]!))
    return { kind, lang: a, entryId: b, questionId: Number(rest[0]) };
  if (rest.length) return undefined;
  if (kind === 'sources' && isLang(a) && ENTRY_ID.test(b)) return { kind, lang: a, entryId: b };
  if (kind === 'vote' && /^\d{1,15}$/.test(a) && (b === '0' || b === '1')) return { kind, questionId: Number(a), useful: b === '1' };
  return undefined;
}
