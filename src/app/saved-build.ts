import type { AnalysedText, MatcherParts } from '../engine/matching/matcher.js';
import type { EngineModel } from '../engine/model/engine-model.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { EngineModelCacheRepository, SavedModelRow } from '../storage/engine-model-cache-repository.js';
import { packMatcher, unpackMatcher } from './packed-matcher.js';

/**
 * What the engine-model cache holds for one knowledge-base revision: the knowledge base as it was
 * read at that revision and the model analysed from it, so a start reads one row and analyses
 * nothing; and, beside them, the matcher assembled from that model (packed-matcher.ts), so the
 * start assembles nothing either. Its layout is part of the cache's fingerprint (see
 * engine-fingerprint.ts).
 */
export interface SavedBuild {
  kb: KnowledgeBase;
  model: EngineModel;
}

/** Bumped when SavedBuild changes shape: saved builds of another layout are then not read. */
export const SAVED_BUILD_LAYOUT = 'kb+model 3 (texts on a line of their own), matcher 1';

/**
 * The row to save for a knowledge base and its model (and the matcher assembled from that model, when
 * there is one). The model's analysed texts, half the JSON, go on a second line (JSON.stringify writes
 * no line breaks): a start with the matcher saved needs them only for an edit, and parses them then.
 */
export function savedBuildRow(kb: KnowledgeBase, model: EngineModel, matcher?: MatcherParts): SavedModelRow {
  const { texts, ...rest } = model;
  const json = `${JSON.stringify({ kb, model: rest })}\n${JSON.stringify(texts)}`;
  return { model: json, ...(matcher ? { matcher: packMatcher(matcher, json) } : {}) };
}

/**
 * The build saved for this revision with this fingerprint, if there is one; its matcher only
 * when the bytes are intact and belong to this very build (else the index is assembled again).
 */
export function readSavedBuild(
  repository: EngineModelCacheRepository,
  fingerprint: string,
  revision: number,
): (SavedBuild & { revision: number; matcher?: MatcherParts }) | undefined {
  const row = repository.read(fingerprint, revision);
  if (row === undefined) return undefined;
  const cut = row.model.indexOf('\n');
  if (cut < 0) return undefined;
  const matcher = row.matcher && unpackMatcher(row.matcher, row.model);
  const { kb, model } = JSON.parse(row.model.slice(0, cut)) as { kb: KnowledgeBase; model: Omit<EngineModel, 'texts'> };
  // Parsed when first read (an edit, or assembling the index when the matcher is not usable).
  let texts: AnalysedText[] | undefined;
  Object.defineProperty(model, 'texts', { enumerable: true, get: () => (texts ??= JSON.parse(row.model.slice(cut + 1)) as AnalysedText[]) });
  return { kb, model: model as EngineModel, revision, ...(matcher ? { matcher } : {}) };
}
