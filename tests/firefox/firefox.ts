// Launches Debian's Firefox ESR with the built Firefox extension (dist-firefox/) in the
// way that works with Firefox ESR 140: puppeteer-core over WebDriver BiDi,
// headless, a temporary install (no signing), and a fixed moz-extension UUID so the extension's
// pages have a known address.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PANEL_PAGE } from '../../src/platform/protocol';
import { PLAYER_FILE, PLAYER_PATH, type DeskFixture } from '../fixtures/desks/index';

export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');
/** The Firefox build's `browser_specific_settings.gecko.id` (vite.config.ts). */
export const GECKO_ID = 'composure@composure.dev';
/** Pinned through `extensions.webextensions.uuids`; otherwise random per install. */
export const EXTENSION_UUID = '6f1c2a5e-0c1d-4b7e-9a1f-3c0a7e5d2b91';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const OPTIONS_PAGE = 'src/options/index.html';

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Extra Firefox preferences (e.g. a short event-page idle timeout). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !process.env['COMPOSURE_HEADED'],
    defaultViewport: { width: 1100, height: 760 },
    // Firefox 153's WebDriver BiDi refuses to navigate a tab to a moz-extension:// page unless
    // the remote agent may reach privileged documents; 140 allowed it. Test runs only.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...options.prefs,
    },
  });
  const id = await browser.installExtension(DIST_FIREFOX);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/**
 * A new tab whose requests to the desks' origins are answered from the fixture files (the desk at
 * its real address, so the manifest's content-script matches apply unchanged). Every other
 * request continues as asked. `onRequest` sees each request this tab makes.
 */
export async function newDeskTab(browser: Browser, desks: DeskFixture[]): Promise<Page> {
  const page = await browser.newPage();
  await serveDesksIn(page, desks);
  return page;
}

export async function serveDesksIn(page: Page, desks: DeskFixture[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    const fromOrigin = desks.filter((desk) => new URL(desk.url).origin === url.origin);
    if (fromOrigin.length === 0) return void request.continue();
    if (url.pathname === PLAYER_PATH) return void request.respond({ status: 200, contentType: 'text/javascript', body: readFileSync(PLAYER_FILE, 'utf8') });
    const desk = fromOrigin.find((d) => new URL(d.url).pathname === url.pathname) ?? fromOrigin[0]!;
    return void request.respond({ status: 200, contentType: 'text/html', body: readFileSync(desk.file, 'utf8') });
  });
}

/**
 * Opens an extension page in a new tab. Puppeteer's wait for a moz-extension:// navigation never
 * ends (Firefox ESR 140), so the navigation is not awaited: the page is polled until it has loaded.
 */
export async function openExtensionPage(browser: Browser, path: string, beforeLoad?: (page: Page) => void): Promise<Page> {
  const page = await browser.newPage();
  beforeLoad?.(page);
  void page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 0 }).catch(() => undefined);
  // page.url() stays about:blank after such a navigation: ask the document itself.
  const loaded = () => page.evaluate((origin) => location.href.startsWith(origin) && document.readyState === 'complete', EXTENSION_ORIGIN);
  await waitFor(loaded, `${path} to load`);
  return page;
}

/**
 * The desk tab's id, asked from an extension page (`browser.tabs` exists only there). The
 * extension holds host access to the desks, so it sees their addresses without the `tabs` permission.
 */
export async function tabIdOf(extensionPage: Page, desk: Page): Promise<number> {
  const url = desk.url();
  let id: number | undefined;
  await waitFor(async () => {
    id = await extensionPage.evaluate(async (address) => {
      const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser.tabs.query({});
      return tabs.find((tab) => tab.url === address)?.id;
    }, url);
    return id !== undefined;
  }, `a tab id for ${url}`);
  return id!;
}

/** The panel as an ordinary tab following `tabId` (docs/interfaces.md §7). */
export async function openPanelTab(browser: Browser, tabId: number): Promise<Page> {
  const panel = await openExtensionPage(browser, `${PANEL_PAGE}?tab=${tabId}`);
  await panel.setViewport({ width: 400, height: 900 });
  return panel;
}

/** Polls `condition` every `everyMs` until it holds; throws naming what it waited for. */
export async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
