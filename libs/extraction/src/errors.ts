/** Why an extraction failed; `code` is stable and meant for programs, `message` for people. */
export type ExtractionErrorCode = 'EMPTY_INPUT' | 'NOT_HTML' | 'TIME_BUDGET_EXCEEDED' | 'NO_CONTENT' | (string & {});

export class ExtractionError extends Error {
  constructor(
    public readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
