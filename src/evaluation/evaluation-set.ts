import fs from 'node:fs';
import { z } from 'zod';
import { LocalizedError } from '../errors/localized-error.js';
import { LANGS } from '../kb/languages.js';

/** One line of an evaluation set: a question, its language, and the intents that answer it ([] = decline). */
export const evaluationItemSchema = z.object({
  q: z.string(),
  lang: z.enum(LANGS),
  expect: z.array(z.string()),
  tags: z.array(z.string()).default([]),
});

export type EvaluationItem = z.infer<typeof evaluationItemSchema>;

/** A line of an evaluation set that is not valid: which, and what is wrong with it. */
function badLine(file: string, line: number, problem: string): LocalizedError {
  return new LocalizedError('cli.evalBadLine', { file, line, problem }, [], `${file} line ${line}: ${problem}`);
}

export function readEvaluationSet(file: string): EvaluationItem[] {
  const items: EvaluationItem[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw badLine(file, i + 1, (error as Error).message);
      }
      const parsed = evaluationItemSchema.safeParse(json);
      if (!parsed.success) throw badLine(file, i + 1, parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
      items.push(parsed.data);
    });
  return items;
}
