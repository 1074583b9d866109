// A broken rule file is reported as one line naming the file, line and field: QA leads edit
// these files by hand and must find the mistake without reading a stack trace.
export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${reason}`);
    this.name = 'RuleFileError';
  }
}

/** Several problems found in one file or pack, reported together. */
export class RuleFileErrors extends Error {
  constructor(readonly errors: RuleFileError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'RuleFileErrors';
  }
}
