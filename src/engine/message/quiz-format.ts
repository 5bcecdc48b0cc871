import { isQuestion } from './sentences.js';

/**
 * How a quiz puts its questions: a label before the question ("Question 4 for 10 points:", "Spørsmål 3:", "Quizspm:",
 * "Q2 (5 poeng) –"), and lettered options after it ("… a) granater b) kull c) det vet man ikke"). The label asks
 * nothing (its figures are no detail of the story); the options are guesses, most of them wrong by design.
 */
// prettier-ignore
const LABEL = new RegExp(
  String.raw`^(?:(?:bonus|final|last|extra|quiz|runde|round|siste|ekstra)\s*)?(?:(?:round|runde)\s*\d+\s*[,.]?\s*)?` +
    String.raw`(?:question|quiz question|quizquestion|q|spørsmål|spm|quizspm|quizspørsmål|quiz-spørsmål|oppgave)\.?\s*(?:nr\.?\s*|no\.?\s*|#\s*)?\d{0,2}` +
    String.raw`\s*(?:\(?\s*(?:for|til|worth|verdt)?\s*\d+\s*(?:points?|pts?|poeng|p)\s*\)?)?\s*[:.)–—-]\s+(?=\S)`,
  'iu',
);

// Lettered options after the question: "a) … b) …", "A. … B. …", "(a) … (b) …", "a: … b: …" (letters, not figures: "1) …
// 2) …" numbers questions). The question is what stands before the first.
const LETTERED_OPTIONS = /^(?<question>.*?[\p{L}\p{N}?:])\s*[:–—-]?\s+\(?[aA][).:]\s+\S.*?\s\(?[bB][).:]\s+\S/su;
// What must be left of the question to ask anything on its own.
const MIN_QUESTION_CHARS = 8;

/** The text without a quiz's label before its question, or the text itself when it has none. */
export function withoutQuizLabel(text: string): string {
  const label = LABEL.exec(text);
  return label === null ? text : text.slice(label[0].length);
}

/**
 * The question a quiz's text asks before its lettered options, or undefined when it offers none, or a statement for
 * them to complete ("satellittbildene ble tatt av a) … b) …": the options are what it says).
 */
export function questionBeforeOptions(text: string): string | undefined {
  const question = LETTERED_OPTIONS.exec(text)?.groups?.question?.trim();
  return question !== undefined && question.length >= MIN_QUESTION_CHARS && isQuestion(question) ? question : undefined;
}
