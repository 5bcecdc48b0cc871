import type { Command } from 'commander';
import type { QuestionResult } from '../../admin/question-admin.js';
import type { CliContext } from '../cli-context.js';
import { describer, out, reportChange, withAdmin, type AdminCommandContext } from './kb-shared.js';

/** `kb questions add|remove ENTRY LANG TEXT`: prints the engine's answer to the question right away. */
export function registerKbQuestions(kb: Command, ctx: () => CliContext): void {
  const d = describer();
  const questions = kb.command('questions').description(d('questions'));
  for (const verb of ['add', 'remove'] as const)
    questions
      .command(verb)
      .description(d(verb === 'add' ? 'questionsAdd' : 'questionsRemove'))
      .argument('<entry>')
      .argument('<lang>', 'nb | en')
      .argument('<text...>')
      .option('--json', d('optJson'))
      .action((entryId: string, lang: string, words: string[], o: { json?: boolean }) =>
        withAdmin(
          ctx(),
          (a) => {
            const input = { entryId, lang: lang as 'nb', text: words.join(' ') };
            const result = verb === 'add' ? a.admin.questions.add(a.actor, input) : a.admin.questions.remove(a.actor, input);
            reportQuestion(a, result, o.json);
          },
          { engine: true },
        ),
      );
}

export function reportQuestion(a: AdminCommandContext, result: QuestionResult, json: boolean | undefined): void {
  const preview = result.preview;
  if (json) {
    reportChange(a, result, true, {
      alsoIn: result.alsoIn,
      answer: preview
        ? {
            intent: preview.answer.intent,
            status: preview.answer.status,
            confidence: preview.answer.confidence,
            matchesEntry: preview.matchesEntry,
            answer: preview.answer.answer,
          }
        : null,
    });
    return;
  }
  reportChange(a, result, false);
  if (result.alsoIn.length) out(a.t('cli.kb.alsoIn', a.lang, { entries: result.alsoIn.join(', ') }));
  if (preview) {
    out(
      a.t('cli.kb.previewHeader', a.lang, {
        intent: preview.answer.intent ?? a.t('cli.kb.declined', a.lang),
        confidence: preview.answer.confidence.toFixed(2),
      }),
    );
    out(preview.answer.answer);
  }
}
