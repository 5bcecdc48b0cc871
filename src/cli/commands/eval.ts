import fs from 'node:fs';
import type { CliContext } from '../cli-context.js';
import { evaluate, ratio, type EvaluationReport, type Tally } from '../../evaluation/evaluate.js';
import { readEvaluationSet } from '../../evaluation/evaluation-set.js';
import { LocalizedError } from '../../errors/localized-error.js';
import { differsFromSeed } from '../../app/seed-comparison.js';

export interface EvalOptions {
  json?: boolean;
  misses?: boolean;
}

/** `eval FILE`: accuracy on answerable questions, correct declines, language, per tag, and every miss. */
export function evalCommand(ctx: CliContext, file: string, options: EvalOptions): void {
  if (!fs.existsSync(file)) throw new LocalizedError('cli.evalFileMissing', { file });
  const items = readEvaluationSet(file);
  const { engine, repository, translate } = ctx.open();
  // A score on a knowledge base that admins have extended may count questions it was taught.
  if (differsFromSeed(repository)) process.stderr.write(`${translate('cli.evalKbDiffers', ctx.uiLang, { db: ctx.config.FACTBOT_DB })}\n`);
  const current = engine.current();
  const report = evaluate(items, (q) => current.ask(q));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  process.stdout.write(formatReport(report, options.misses ?? true));
}

const pct = (t: Tally): string => `${(ratio(t) * 100).toFixed(1)}% (${t.right}/${t.total})`;

function formatReport(report: EvaluationReport, withMisses: boolean): string {
  const lines = [
    `answerable accuracy  ${pct(report.answerable)}`,
    `reached (answered or suggested) ${pct(report.reached)}`,
    `correct declines     ${pct(report.declines)}`,
    `language accuracy    ${pct(report.language)}`,
    'answers by confidence (right / given):',
    ...report.calibration.filter((b) => b.total).map((b) => `  ${b.from.toFixed(2)}–${b.to.toFixed(2)}  ${pct(b)}`),
    '',
    'by language:',
    ...Object.entries(report.byLang).map(([k, v]) => `  ${k.padEnd(16)} answerable ${pct(v.answerable)}  declines ${pct(v.declines)}`),
    'by tag:',
    ...Object.entries(report.byTag)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${k.padEnd(16)} answerable ${pct(v.answerable)}  declines ${pct(v.declines)}`),
  ];
  if (withMisses && report.misses.length) {
    lines.push('', `misses (${report.misses.length}):`);
    for (const m of report.misses)
      lines.push(
        `  [${m.item.lang}->${m.gotLang}] ${JSON.stringify(m.item.q)} expected ${m.item.expect.join('|') || 'decline'}, got ${m.got ?? 'decline'} (${m.confidence})`,
      );
  }
  return `${lines.join('\n')}\n`;
}
