import fs from 'node:fs';
import { z } from 'zod';
import { LANGS } from '../kb/languages.js';
import { EvaluationSetError } from './evaluation-set-error.js';

/** One line of an evaluation set: a question, its language, and the intents that answer it ([] = decline). */
export const evaluationItemSchema = z.object({
  q: z.string(),
  lang: z.enum(LANGS),
  expect: z.array(z.string()),
  tags: z.array(z.string()).default([]),
});

export { EvaluationSetError };

export type EvaluationItem = z.infer<typeof evaluationItemSchema>;

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
        throw new EvaluationSetError(file, i + 1, (error as Error).message);
      }
      const parsed = evaluationItemSchema.safeParse(json);
      if (!parsed.success) throw new EvaluationSetError(file, i + 1, parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
      items.push(parsed.data);
    });
  return items;
}
