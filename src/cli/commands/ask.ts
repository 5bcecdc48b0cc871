import readline from 'node:readline';
import type { EngineAnswer } from '../../engine/answer.js';
import type { CliContext } from '../cli-context.js';
import { formatAnswer } from '../format-answer.js';

export interface AskOptions {
  json?: boolean;
}

/**
 * `ask [--json] [question]`: one question from the arguments, or one per line from standard input.
 * With --json, stdout carries exactly one JSON object per question and nothing else.
 */
export async function askCommand(ctx: CliContext, words: string[], options: AskOptions): Promise<void> {
  const { engine, translate } = ctx.open();
  const print = (answer: EngineAnswer): void => {
    if (options.json) process.stdout.write(`${JSON.stringify(toContractJson(answer))}\n`);
    else process.stdout.write(`${formatAnswer(answer, translate)}\n\n`);
  };
  if (words.length > 0) {
    print(engine.current().ask(words.join(' ')));
    return;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) print(engine.current().ask(line));
}

/** The fields of the contract's `ask --json`, in its order. */
function toContractJson(a: EngineAnswer) {
  return {
    question: a.question,
    lang: a.lang,
    intent: a.intent,
    status: a.status,
    confidence: a.confidence,
    answer: a.answer,
    sources: a.sources,
    suggestions: a.suggestions.map((s) => s.id),
    kind: a.kind,
    ...(a.declineReason ? { declineReason: a.declineReason } : {}),
    ...(a.related ? { related: a.related.id } : {}),
  };
}
