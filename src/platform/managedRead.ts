// What one read of `storage.managed` can give, and how Firefox says "no policy" (it throws where
// Chromium answers `{}`). No extension API here: the shapes are shared with pure code.

export type ManagedRead =
  | { kind: 'read'; values: Record<string, unknown> }
  | { kind: 'none' }
  | { kind: 'failed'; reason: string }
  /** No answer within the wait: the first read after browser start can block for seconds. */
  | { kind: 'no-answer' };

/** Firefox's words when an extension has no managed storage (no policy for it). */
export function isNoPolicyError(error: unknown): boolean {
  return /managed storage manifest not found|no managed storage/i.test(error instanceof Error ? error.message : String(error));
}
