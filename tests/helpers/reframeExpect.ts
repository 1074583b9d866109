// One check for the readings' reframe tests: the reframe of `draft` exists, no longer says
// `removed`, still says `kept`, and passes the grammar checks.
import { expect } from 'vitest';
import type { ComposureEngine } from '../../src/engine';
import { reframeAfter } from './engine';
import { grammarProblems } from './grammarChecks';

export function expectReframeFixes(engine: ComposureEngine, complaint: string, draft: string, removed: RegExp, kept: RegExp): void {
  const card = reframeAfter(engine, complaint, draft);
  expect(card, draft).toBeDefined();
  expect(card).not.toMatch(removed);
  expect(card).toMatch(kept);
  expect(grammarProblems(card!)).toEqual([]);
}
