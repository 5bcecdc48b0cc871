import { KbCommand } from '../kb/kb-command.js';
import { kbDefinition } from '../kb/kb-definition.js';
import type { CommandModule } from './command.js';

/**
 * `/kb …`: the admins' group (entries, training questions, sources, review queues, history and
 * undo, export, import, backup and restore of those backups) over the admin service; see src/bot/kb/ and docs/discord.md.
 */
export const kbCommand: CommandModule = {
  audience: 'admins',
  definition: (l) => kbDefinition(l),
  create: (deps) => new KbCommand(deps.kb, deps.translate, deps.presenter),
};
