import { asksContents } from '../message/asked-contents.js';
import { FLOW_TERMS, flowOf, type Flow } from './flow.js';

/**
 * Terms for what a text's stop words and word order say and its bag of words loses, added to a question's terms and to
 * every knowledge-base text's alike: its direction (flow.ts), and `#cargo` when it asks what something held ("hva er i
 * toget" keeps only "hva" and "toget" once "i" is dropped, and so matched "hva er greia med toget" word for word; see
 * asked-contents.ts). A build records the same per text without an array each (model/text-reading.ts, text-terms.ts).
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
