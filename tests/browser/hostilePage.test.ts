// A desk page is not ours: its markup must not be able to switch Composure off, and what runs
// inside it (our content script's world) must not be able to act as the side panel.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PANEL_PORT } from '../../src/platform/protocol';
import { deskFixtures, PLAYER_FILE, PLAYER_PATH, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { expectFlag, say } from './chat';
import { turnCount } from './panelReading';

const zendesk = deskFixtures.find((d) => d.id === 'zendesk')!;
const intercom = deskFixtures.find((d) => d.id === 'intercom')!;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [intercom]);
  // The Zendesk page with markup named like the content script's old guard (DOM clobbering:
  // an element's id becomes a property of every world's window).
  const clobbered = readFileSync(zendesk.file, 'utf8').replace('<body', '<div id="__composureContentScript"></div><form name="__composureContentScript"></form><body');
  await browser.context.route(`${new URL(zendesk.url).origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === PLAYER_PATH) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(PLAYER_FILE, 'utf8') });
    return route.fulfill({ contentType: 'text/html', body: clobbered });
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openDesk(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser.worker, page) };
}

describe('a hostile desk page', () => {
  it('cannot switch the content script off with an element named like its guard', async () => {
    const { page, tabId } = await openDesk(zendesk.url);
    expect(await page.evaluate(() => 'document' in window && !!document.getElementById('__composureContentScript'))).toBe(true);
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBeGreaterThan(0);
    await say(page, 'customer', 'This is ridiculous, you people are useless and I want a refund now!!');
    await expectFlag(panel, 'anger');
    await panel.close();
    await page.close();
  });

  it('gives a desk page’s extension world no way in as the side panel', async () => {
    const watched = await openDesk(intercom.url);
    const panel = await openPanelTab(browser, watched.tabId);
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBeGreaterThan(0);
    const other = await openDesk(zendesk.url);
    // From the content script's own world in the other desk tab: connect as the panel and ask to
    // watch the first tab's chat.
    await browser.worker.evaluate(
      ([tabId, watch, name]) =>
        chrome.scripting.executeScript({
          target: { tabId: tabId as number },
          args: [watch as number, name as string],
          func: (watchTab: number, portName: string) => {
            const record = { messages: 0, disconnected: false };
            (globalThis as unknown as { __asPanel: typeof record }).__asPanel = record;
            const port = chrome.runtime.connect({ name: portName });
            port.onMessage.addListener(() => void record.messages++);
            port.onDisconnect.addListener(() => void (record.disconnected = true));
            port.postMessage({ type: 'watch', tabId: watchTab });
          },
        }),
      [other.tabId, watched.tabId, PANEL_PORT] as const,
    );
    const outcome = () =>
      browser.worker.evaluate(
        async (tabId) =>
          (
            await chrome.scripting.executeScript({
              target: { tabId },
              func: () => (globalThis as unknown as { __asPanel?: { messages: number; disconnected: boolean } }).__asPanel,
            })
          )[0]?.result,
        other.tabId,
      );
    // The worker hangs up at once, before it reads a message: nothing of the watched chat comes back.
    await expect.poll(outcome, { timeout: 10_000 }).toEqual({ messages: 0, disconnected: true });
    await panel.close();
    await watched.page.close();
    await other.page.close();
  });
});
