import type { Entry, Source } from '../kb/knowledge-base.js';
import type { KnowledgeRepository } from '../storage/knowledge-repository.js';

/**
 * The knowledge base's sources and which active entries cite them, for /sources. Re-read only
 * when the knowledge base's revision changes (one indexed read per use otherwise).
 */
export class SourceCatalog {
  private revision = -1;
  private sources: Source[] = [];
  private citing = new Map<string, Entry[]>();

  constructor(private readonly repository: KnowledgeRepository) {}

  list(): Source[] {
    this.refresh();
    return this.sources;
  }

  get(id: string): Source | undefined {
    return this.list().find((s) => s.id === id);
  }

  /** Active entries that cite a source, in knowledge-base order. */
  entriesCiting(id: string): Entry[] {
    this.refresh();
    return this.citing.get(id) ?? [];
  }

  private refresh(): void {
    const revision = this.repository.revision();
    if (revision === this.revision) return;
    const kb = this.repository.load();
    this.sources = kb.sources;
    this.citing = new Map();
    for (const entry of kb.entries) {
      if (entry.retired) continue;
      for (const id of entry.sources) this.citing.set(id, [...(this.citing.get(id) ?? []), entry]);
    }
    this.revision = revision;
  }
}
