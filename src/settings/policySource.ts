// Which policy applies when the browser's answer about it is "nothing", an error, or silence.
// Failing open would be wrong: a locked policy and the rules it switched off would stop applying
// whenever `storage.managed` has a bad moment. So the last policy read is kept (it holds settings
// only, never chat text) and applies while a read fails or hangs; only when no policy was ever
// read does Composure run on defaults, and it says so. Pure, so it is tested in Node.
import type { ManagedRead } from '../platform/managedRead';

export type { ManagedRead };

/** The last policy read, as kept in the extension's own storage. */
export interface KeptPolicy {
  values: Record<string, unknown>;
  /** Epoch milliseconds of the read. */
  readAt: number;
}

export type PolicyStanding =
  | { kind: 'read' }
  /** The read failed or hung: the policy read at `readAt` still applies. */
  | { kind: 'kept'; readAt: number; reason: string }
  /** The read failed or hung and no policy was ever read here: defaults apply. */
  | { kind: 'unknown'; reason: string };

export interface PolicyDecision {
  /** The policy values to apply (`{}` = none). */
  values: Record<string, unknown>;
  standing: PolicyStanding;
  /** What to keep for next time, when it changed. */
  keep?: KeptPolicy;
}

export function decidePolicy(read: ManagedRead, kept: KeptPolicy | undefined, now: number): PolicyDecision {
  if (read.kind === 'read' || read.kind === 'none') {
    const values = read.kind === 'read' ? read.values : {};
    const changed = !kept || JSON.stringify(kept.values) !== JSON.stringify(values);
    return { values, standing: { kind: 'read' }, ...(changed ? { keep: { values, readAt: now } } : {}) };
  }
  const reason = read.kind === 'failed' ? read.reason : 'the browser did not answer';
  if (kept) return { values: kept.values, standing: { kind: 'kept', readAt: kept.readAt, reason } };
  return { values: {}, standing: { kind: 'unknown', reason } };
}

/** What the panel and the options page say about a policy that could not be read; undefined when it was. */
export function policyStandingNotice(standing: PolicyStanding): string | undefined {
  if (standing.kind === 'read') return undefined;
  if (standing.kind === 'kept') {
    const when = new Date(standing.readAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return `Your organization’s policy could not be read just now (${standing.reason}); the policy read on ${when} still applies.`;
  }
  return `Your organization’s policy could not be read (${standing.reason}): Composure runs on its default settings until it can.`;
}
