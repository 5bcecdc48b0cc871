import { asksContents } from '../message/asked-contents.js';
import { FLOW_TERMS, flowOf, type Flow } from './flow.js';

/**
 * What a text asks about is changed by a plain word its terms lose: the term for that added to its
 * terms, a question's and every knowledge-base text's alike.
 * - `#cargo` when it asks what something held: "hva er i toget" keeps only "hva" and "toget" once
 *   "i" is dropped, and then matched "hva er greia med toget" word for word (asked-contents.ts).
 */
export const CONTENTS_TERM = '#cargo';

/** The terms a text's frame adds, from its lower-cased tokens: its flow (flow.ts), then `#cargo`. */
export function frameTerms(tokens: readonly string[], flow: Flow | undefined = flowOf(tokens)): string[] {
  const frame = flow ? [FLOW_TERMS[flow]] : [];
  if (asksContents(tokens)) frame.push(CONTENTS_TERM);
  return frame;
}

/** Adds a text's frame terms to its terms, each once. */
export function addFrameTerms(terms: string[], frame: readonly string[]): void {
  for (const term of frame) if (!terms.includes(term)) terms.push(term);
}
