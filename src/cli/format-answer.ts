import type { EngineAnswer } from '../engine/answer.js';
import type { Translate } from '../i18n/translator.js';

/** An answer as the terminal shows it: the text, then how sure the match was. */
export function formatAnswer(answer: EngineAnswer, t: Translate): string {
  if (answer.kind !== 'entry') return answer.answer;
  return `${answer.answer}\n(${t('cli.confidence', answer.lang, { value: answer.confidence.toFixed(2) })})`;
}
