import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { registerKbBackup } from './kb-backup.js';
import { registerKbBatch } from './kb-batch.js';
import { registerKbEntries } from './kb-entries.js';
import { registerKbHistory } from './kb-history.js';
import { registerKbPrivacy } from './kb-privacy.js';
import { registerKbQuestions } from './kb-questions.js';
import { registerKbReview } from './kb-review.js';
import { registerKbSources } from './kb-sources.js';
import { registerKbWatch } from './kb-watch.js';

/** The admin verbs under `factbot kb` (export, import and reseed are registered with `kb` itself). */
export function registerKbAdminCommands(kb: Command, ctx: () => CliContext): void {
  registerKbEntries(kb, ctx);
  registerKbQuestions(kb, ctx);
  registerKbSources(kb, ctx);
  registerKbReview(kb, ctx);
  registerKbHistory(kb, ctx);
  registerKbBackup(kb, ctx);
  registerKbPrivacy(kb, ctx);
  registerKbBatch(kb, ctx);
  registerKbWatch(kb, ctx);
}
