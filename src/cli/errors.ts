// Bad input is reported in one line and exit code 2, never a stack trace (docs/interfaces.md §2).
import { RuleFileError, RuleFileErrors, TranscriptError } from '../engine';

export class UsageError extends Error {}

/** A file that could not be read at all (missing, a directory, unreadable). */
export class InputFileError extends Error {}

export function isBadInput(error: unknown): boolean {
  return error instanceof RuleFileError || error instanceof RuleFileErrors || error instanceof TranscriptError || error instanceof UsageError || error instanceof InputFileError;
}

export function reportAndExit(error: unknown): void {
  if (isBadInput(error)) {
    process.stderr.write(`composure: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  // A bug of ours, not the user's input: keep the stack for the bug report.
  process.stderr.write(`composure: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 3;
}
