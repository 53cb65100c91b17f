/** Exit codes: 0 ok, 1 done with problems, 2 bad usage or input, 130 interrupted. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/**
 * A problem the user can fix: bad usage, a bad file, a bad value.
 * The message is shown as is (no stack trace) and ends the run with `exitCode`.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = EXIT_USAGE) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
