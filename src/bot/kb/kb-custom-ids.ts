import { createHash } from 'node:crypto';
import { STATUSES, type Status } from '../../kb/statuses.js';
import { customIdFields, joinCustomId } from '../components/custom-id.js';

/**
 * The modals of /kb, written into their custom_id (Discord gives it back on submit, up to 100
 * characters): like the answers' buttons, no state is kept in the process, so a form opened
 * before a restart, or on another shard, still works. Edit forms carry a short fingerprint of
 * the texts they were filled with, so a submit over someone else's newer change is refused
 * instead of silently undoing it.
 */
export type KbModal =
  | { kind: 'entry-add'; status: Status; id: string }
  | { kind: 'entry-edit'; version: string; id: string }
  | { kind: 'source-add'; id: string }
  | { kind: 'source-edit'; version: string; id: string };

/** The custom_id prefix of /kb's forms. */
export const KB_COMPONENTS = 'factbot-kb';

const SLUG = /^[a-z0-9-]{1,64}$/;
const VERSION = /^[0-9a-f]{8}$/;

export function encodeKbModal(modal: KbModal): string {
  switch (modal.kind) {
    case 'entry-add':
      return joinCustomId(KB_COMPONENTS, ['entry-add', STATUSES.indexOf(modal.status), modal.id]);
    case 'entry-edit':
    case 'source-edit':
      return joinCustomId(KB_COMPONENTS, [modal.kind, modal.version, modal.id]);
    case 'source-add':
      return joinCustomId(KB_COMPONENTS, ['source-add', modal.id]);
  }
}

/** The modal for a custom_id, or undefined for one /kb did not make. */
export function decodeKbModal(customId: string): KbModal | undefined {
  const [kind, a, b, ...rest] = customIdFields(customId, KB_COMPONENTS) ?? [];
  if (rest.length || a === undefined) return undefined;
  if (kind === 'source-add' && b === undefined && SLUG.test(a)) return { kind, id: a };
  if (b === undefined || !SLUG.test(b)) return undefined;
  if (kind === 'entry-add' && /^\d{1,2}$/.test(a) && STATUSES[Number(a)]) return { kind, status: STATUSES[Number(a)]!, id: b };
  if ((kind === 'entry-edit' || kind === 'source-edit') && VERSION.test(a)) return { kind, version: a, id: b };
  return undefined;
}

/** A short fingerprint of the texts a form was filled with. */
export function textVersion(texts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 8);
}
