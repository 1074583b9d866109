// `npm run demo -- --firefox`: the demo's browser side in Debian's Firefox ESR with the Firefox
// build (dist-firefox/), driven by puppeteer-core over WebDriver BiDi, the way tests/firefox/
// does it. The desk page is asked for at Zendesk's real address and answered from the demo's
// local server, so the production manifest's content-script match applies and nothing leaves
// the machine. The panel opens popped out (`?tab=<id>`, its own window), since WebDriver cannot
// click the toolbar button that shows the sidebar.
import puppeteer from 'puppeteer-core';

const GECKO_ID = 'composure@composure.dev';
// A fixed moz-extension:// address for the extension's pages (random per install otherwise).
const EXTENSION_UUID = '6f1c2a5e-0c1d-4b7e-9a1f-3c0a7e5d2b91';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(condition, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(100);
  }
}

/**
 * Opens an extension page; the navigation itself is not awaited (WebDriver never reports it done).
 * `window`: in a window of its own, as an agent pops the panel out beside the desk, so the desk
 * tab stays the visible one (Firefox holds a hidden tab's timers for a second or more).
 */
async function openExtensionPage(browser, path, window = false) {
  const page = await browser.newPage(window ? { type: 'window' } : undefined);
  void page.goto(`${ORIGIN}/${path}`, { timeout: 0 }).catch(() => undefined);
  await until(() => page.evaluate((origin) => location.href.startsWith(origin) && document.readyState === 'complete', ORIGIN), path);
  return page;
}

/** { desk, panel, insertTop(), replaceWithReframe(), darkTheme?(), close() } for scripts/demo.mjs. */
export async function startFirefoxSession({ dist, headed, deskUrl, localOrigin, panelPage }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: !headed,
    defaultViewport: null,
    // Lets WebDriver open moz-extension:// pages in a tab (Firefox 153 refuses otherwise).
    args: ['--remote-allow-system-access', '--width=1400', '--height=900'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  try {
    await browser.installExtension(dist);
    const desk = (await browser.pages())[0] ?? (await browser.newPage());
    await desk.setRequestInterception(true);
    const deskOrigin = new URL(deskUrl).origin;
    desk.on('request', async (request) => {
      const url = new URL(request.url());
      if (url.origin !== deskOrigin) return void request.continue();
      const local = await fetch(new URL(url.pathname, localOrigin));
      await request.respond({ status: 200, contentType: local.headers.get('content-type') ?? 'text/html', body: await local.text() });
    });
    await desk.goto(deskUrl);
    const options = await openExtensionPage(browser, 'src/options/index.html');
    const tabId = await options.evaluate(async (address) => (await browser.tabs.query({})).find((tab) => tab.url === address)?.id, desk.url());
    await options.close();
    if (tabId === undefined) throw new Error(`no tab for ${desk.url()}`);
    const panel = await openExtensionPage(browser, `${panelPage}?tab=${tabId}`, true);
    await panel.setViewport({ width: 420, height: 980 });
    return {
      desk,
      panel,
      insertTop: () => panel.evaluate(() => document.querySelector('[data-action="insert"]')?.click()),
      replaceWithReframe: async () => {
        const replace = '[data-suggestion-kind="reframe"] [data-action="replace"]';
        await panel.waitForSelector(replace, { timeout: 10_000 });
        await panel.evaluate((selector) => document.querySelector(selector)?.click(), replace);
      },
      // Colour-scheme emulation is CDP-only in puppeteer: no dark screenshot in Firefox.
      darkTheme: undefined,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
