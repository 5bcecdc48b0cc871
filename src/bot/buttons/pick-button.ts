import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { CommandOutcome } from '../commands/command.js';
import type { ButtonAction } from '../custom-ids.js';
import { botError } from '../responder.js';
import type { ButtonDeps, ButtonHandler } from './button.js';

type PickAction = Extract<ButtonAction, { kind: 'pick' }>;

/**
 * A suggestion picked from a declined answer: the entry, shown to the one who clicked, and the
 * pick stored with the question so admins see what people meant.
 */
export class PickButton implements ButtonHandler<PickAction> {
  constructor(private readonly deps: ButtonDeps) {}

  async execute(interaction: ButtonInteraction, action: PickAction): Promise<CommandOutcome> {
    const answer = this.deps.engine.current().describe(action.entryId, action.lang);
    if (!answer) throw botError('unknownButton');
    // A failed write must not cost the asker the entry they asked for: answer first, then store.
    await interaction.reply({ ...this.deps.presenter.entry(answer), flags: MessageFlags.Ephemeral });
    const picked = action.questionId > 0 ? await this.deps.questions.pick(action.questionId, action.entryId) : undefined;
    return { intent: answer.intent, lang: action.lang, ...(picked ? { picked } : {}) };
  }
}
