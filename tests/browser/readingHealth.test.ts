// The adapter-health line end to end with the built extension: the panel says which parts of a
// desk's page it found, names the part a desk update broke, and the options page lists the same
// for every open desk tab. Screenshots: test-output/panel-reading-health*.png, options-open-desk-tabs.png.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { setTyping } from './chat';

const OUTPUT = resolve(import.meta.dirname, '../../test-output');
const OPTIONS_PAGE = 'src/options/index.html';
const helpScout = deskFixtures.find((d) => d.id === 'helpscout')!;
const chatwoot = deskFixtures.find((d) => d.id === 'chatwoot')!;

let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [helpScout, chatwoot]);
});

afterAll(async () => {
  await browser?.close();
});

/** Each part's state as the health line shows it, e.g. { transcript: 'found', typing: 'waiting' }. */
function partStates(scope: Page, within = '[data-reading-health]'): Promise<Record<string, string>> {
  return scope
    .locator(`${within} [data-part]`)
    .evaluateAll((parts) => Object.fromEntries(parts.map((p) => [p.getAttribute('data-part'), p.getAttribute('data-state')])));
}

async function openDesk(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => '__chat' in window);
  return { page, tabId: await tabIdOf(browser.worker, page) };
}

describe('adapter health in the panel', () => {
  it('shows what Help Scout’s current inbox gave, then names the reply box a desk update removed', async () => {
    const { page, tabId } = await openDesk(helpScout.url);
    const panel = await openPanelTab(browser, tabId);
    try {
      const all = { transcript: 'found', sides: 'found', name: 'found', composer: 'found' };
      await expect.poll(() => partStates(panel), { timeout: 10_000 }).toEqual({ ...all, typing: 'waiting' });
      await setTyping(page, true);
      await expect.poll(() => partStates(panel), { timeout: 5_000 }).toEqual({ ...all, typing: 'found' });
      await expect(panel.locator('[data-reading-line]').textContent()).resolves.toBe('Found: transcript, sides, customer name, typing, reply box.');
      await panel.screenshot({ path: resolve(OUTPUT, 'panel-reading-health.png') });

      // A release that swaps the reply editor for one with no known marker: reading goes on, the
      // line says what is gone.
      await page.evaluate(() => {
        document.querySelector('[data-cy="ConvoEditor"]')!.replaceWith(
          Object.assign(document.createElement('div'), { className: 'TiptapEditor', innerHTML: '<div class="tiptap" contenteditable="true"><p></p></div>' }),
        );
      });
      await expect.poll(() => partStates(panel), { timeout: 5_000 }).toMatchObject({ transcript: 'found', composer: 'missing' });
      await expect(panel.locator('[data-reading-line]').textContent()).resolves.toContain('Not found: reply box.');
      await panel.screenshot({ path: resolve(OUTPUT, 'panel-reading-health-broken.png') });
    } finally {
      await panel.close();
      await page.close();
    }
  });
});

describe('adapter health on the options page', () => {
  it('lists every open desk tab with the parts its adapter found', async () => {
    const desks = { helpscout: await openDesk(helpScout.url), chatwoot: await openDesk(chatwoot.url) };
    const options = await browser.context.newPage();
    try {
      await options.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PAGE}#sites`);
      const row = (tabId: number) => `[data-open-desk-tabs] li[data-tab-id="${tabId}"]`;
      const health = Object.values(desks).map(({ tabId }) => `${row(tabId)} [data-reading-health]`).join(', ');
      // A tab answers once its content script has read the page: ask again until both have.
      await expect
        .poll(
          async () => {
            await options.locator('[data-action="refresh-open-tabs"]').click();
            return options.locator(health).count();
          },
          { timeout: 10_000 },
        )
        .toBe(2);
      for (const [site, { tabId }] of Object.entries(desks)) {
        await expect(options.locator(row(tabId)).getAttribute('data-tab-site')).resolves.toBe(site);
        await expect(options.locator(row(tabId)).getAttribute('data-status')).resolves.toBe('reading');
        expect(await partStates(options, `${row(tabId)} [data-reading-health]`)).toEqual({
          transcript: 'found', sides: 'found', name: 'found', typing: 'waiting', composer: 'found',
        });
        await expect(options.locator(`${row(tabId)} [data-reading-line]`).textContent()).resolves.toBe(
          'Found: transcript, sides, customer name, reply box. Not seen yet: typing.',
        );
      }
      await options.locator('[data-open-desk-tabs]').screenshot({ path: resolve(OUTPUT, 'options-open-desk-tabs.png') });
    } finally {
      await options.close();
      for (const { page } of Object.values(desks)) await page.close();
    }
  });
});
