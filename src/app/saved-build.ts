import type { EngineModel } from '../engine/model/engine-model.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { EngineModelCacheRepository } from '../storage/engine-model-cache-repository.js';

/**
 * What the engine-model cache holds for one knowledge-base revision: the knowledge base as it was
 * read at that revision and the model analysed from it, so a start reads one row and analyses
 * nothing. Its layout is part of the cache's fingerprint (see engine-fingerprint.ts).
 */
export interface SavedBuild {
  kb: KnowledgeBase;
  model: EngineModel;
}

/** Bumped when SavedBuild changes shape: saved builds of another layout are then not read. */
export const SAVED_BUILD_LAYOUT = 'kb+model 2';

export function savedBuildJson(kb: KnowledgeBase, model: EngineModel): string {
  return JSON.stringify({ kb, model } satisfies SavedBuild);
}

/** The build saved for this revision with this fingerprint, if there is one. */
export function readSavedBuild(repository: EngineModelCacheRepository, fingerprint: string, revision: number): (SavedBuild & { revision: number }) | undefined {
  const json = repository.read(fingerprint, revision);
  return json === undefined ? undefined : { ...(JSON.parse(json) as SavedBuild), revision };
}
