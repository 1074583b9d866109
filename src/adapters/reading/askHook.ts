// A desk's hooks run on the page's own markup, which may be anything.

/** A hook that throws is a hook with no answer: the page must never break the reader. */
export function askHook<T>(question: () => T): T | undefined {
  try {
    return question();
  } catch {
    return undefined;
  }
}
