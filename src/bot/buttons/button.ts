import type { ButtonInteraction } from 'discord.js';
import type { LiveEngine } from '../../app/live-engine.js';
import type { QuestionService } from '../../app/question-service.js';
import type { Translate } from '../../i18n/translator.js';
import type { AnswerPresenter } from '../answer-presenter.js';
import type { CommandOutcome } from '../commands/command.js';
import type { ButtonAction } from '../custom-ids.js';

export interface ButtonDeps {
  engine: LiveEngine;
  /** Votes and picked suggestions are stored with the asked question. */
  questions: QuestionService;
  presenter: AnswerPresenter;
  translate: Translate;
}

/** A handler for one kind of button on the bot's answers. */
export interface ButtonHandler<A extends ButtonAction = ButtonAction> {
  execute(interaction: ButtonInteraction, action: A): Promise<CommandOutcome | void>;
}
