// Launches real Chromium with the built extension (dist/) as Debian's Chromium allows:
// --load-extension with --disable-extensions-except, headless=new through args, no sandbox,
// no background networking.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PANEL_PAGE } from '../../src/platform/protocol';
import { CHROMIUM, HEADLESS_FLAGS, QUIET_FLAGS } from '../helpers/chromium';

export const DIST = resolve(import.meta.dirname, '../../dist');
export { CHROMIUM } from '../helpers/chromium';
/** Derived from the public `key` in manifest.json; stable across builds and machines. */
export const EXTENSION_ID = 'jagmceenhghkjbijdbhjinnfkoionngi';
export const PANEL_PATH = PANEL_PAGE;

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The live service worker (a new instance after Chrome stops the old one). */
  readonly worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headed?: boolean;
  /** Extra Chromium flags (the network test adds a recording proxy). */
  args?: string[];
  dist?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  // COMPOSURE_E2E_DIST: a build of one's own, while someone else rebuilds dist/ in the same tree.
  const dist = options.dist ?? process.env['COMPOSURE_E2E_DIST'] ?? DIST;
  const profile = mkdtempSync(join(tmpdir(), 'composure-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // only our --headless=new flag applies; extensions need the new headless mode
    viewport: { width: 1100, height: 760 },
    args: [
      ...(options.headed ? QUIET_FLAGS : HEADLESS_FLAGS),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID)) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    // After Chrome stops the worker, the next event starts a new instance: follow the live one.
    get worker() {
      return context.serviceWorkers().findLast((w) => w.url().includes(extensionId)) ?? worker;
    },
    extensionId,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id for a page. Without the `tabs` permission (which we do not ask for) the
 * worker cannot see tab URLs, so the page is brought to the front and the active tab is asked.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** The panel as an ordinary tab following `tabId` (docs/interfaces.md §7). */
export async function openPanelTab(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/${PANEL_PATH}?tab=${tabId}`);
  return panel;
}

/**
 * Stops the extension's service worker as Chrome does when it is idle (the next event starts a
 * new instance). Throws when there is no worker to stop: a restart test must not pass without one.
 */
export async function stopServiceWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
    if (!target) throw new Error(`no service worker of ${browser.extensionId} is running`);
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
