/** Turn time (ISO 8601 or epoch ms, docs/interfaces.md §1) to epoch ms; undefined when absent or unreadable. */
export function parseAt(at: string | number | undefined): number | undefined {
  if (at === undefined || at === null || at === '') return undefined;
  if (typeof at === 'number') return Number.isFinite(at) ? at : undefined;
  if (/^\d+$/.test(at.trim())) return Number(at.trim());
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Seconds from `from` to `to`, or undefined when either time is unknown. */
export function secondsBetween(from: number | undefined, to: number | undefined): number | undefined {
  return from === undefined || to === undefined ? undefined : (to - from) / 1000;
}

// A day, a date or a number of days in a message: "Thursday", "8 October", "in 3–5 working days".
const NAMED_DAY =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|\d+(?:\s*(?:-|–|to)\s*\d+)?\s+(?:working\s+|business\s+)?days?)\b/i;

/** The text names when something will happen: a check-back dated by the calendar alone may fall before it. */
export function namesDay(text: string): boolean {
  return NAMED_DAY.test(text);
}
