// Drives a fixture desk page (its `window.__chat` player) and reads the Composure panel, the way
// an agent would see it. Shared by the e2e tests and mirrored by scripts/demo.mjs.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import '../fixtures/chatPlayer';

export type Speaker = 'customer' | 'agent' | 'system';

export const say = (page: Page, speaker: Speaker, text: string) => page.evaluate(([s, t]) => window.__chat.addMessage({ speaker: s as Speaker, text: t! }), [speaker, text] as const);
export const setTyping = (page: Page, on: boolean) => page.evaluate((v) => window.__chat.setTyping(v), on);
export const setDraft = (page: Page, text: string) => page.evaluate((t) => window.__chat.setDraft(t), text);
export const composerText = (page: Page) => page.evaluate(() => window.__chat.composerText());

/** Open flags in the panel as `category:rule`. */
export async function panelFlags(panel: Page): Promise<{ category: string; rule: string }[]> {
  return panel.locator('li[data-flag-category]').evaluateAll((els) =>
    els.map((el) => ({ category: el.getAttribute('data-flag-category') ?? '', rule: el.getAttribute('data-rule') ?? '' })),
  );
}

/** Waits for an open flag of `category`: shown, or folded under "Other flags" (in the DOM either way). */
export async function expectFlag(panel: Page, category: string, timeout = 5_000): Promise<void> {
  try {
    await panel.locator(`li[data-flag-category="${category}"]`).first().waitFor({ state: 'attached', timeout });
  } catch {
    const shown = (await panelFlags(panel)).map((f) => f.rule);
    throw new Error(`no ${category} flag in the panel after ${timeout} ms; open flags: ${shown.join(', ') || 'none'}`);
  }
}

/** Milliseconds until the panel shows a flag of `category` (DOM change → panel latency). */
export async function timeUntilFlag(panel: Page, category: string, since: number, timeout = 5_000): Promise<number> {
  await expectFlag(panel, category, timeout);
  return Date.now() - since;
}

/** Unfolds the panel's other flags and cards (behind the next step), as the agent clicks them open. */
export async function unfoldPanel(panel: Page): Promise<void> {
  const folded = panel.locator('details.more:not([open]) > summary');
  // One at a time: each click takes its fold out of the selection.
  for (let left = await folded.count(); left > 0; left--) await folded.first().click();
  expect(await folded.count()).toBe(0);
}
