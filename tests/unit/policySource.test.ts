// A policy that cannot be read is not "no policy": the last one read keeps applying, and only a
// browser that never answered here runs on defaults, saying so.
import { describe, expect, it } from 'vitest';
import { isNoPolicyError } from '../../src/platform/managedRead';
import { decidePolicy, policyStandingNotice } from '../../src/settings/policySource';

const LOCKED = { locked: true, disabledRules: ['liability-admission.fault'] };
const kept = { values: LOCKED, readAt: Date.parse('2026-12-01T09:30:00Z') };
const now = Date.parse('2026-12-02T10:00:00Z');

describe('which policy applies', () => {
  it('applies what was read, and keeps it when it changed', () => {
    expect(decidePolicy({ kind: 'read', values: LOCKED }, undefined, now)).toEqual({ values: LOCKED, standing: { kind: 'read' }, keep: { values: LOCKED, readAt: now } });
    expect(decidePolicy({ kind: 'read', values: LOCKED }, kept, now)).toEqual({ values: LOCKED, standing: { kind: 'read' } });
  });

  it('takes "no policy" (Firefox throws, Chromium answers {}) as no policy, and keeps that', () => {
    expect(decidePolicy({ kind: 'none' }, kept, now)).toEqual({ values: {}, standing: { kind: 'read' }, keep: { values: {}, readAt: now } });
    expect(decidePolicy({ kind: 'read', values: {} }, kept, now).values).toEqual({});
    expect(isNoPolicyError(new Error('Managed storage manifest not found'))).toBe(true);
    expect(isNoPolicyError(new Error('IO error: .../Managed Extension Settings/LOCK'))).toBe(false);
  });

  it('keeps applying the last policy read while a read fails or hangs', () => {
    expect(decidePolicy({ kind: 'failed', reason: 'IO error' }, kept, now)).toEqual({ values: LOCKED, standing: { kind: 'kept', readAt: kept.readAt, reason: 'IO error' } });
    expect(decidePolicy({ kind: 'no-answer' }, kept, now)).toEqual({ values: LOCKED, standing: { kind: 'kept', readAt: kept.readAt, reason: 'the browser did not answer' } });
  });

  it('runs on defaults when no policy was ever read, and says so', () => {
    const decision = decidePolicy({ kind: 'no-answer' }, undefined, now);
    expect(decision).toEqual({ values: {}, standing: { kind: 'unknown', reason: 'the browser did not answer' } });
    expect(policyStandingNotice(decision.standing)).toMatch(/could not be read \(the browser did not answer\): Composure runs on its default settings/);
    expect(policyStandingNotice({ kind: 'kept', readAt: kept.readAt, reason: 'IO error' })).toMatch(/could not be read just now \(IO error\); the policy read on .+ still applies/);
    expect(policyStandingNotice({ kind: 'read' })).toBeUndefined();
  });
});
