import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { CommandOutcome } from '../commands/command.js';
import type { ButtonAction } from '../custom-ids.js';
import { NO_PINGS } from '../no-pings.js';
import { botError } from '../responder.js';
import type { ButtonDeps, ButtonHandler } from './button.js';

/** "Useful" / "Not useful": stored with the question and its entry, one vote per user. */
export class VoteButton implements ButtonHandler<Extract<ButtonAction, { kind: 'vote' }>> {
  constructor(private readonly deps: ButtonDeps) {}

  async execute(interaction: ButtonInteraction, action: Extract<ButtonAction, { kind: 'vote' }>): Promise<CommandOutcome> {
    const voted = await this.deps.questions.vote(action.questionId, interaction.user.id, action.useful);
    if (!voted) throw botError('unknownButton');
    const { question, outcome } = voted;
    await interaction.reply({
      content: this.deps.translate(`discord.feedback.${outcome}`, question.lang),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return { intent: question.intent, feedback: outcome, lang: question.lang };
  }
}
