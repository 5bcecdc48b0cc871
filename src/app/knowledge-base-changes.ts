import type { Entry, KnowledgeBase } from '../kb/knowledge-base.js';
import { EXAMPLES_GROUP } from '../engine/model/updatable-model.js';
import type { KnowledgeBaseChanges } from '../storage/knowledge-repository.js';

/**
 * The knowledge base after `changes` (what changed since it was read), and which of its entries
 * differ (ids, or EXAMPLES_GROUP for the conversation and out-of-scope examples). Undefined when an
 * entry in the order is neither changed nor known: only a whole snapshot is right then.
 */
export function applyChanges(kb: KnowledgeBase, changes: KnowledgeBaseChanges): { kb: KnowledgeBase; changed: Set<string> } | undefined {
  const changedEntries = new Map(changes.entries.map((e) => [e.id, e]));
  const known = new Map(kb.entries.map((e) => [e.id, e]));
  const entries: Entry[] = [];
  for (const id of changes.order) {
    const entry = changedEntries.get(id) ?? known.get(id);
    if (!entry) return undefined;
    entries.push(entry);
  }
  const changed = new Set(changedEntries.keys());
  if (changes.examples) changed.add(EXAMPLES_GROUP);
  return { kb: { ...kb, entries, sources: changes.sources ?? kb.sources, ...(changes.examples ?? {}) }, changed };
}
