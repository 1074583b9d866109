// Which match patterns the registered content script for described desks needs, and how to get
// there from what is registered: pure, so it is tested in Node.
import type { SiteDescriptor } from '../engine/types';

const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

/** True when every URL `inner` matches is also matched by `outer` (both Chrome match patterns). */
export function patternCovers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const o = PATTERN.exec(outer);
  const i = PATTERN.exec(inner);
  if (!o || !i) return false;
  const [, oScheme, oHost, oPath] = o as unknown as [string, string, string, string];
  const [, iScheme, iHost, iPath] = i as unknown as [string, string, string, string];
  const schemeOk = oScheme === iScheme || (oScheme === '*' && iScheme !== '*');
  const hostOk =
    oHost === '*' ||
    oHost === iHost ||
    (oHost.startsWith('*.') && (iHost === oHost.slice(2) || iHost.endsWith(oHost.slice(1))));
  // Paths: a prefix glob (`/app/*`) covers any path that starts with its prefix.
  const pathOk = oPath === iPath || (oPath.endsWith('*') && !oPath.slice(0, -1).includes('*') && iPath.startsWith(oPath.slice(0, -1)));
  return schemeOk && hostOk && pathOk;
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
