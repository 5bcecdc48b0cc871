import type { Contender } from './contender.js';

/**
 * The contenders, loaded lazily: each bench worker process imports only its own, so its memory
 * figures hold nothing of the others.
 */
export const CONTENDER_IDS = ['engine', 'natural-bayes', 'nlpjs', 'fts5-bm25'] as const;
export type ContenderId = (typeof CONTENDER_IDS)[number];

export async function loadContender(id: ContenderId): Promise<Contender> {
  switch (id) {
    case 'engine':
      return (await import('./factbot-engine.js')).factbotEngine;
    case 'natural-bayes':
      return (await import('./natural-bayes.js')).naturalBayes;
    case 'nlpjs':
      return (await import('./nlpjs.js')).nlpjs;
    case 'fts5-bm25':
      return (await import('./fts5-bm25.js')).fts5Bm25;
  }
}
