// Drives a fixture desk page (its `window.__chat` player) and reads the Composure panel through
// the docs/interfaces.md §7 hooks, for puppeteer pages (tests/browser/chat.ts does the same for Playwright).
import type { Page } from 'puppeteer-core';
import '../fixtures/chatPlayer';
import { waitFor } from './firefox';

export type Speaker = 'customer' | 'agent' | 'system';

export const say = (page: Page, speaker: Speaker, text: string) => page.evaluate((s, t) => window.__chat.addMessage({ speaker: s, text: t }), speaker, text);
export const setTyping = (page: Page, on: boolean) => page.evaluate((v) => window.__chat.setTyping(v), on);
export const setDraft = (page: Page, text: string) => page.evaluate((t) => window.__chat.setDraft(t), text);
export const composerText = (page: Page) => page.evaluate(() => window.__chat.composerText());
export const switchConversation = (page: Page, id: string, customerName: string) =>
  page.evaluate((i, n) => window.__chat.switchConversation(i, n), id, customerName);

export interface ShownFlag {
  category: string;
  rule: string;
  /** A flag on the agent's draft (not yet sent). */
  draft: boolean;
}

/** Open flags in the panel. */
export const panelFlags = (panel: Page): Promise<ShownFlag[]> =>
  panel.evaluate(() =>
    [...document.querySelectorAll('li[data-flag-category]')].map((el) => ({
      category: el.getAttribute('data-flag-category') ?? '',
      rule: el.getAttribute('data-rule') ?? '',
      draft: el.querySelector('.chip') !== null,
    })),
  );

export const turnCount = (panel: Page): Promise<number> =>
  panel.evaluate(() => Number(document.querySelector('[data-turn-count]')?.getAttribute('data-turn-count') ?? -1));

export const suggestionKinds = (panel: Page): Promise<string[]> =>
  panel.evaluate(() => [...document.querySelectorAll('[data-suggestion-kind]')].map((el) => el.getAttribute('data-suggestion-kind') ?? ''));

export async function expectFlag(panel: Page, category: string, timeoutMs = 5_000): Promise<void> {
  try {
    await waitFor(async () => (await panelFlags(panel)).some((f) => f.category === category), `a ${category} flag`, timeoutMs);
  } catch {
    const shown = (await panelFlags(panel)).map((f) => f.rule);
    throw new Error(`no ${category} flag in the panel after ${timeoutMs} ms; open flags: ${shown.join(', ') || 'none'}`);
  }
}

/** Clicks a button in the panel found by its accessible name (aria-label or text) inside `within`. */
export async function clickButton(panel: Page, within: string, name: string): Promise<void> {
  const clicked = await panel.evaluate(
    (scope, label) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === label);
      button?.click();
      return button !== undefined;
    },
    within,
    name,
  );
  if (!clicked) throw new Error(`no button "${name}" in ${within}`);
}
