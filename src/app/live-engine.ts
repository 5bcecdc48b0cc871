import type { LexiconFile } from '../engine/analysis/lexicon.js';
import { Engine } from '../engine/engine.js';
import type { Translate } from '../i18n/translator.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';

/**
 * Holds the engine for the current knowledge base and rebuilds it when the database changes —
 * by this process or any other on the same file (every write bumps the revision) — so admins'
 * edits show in the next answer without a restart.
 */
export class LiveEngine {
  private engine: Engine;
  private revision: number;

  constructor(
    private readonly repository: KnowledgeRepository,
    private readonly lexicon: LexiconFile,
    private readonly translate: Translate,
  ) {
    this.revision = repository.revision();
    this.engine = this.build();
  }

  /** The engine, rebuilt first if the knowledge base changed since the last call. */
  current(): Engine {
    this.refresh();
    return this.engine;
  }

  /** Rebuilds if the knowledge base changed; returns whether it did. One indexed read when not. */
  refresh(): boolean {
    const revision = this.repository.revision();
    if (revision === this.revision) return false;
    this.revision = revision;
    this.engine = this.build();
    return true;
  }

  private build(): Engine {
    return new Engine({ kb: this.repository.load(), lexicon: this.lexicon, translate: this.translate });
  }
}
