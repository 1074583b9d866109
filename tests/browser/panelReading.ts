// What the Composure panel currently shows, read from the attributes of docs/interfaces.md §7 and
// those the panel publishes: turns read, open flags, the anger meter and the page-status notice.
import type { Page } from 'playwright-core';
import { panelFlags } from './chat';

export const turnCount = (panel: Page): Promise<number> =>
  panel.evaluate(() => Number(document.querySelector('[data-turn-count]')?.getAttribute('data-turn-count') ?? -1));

/** Open flags as sorted `category:rule` ids (duplicates kept, so a test can see them). */
export async function flagIds(panel: Page): Promise<string[]> {
  return (await panelFlags(panel)).map((f) => `${f.category}:${f.rule}`).sort();
}

/** The anger meter's value (0–100), or null when the panel shows no meter. */
export const angerLevel = (panel: Page): Promise<number | null> =>
  panel.evaluate(() => {
    const value = document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow');
    return value === null || value === undefined ? null : Number(value);
  });

/** True when the panel tells the agent that reading stopped or the page is not read. */
export const reportsLostPage = (panel: Page): Promise<boolean> =>
  panel.evaluate(() => /Reading stopped|isn’t recognised as a chat|isn’t reading this tab/.test(document.body.innerText));

export interface PanelReading {
  turns: number;
  flags: string[];
  anger: number | null;
}

/** The panel's reading once it has settled: the same twice in a row, `gapMs` apart. */
export async function settledReading(panel: Page, gapMs = 300, timeoutMs = 10_000): Promise<PanelReading> {
  const read = async (): Promise<PanelReading> => ({ turns: await turnCount(panel), flags: await flagIds(panel), anger: await angerLevel(panel) });
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  for (;;) {
    await panel.waitForTimeout(gapMs);
    const now = await read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    if (Date.now() > deadline) throw new Error(`the panel kept changing for ${timeoutMs} ms: ${JSON.stringify(now)}`);
    last = now;
  }
}
