import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { CommandOutcome } from '../commands/command.js';
import type { ButtonAction } from '../custom-ids.js';
import { botError } from '../responder.js';
import type { ButtonDeps, ButtonHandler } from './button.js';

/** "Sources": who said what for the answer's entry, shown to the one who clicked. */
export class SourcesButton implements ButtonHandler<Extract<ButtonAction, { kind: 'sources' }>> {
  constructor(private readonly deps: ButtonDeps) {}

  async execute(interaction: ButtonInteraction, action: Extract<ButtonAction, { kind: 'sources' }>): Promise<CommandOutcome> {
    const answer = this.deps.engine.current().describe(action.entryId, action.lang);
    if (!answer) throw botError('unknownButton');
    await interaction.reply({ ...this.deps.presenter.sourcesDetail(answer), flags: MessageFlags.Ephemeral });
    return { intent: answer.intent, lang: action.lang };
  }
}
