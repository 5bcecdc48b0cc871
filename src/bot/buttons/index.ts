import type { ButtonInteraction } from 'discord.js';
import type { CommandOutcome } from '../commands/command.js';
import { decodeButton } from '../custom-ids.js';
import { BotError } from '../responder.js';
import type { ButtonDeps } from './button.js';
import { SourcesButton } from './sources-button.js';
import { VoteButton } from './vote-button.js';

/** Routes a click on one of the bot's buttons to its handler by the custom_id. */
export class ButtonRouter {
  private readonly sources: SourcesButton;
  private readonly vote: VoteButton;

  constructor(deps: ButtonDeps) {
    this.sources = new SourcesButton(deps);
    this.vote = new VoteButton(deps);
  }

  async execute(interaction: ButtonInteraction): Promise<CommandOutcome | void> {
    const action = decodeButton(interaction.customId);
    if (!action) throw new BotError('unknownButton');
    return action.kind === 'sources' ? this.sources.execute(interaction, action) : this.vote.execute(interaction, action);
  }
}
