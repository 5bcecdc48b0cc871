import { createHash } from 'node:crypto';
import type { MatcherParts } from '../engine/matching/matcher.js';

/**
 * An assembled matcher (MatcherParts) as bytes, saved beside the model it was assembled from, so a
 * cold start maps its typed arrays instead of assembling the index again. The bytes carry a
 * SHA-256 of themselves and of the saved build's JSON they belong to: bytes that were damaged, or
 * that sit beside another build's JSON, are not used (the index is then assembled from the model).
 *
 * Layout: "FBMX", layout version (u32), digest (32 bytes), then the strings as JSON (u32 byte
 * length, UTF-8) and each typed array (u32 element count, padded to 8 bytes, little-endian data).
 */
const MAGIC = 0x584d4246; // "FBMX" read as a little-endian u32
const LAYOUT = 2;
const HEADER = 8 + 32;

interface Strings {
  intents: string[];
  terms: string[];
  vocabularyTerms: string[];
  intentCount: number;
  conceptWeight: number;
}

/** The typed arrays in the order they are packed (and unpacked, in unpackMatcher). */
function arraysOf(parts: MatcherParts): Array<Int32Array | Float64Array> {
  const { index, vocabulary } = parts;
  return [
    index.termWeight,
    index.postings.offsets,
    index.postings.ids,
    index.postings.weights,
    index.centroidPostings.offsets,
    index.centroidPostings.ids,
    index.centroidPostings.weights,
    index.textRuns.start,
    index.textRuns.end,
    index.textRuns.maxWeight,
    index.textIntent,
    vocabulary.start,
    vocabulary.ids,
    parts.flows,
  ];
}

const padded = (n: number): number => (n + 7) & ~7;

function digest(json: string, payload: Uint8Array): Buffer {
  return createHash('sha256').update(json).update(payload).digest();
}

/** The matcher's parts as bytes, bound to the saved build JSON they are stored with. */
export function packMatcher(parts: MatcherParts, savedJson: string): Buffer {
  const { index } = parts;
  const strings: Strings = {
    intents: parts.intents,
    terms: index.terms,
    vocabularyTerms: parts.vocabulary.terms,
    intentCount: index.intentCount,
    conceptWeight: parts.conceptWeight,
  };
  const text = Buffer.from(JSON.stringify(strings), 'utf8');
  const arrays = arraysOf(parts);
  let size = HEADER + padded(4 + text.length);
  for (const a of arrays) size += 8 + padded(a.byteLength);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(LAYOUT, 4);
  let at = HEADER;
  out.writeUInt32LE(text.length, at);
  text.copy(out, at + 4);
  at += padded(4 + text.length);
  for (const a of arrays) {
    out.writeUInt32LE(a.length, at);
    at += 8;
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += padded(a.byteLength);
  }
  digest(savedJson, out.subarray(HEADER)).copy(out, 8);
  return out;
}

/**
 * The matcher's parts back from `packMatcher`'s bytes, or undefined when they are not exactly
 * what was packed for this saved build JSON (damaged, truncated, another layout, another build).
 */
export function unpackMatcher(bytes: Uint8Array, savedJson: string): MatcherParts | undefined {
  if (bytes.length < HEADER + 4) return undefined;
  // One copy into memory of our own: typed arrays need their offsets aligned to 8 bytes.
  const buffer = new ArrayBuffer(bytes.length);
  const own = new Uint8Array(buffer);
  own.set(bytes);
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== LAYOUT) return undefined;
  if (!digest(savedJson, own.subarray(HEADER)).equals(own.subarray(8, HEADER))) return undefined;
  try {
    let at = HEADER;
    const textLength = view.getUint32(at, true);
    const strings = JSON.parse(Buffer.from(buffer, at + 4, textLength).toString('utf8')) as Strings;
    at += padded(4 + textLength);
    // The arrays in packMatcher's order (arraysOf), each a view of the copy: nothing more is copied.
    const next = <T>(make: (offset: number, count: number) => T, bytesPer: number): T => {
      const count = view.getUint32(at, true);
      const offset = at + 8;
      if (offset + count * bytesPer > buffer.byteLength) throw new RangeError('truncated');
      at = offset + padded(count * bytesPer);
      return make(offset, count);
    };
    const f64 = (): Float64Array => next((offset, count) => new Float64Array(buffer, offset, count), 8);
    const i32 = (): Int32Array => next((offset, count) => new Int32Array(buffer, offset, count), 4);
    const termWeight = f64();
    const postings = { offsets: i32(), ids: i32(), weights: f64() };
    const centroidPostings = { offsets: i32(), ids: i32(), weights: f64() };
    const textRuns = { start: i32(), end: i32(), maxWeight: f64() };
    const textIntent = i32();
    const vocabulary = { terms: strings.vocabularyTerms, start: i32(), ids: i32() };
    const flows = i32();
    const parts: MatcherParts = {
      intents: strings.intents,
      index: { terms: strings.terms, termWeight, postings, centroidPostings, textRuns, textIntent, intentCount: strings.intentCount },
      vocabulary,
      flows,
      conceptWeight: strings.conceptWeight,
    };
    return consistent(parts) ? parts : undefined;
  } catch {
    return undefined;
  }
}

/** The arrays' lengths agree with each other (what indexing into them relies on). */
function consistent(parts: MatcherParts): boolean {
  const { index, vocabulary, intents } = parts;
  const terms = index.terms.length;
  const lists = (p: { offsets: Int32Array; ids: Int32Array; weights: Float64Array }): boolean =>
    p.offsets.length === terms + 1 && p.ids.length === p.weights.length && p.offsets[terms] === p.ids.length;
  return (
    index.intentCount === intents.length &&
    index.termWeight.length === terms &&
    lists(index.postings) &&
    lists(index.centroidPostings) &&
    index.textRuns.start.length === index.centroidPostings.ids.length &&
    index.textRuns.end.length === index.centroidPostings.ids.length &&
    index.textRuns.maxWeight.length === index.centroidPostings.ids.length &&
    vocabulary.start.length === intents.length + 1 &&
    vocabulary.start[intents.length] === vocabulary.ids.length &&
    parts.flows.length === 2 * intents.length
  );
}
