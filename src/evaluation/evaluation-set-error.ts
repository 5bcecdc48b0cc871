/** A line of an evaluation set that is not valid JSON or not a valid item (its own file: the CLI checks for it without loading zod). */
export class EvaluationSetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file} line ${line}: ${problem}`);
    this.name = 'EvaluationSetError';
  }
}
