import type { MatcherParts } from '../engine/matching/matcher.js';
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
export const SAVED_BUILD_LAYOUT = 'kb+model 2, matcher 1';

/** The row to save for a knowledge base and its model (and the matcher assembled from that model, when there is one). */
export function savedBuildRow(kb: KnowledgeBase, model: EngineModel, matcher?: MatcherParts): SavedModelRow {
  const json = JSON.stringify({ kb, model } satisfies SavedBuild);
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
  const matcher = row.matcher && unpackMatcher(row.matcher, row.model);
  return { ...(JSON.parse(row.model) as SavedBuild), revision, ...(matcher ? { matcher } : {}) };
}
