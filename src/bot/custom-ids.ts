import { LANGS, type Lang } from '../kb/languages.js';

/**
 * What a button on an answer does, written into its custom_id (Discord gives it back on click,
 * up to 100 characters): the state lives in the id and the database, not in the process, so
 * buttons keep working across restarts and shards.
 */
export type ButtonAction =
  | { kind: 'sources'; lang: Lang; entryId: string }
  | { kind: 'vote'; questionId: number; useful: boolean };

const PREFIX = 'factbot';

export function encodeButton(action: ButtonAction): string {
  return action.kind === 'sources'
    ? `${PREFIX}:sources:${action.lang}:${action.entryId}`
    : `${PREFIX}:vote:${action.questionId}:${action.useful ? 1 : 0}`;
}

/** The action for a custom_id, or undefined for one this bot did not make. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const [prefix, kind, a, b, ...rest] = customId.split(':');
  if (prefix !== PREFIX || rest.length || a === undefined || b === undefined) return undefined;
  if (kind === 'sources' && (LANGS as readonly string[]).includes(a) && /^[a-z0-9-]{1,64}$/.test(b))
    return { kind, lang: a as Lang, entryId: b };
  if (kind === 'vote' && /^\d{1,15}$/.test(a) && (b === '0' || b === '1'))
    return { kind, questionId: Number(a), useful: b === '1' };
  return undefined;
}
