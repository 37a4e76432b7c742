/**
 * The last word of a failed command: one line on stderr and an exit code
 * (see EXIT). Whatever went wrong, the line is printable: invisible and
 * control characters in a message (a BOM or a tab quoted by JSON.parse)
 * are shown as \u escapes, and a multi-line message is joined.
 */
import { CommanderError } from 'commander';
import { log } from '../log.ts';
import { CliError, EXIT } from './cli-error.ts';

// Control characters, then Unicode "format" characters (BOM, zero-width
// spaces, bidi marks) that a terminal would print as nothing.
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/gu;

export function printable(text: string): string {
  return text
    .trim()
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(
      UNPRINTABLE,
      (c) =>
        `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
}

function messageOf(err: unknown): string {
  if (err instanceof CliError) return err.message;
  const e = err as { message?: unknown; code?: unknown } | undefined;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  // Errors with a code are Brigade's own, written for the user; anything
  // else is a fault in Brigade, and says so.
  return e?.code ? message : `unexpected error: ${message}`;
}

/** Prints `err` as one line and returns the exit code to end with. */
export function reportError(err: unknown): number {
  // Commander has already printed its own message (see configureOutput).
  if (err instanceof CommanderError) {
    return err.exitCode === 0 ? 0 : EXIT.usage;
  }
  log.debug({ err }, 'cli: command failed');
  console.error(`brigade: ${printable(messageOf(err))}`);
  return err instanceof CliError ? err.exitCode : EXIT.failure;
}
