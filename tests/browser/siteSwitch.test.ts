// A desk the user describes over a built-in one: Acme's Zendesk, where the team wants Composure to
// read only what the customer wrote (its `message` selector keeps customer messages only). Added
// with the options page's form while the ticket is open, the open tab switches to the descriptor
// without a reload (the panel names the described desk and counts its turns); removing it switches
// back to the built-in Zendesk adapter, again without a reload. No extra content script is
// registered for it: the manifest's already runs on Zendesk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';

const OPTIONS_PAGE = 'src/options/index.html';
const zendesk = deskFixtures.find((d) => d.id === 'zendesk')!;
const BUILT_IN_NAME = 'Zendesk Agent Workspace';
const DESCRIBED = {
  id: 'acme-zendesk',
  name: 'Acme Zendesk (customer side)',
  matches: 'https://acme.zendesk.com/agent/*',
  // The selected ticket's log only (the built-in adapter finds it with a hook; a descriptor says it in CSS).
  transcript: '[data-ticket-id][data-selected="true"] [data-test-id="omni-log-container"]',
  message: 'article[data-test-id="omni-log-comment-item"]:has([data-test-id="omni-log-item-message"][type="end-user"])',
  customerName: 'a[data-test-id="header-tab"][data-entity-is-selected="true"] [data-test-id="header-tab-title"]',
};

let browser: ExtensionBrowser;
let desk: Page;
let panel: Page;
let options: Page;

const siteName = () => panel.locator('.site').innerText();
const turnCount = async () => Number(await panel.locator('[data-turn-count]').getAttribute('data-turn-count'));
const customerName = () => panel.locator('[data-customer-name]').getAttribute('data-customer-name');
/** Set in the page's own world before the switch: a reload would lose it. */
const notReloaded = () => desk.evaluate(() => (window as unknown as { __beforeSwitch?: boolean }).__beforeSwitch === true);
const stored = (key: string) => browser.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [zendesk]);
  desk = await browser.context.newPage();
  await desk.goto(zendesk.url);
  const tabId = await tabIdOf(browser.worker, desk);
  panel = await openPanelTab(browser, tabId);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PAGE}`);
  await desk.evaluate(() => void ((window as unknown as { __beforeSwitch?: boolean }).__beforeSwitch = true));
});

const described = async () => ((await stored('siteAdapters')) as { id: string }[] | undefined)?.map((d) => d.id) ?? [];

/** The user's descriptor, saved through the options page's form as a user would. */
async function saveDescriptor(): Promise<void> {
  const form = options.locator('form[data-action="add-site"]');
  await form.locator('select[name="startFrom"]').selectOption('zendesk');
  for (const [field, value] of Object.entries(DESCRIBED)) await form.locator(`[name="${field}"]`).fill(value);
  await form.locator('[data-action="save-site"]').click();
  await expect.poll(described).toEqual([DESCRIBED.id]);
}

async function removeDescriptor(): Promise<void> {
  await options.locator(`[data-site-id="${DESCRIBED.id}"][data-site-source="user"] [data-action="remove-site"]`).click();
  await expect.poll(() => stored('siteAdapters')).toBeUndefined();
}

afterAll(async () => {
  await browser?.close();
});

describe('switching a built-in desk to a user’s descriptor in an open tab', () => {
  it('reads the ticket with the built-in Zendesk adapter first', async () => {
    if ((await described()).length) await removeDescriptor();
    await expect.poll(siteName, { timeout: 10_000 }).toBe(BUILT_IN_NAME);
    await expect.poll(turnCount).toBe(3);
    expect(await customerName()).toBe('Dana Whitfield');
  });

  it('switches to the descriptor saved in the options page, without a reload', async () => {
    if ((await described()).length) await removeDescriptor();
    await expect.poll(siteName, { timeout: 10_000 }).toBe(BUILT_IN_NAME);
    await saveDescriptor();

    await expect.poll(siteName, { timeout: 10_000 }).toBe(DESCRIBED.name);
    // Only the customer's two messages are read now.
    await expect.poll(turnCount).toBe(2);
    expect(await customerName()).toBe('Dana Whitfield');
    expect(await panel.locator('li[data-rule="anger.repeat-contact"]').count()).toBe(1);
    expect(await notReloaded()).toBe(true);
    // The built-in desk's addresses are Composure's already: nothing to grant.
    const row = options.locator(`[data-site-id="${DESCRIBED.id}"][data-site-source="user"]`);
    await row.locator('[data-access="granted"]').waitFor({ timeout: 5_000 });
    expect(await row.locator('[data-action="grant-access"]').count()).toBe(0);
    // The manifest's content script already covers Zendesk: nothing extra is registered, so a reload would not run it twice.
    expect(await browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).toEqual([]);
  });

  it('switches back to the built-in adapter when the descriptor is removed, without a reload', async () => {
    if (!(await described()).length) await saveDescriptor();
    await expect.poll(siteName, { timeout: 10_000 }).toBe(DESCRIBED.name);
    await removeDescriptor();
    await expect.poll(siteName, { timeout: 10_000 }).toBe(BUILT_IN_NAME);
    await expect.poll(turnCount).toBe(3);
    expect(await customerName()).toBe('Dana Whitfield');
    expect(await notReloaded()).toBe(true);
  });
});
