import type { Assembly } from '../engine/assembly/assembly.js';

/**
 * A value as JSON in pieces: long arrays (at any depth) cut into chunks of a few hundred items,
 * so the receiver can parse it a piece at a time (see `parseChunked`) instead of in one long pause.
 */
export type ChunkedJson = { json: string } | { chunks: string[] } | { fields: Record<string, ChunkedJson> };

const ITEMS_PER_CHUNK = 256;

export function toChunkedJson(value: unknown): ChunkedJson {
  if (Array.isArray(value) && value.length > ITEMS_PER_CHUNK) {
    const chunks: string[] = [];
    for (let i = 0; i < value.length; i += ITEMS_PER_CHUNK) chunks.push(JSON.stringify(value.slice(i, i + ITEMS_PER_CHUNK)));
    return { chunks };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const fields: Record<string, ChunkedJson> = {};
    for (const [key, field] of Object.entries(value)) if (field !== undefined) fields[key] = toChunkedJson(field);
    return { fields };
  }
  return { json: JSON.stringify(value) };
}

/** The value back, one chunk per step. */
export function* parseChunked(value: ChunkedJson): Assembly<unknown> {
  if ('json' in value) return JSON.parse(value.json) as unknown;
  if ('chunks' in value) {
    const list: unknown[] = [];
    for (const chunk of value.chunks) {
      yield;
      for (const item of JSON.parse(chunk) as unknown[]) list.push(item);
    }
    return list;
  }
  const object: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value.fields)) object[key] = yield* parseChunked(field);
  return object;
}
