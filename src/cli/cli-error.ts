/**
 * The CLI's exit codes: 2 when the command line itself is wrong (an
 * unknown command or flag, a bad flag value, flags that conflict), 1 for
 * everything else (a file that cannot be read, a recipe that is not
 * valid, a run that failed).
 */
export const EXIT = { failure: 1, usage: 2 } as const;

/** An error the CLI prints as one line, then exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

/** A mistake in the command line: a flag, its value, or their mix. */
export function usageError(message: string): CliError {
  return new CliError('usage', message, EXIT.usage);
}
