// Which match patterns the registered content script for described desks needs, and how to get
// there from what is registered: pure, so it is tested in Node.
import { parseMatchPattern } from '../sites/matchPattern';
import type { SiteDescriptor } from '../sites/siteDescriptor';

/** True when every URL `inner` matches is also matched by `outer` (both Chrome match patterns). */
export function patternCovers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const o = parseMatchPattern(outer).pattern;
  const i = parseMatchPattern(inner).pattern;
  if (!o || !i) return false;
  const schemeOk = o.scheme === i.scheme || (o.scheme === '*' && i.scheme !== '*');
  const hostOk = o.host === '*' || o.host === i.host || (o.host.startsWith('*.') && (i.host === o.host.slice(2) || i.host.endsWith(o.host.slice(1))));
  const portOk = o.port === undefined || o.port === '*' || o.port === i.port;
  // Paths: a prefix glob (`/app/*`) covers any path that starts with its prefix.
  const pathOk = o.path === i.path || (o.path.endsWith('*') && !o.path.slice(0, -1).includes('*') && i.path.startsWith(o.path.slice(0, -1)));
  return schemeOk && hostOk && portOk && pathOk;
}

/** The patterns the registered script needs: described desks' matches no built-in pattern covers, once each. */
export function describedPatterns(descriptors: readonly SiteDescriptor[], builtIn: readonly string[]): string[] {
  const patterns = descriptors.flatMap((descriptor) => descriptor.matches ?? []);
  return [...new Set(patterns)].filter((pattern) => !builtIn.some((known) => patternCovers(known, pattern)));
}

export type RegistrationStep =
  | { kind: 'none' }
  | { kind: 'register' | 'update'; matches: string[] }
  | { kind: 'unregister' };

/** From what is registered now (`undefined`: nothing) to what is wanted. */
export function registrationStep(registered: readonly string[] | undefined, wanted: readonly string[]): RegistrationStep {
  if (wanted.length === 0) return registered ? { kind: 'unregister' } : { kind: 'none' };
  if (!registered) return { kind: 'register', matches: [...wanted] };
  const same = registered.length === wanted.length && wanted.every((pattern) => registered.includes(pattern));
  return same ? { kind: 'none' } : { kind: 'update', matches: [...wanted] };
}
