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
