// A real desk shows the whole conversation again after a reload (its server kept it); a fixture
// page starts from its opening script. This makes a fixture page open with `lines` as the current
// conversation's history on its next load, by wrapping ChatPlayer.mount before the page calls it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ScriptLine } from '../fixtures/chatPlayer';
import { openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { settledReading, turnCount, type PanelReading } from './panelReading';

export async function openWithHistory(page: Page, lines: ScriptLine[]): Promise<void> {
  const history = lines.map(({ speaker, text, author }) => ({ speaker, text, author }));
  await page.addInitScript((messages) => {
    type Opening = { current?: string; conversations: { id: string; messages: unknown[] }[] };
    type Player = { mount(desk: unknown, opening: Opening): void };
    let player: Player | undefined;
    Object.defineProperty(window, 'ChatPlayer', {
      configurable: true,
      get: () => player,
      set(value: Player) {
        player = {
          ...value,
          mount(desk, opening) {
            const current = opening.conversations.find((c) => String(c.id) === String(opening.current ?? opening.conversations[0]!.id))!;
            current.messages = messages;
            value.mount(desk, opening);
          },
        };
      },
    });
  }, history);
}

/**
 * What a tab that opens `url` with `lines` already on the page reads, in one go and with a worker
 * that never restarted: the reference a tab that lived through faults must agree with.
 */
export async function freshReadOf(browser: ExtensionBrowser, url: string, lines: ScriptLine[]): Promise<PanelReading> {
  const page = await browser.context.newPage();
  try {
    await openWithHistory(page, lines);
    await page.goto(url);
    const panel = await openPanelTab(browser, await tabIdOf(browser.worker, page));
    try {
      await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(lines.length);
      return await settledReading(panel);
    } finally {
      await panel.close();
    }
  } finally {
    await page.close();
  }
}
