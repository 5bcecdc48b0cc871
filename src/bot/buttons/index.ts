import type { CommandOutcome, ComponentHandler, ComponentInteraction } from '../commands/command.js';
import { decodeButton } from '../custom-ids.js';
import { botError } from '../responder.js';
import type { ButtonDeps } from './button.js';
import { PickButton } from './pick-button.js';
import { SourcesButton } from './sources-button.js';
import { VoteButton } from './vote-button.js';

/** The buttons on answers (sources, votes, suggestions): each click to its handler by the custom_id. */
export class AnswerButtons implements ComponentHandler {
  private readonly sources: SourcesButton;
  private readonly vote: VoteButton;
  private readonly pick: PickButton;

  constructor(deps: ButtonDeps) {
    this.sources = new SourcesButton(deps);
    this.vote = new VoteButton(deps);
    this.pick = new PickButton(deps);
  }

  label(interaction: ComponentInteraction): string {
    return `button:${decodeButton(interaction.customId)?.kind ?? 'unknown'}`;
  }

  async execute(interaction: ComponentInteraction): Promise<CommandOutcome | void> {
    const action = interaction.isButton() ? decodeButton(interaction.customId) : undefined;
    if (!action || !interaction.isButton()) throw botError('unknownButton');
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
