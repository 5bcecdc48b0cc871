import type { ButtonInteraction } from 'discord.js';
import type { CommandOutcome } from '../commands/command.js';
import { decodeButton } from '../custom-ids.js';
import { botError } from '../responder.js';
import type { ButtonDeps } from './button.js';
import { PickButton } from './pick-button.js';
import { SourcesButton } from './sources-button.js';
import { VoteButton } from './vote-button.js';

/** Routes a click on one of the bot's buttons to its handler by the custom_id. */
export class ButtonRouter {
  private readonly sources: SourcesButton;
  private readonly vote: VoteButton;
  private readonly pick: PickButton;

  constructor(deps: ButtonDeps) {
    this.sources = new SourcesButton(deps);
    this.vote = new VoteButton(deps);
    this.pick = new PickButton(deps);
  }

  async execute(interaction: ButtonInteraction): Promise<CommandOutcome | void> {
    const action = decodeButton(interaction.customId);
    if (!action) throw botError('unknownButton');
    switch (action.kind) {
      case 'sources':
        return this.sources.execute(interaction, action);
      case 'vote':
        return this.vote.execute(interaction, action);
      case 'pick':
        return this.pick.execute(interaction, action);
    }
  }
}
