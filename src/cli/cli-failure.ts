/** An expected failure of a command: a locale key and its values, shown to the user on stderr. */
export class CliFailure extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, unknown> = {},
    readonly details: string[] = [],
  ) {
    super(key);
    this.name = 'CliFailure';
  }
}
