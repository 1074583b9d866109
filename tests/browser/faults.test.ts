// Mid-chat faults an agent meets, in real Chromium with the built extension on the Zendesk
// fixture: the panel closed and reopened, the desk tab reloaded, and the extension updated
// (reloaded) under an open desk tab. Each time the panel must show what the page shows: the same
// flags, no turn twice, and it keeps following the chat without the agent reloading anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, stopServiceWorker, tabIdOf, type ExtensionBrowser } from './browser';
import { expectFlag, say, setTyping } from './chat';
import { freshReadOf, openWithHistory } from './deskHistory';
import { turnOnDeveloperMode } from './developerMode';
import { settledReading, turnCount } from './panelReading';
import { watchPage, type PageWatch } from './pageWatch';

const desk = deskFixtures.find((d) => d.id === 'zendesk')!;

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
let tabId: number;
let watch: PageWatch;

const pageMessages = () => page.evaluate(() => window.__chat.script().length);

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [desk]);
  page = await browser.context.newPage();
  watch = watchPage(page);
  await page.goto(desk.url);
  tabId = await tabIdOf(browser.worker, page);
  panel = await openPanelTab(browser, tabId);
  await say(page, 'customer', 'This is ridiculous, you people are useless and I want a refund now!!');
  await say(page, 'agent', 'I understand how frustrating that must be.');
  await say(page, 'agent', 'Let me look into that right away.');
  await expectFlag(panel, 'anger');
  await expectFlag(panel, 'missing-name');
});

afterAll(async () => {
  await browser?.close();
});

describe('mid-chat faults', () => {
  it('keeps flags, turns and anger when the panel is closed and reopened', async () => {
    await setTyping(page, true);
    await say(page, 'agent', 'I have sent you a replacement.');
    await expectFlag(panel, 'interruption');
    const before = await settledReading(panel);
    expect(before.anger).toBeGreaterThan(0);
    await panel.close();
    panel = await openPanelTab(browser, tabId);
    await expect.poll(() => turnCount(panel), { timeout: 5_000 }).toBe(before.turns);
    expect(await settledReading(panel)).toEqual(before);

    // A turn sent while no panel is open is there when one opens, once.
    await panel.close();
    await say(page, 'customer', 'A replacement? I asked for a refund.');
    panel = await openPanelTab(browser, tabId);
    await expect.poll(() => turnCount(panel), { timeout: 5_000 }).toBe(before.turns + 1);
    const after = await settledReading(panel);
    expect(new Set(after.flags).size).toBe(after.flags.length);
    expect(watch.problems).toEqual([]);
  });

  it('picks the conversation up from the page after the desk tab is reloaded', async () => {
    // A live typing event, which the page will not show after the reload.
    await setTyping(page, true);
    await say(page, 'agent', 'I am checking with the warehouse.');
    await expectFlag(panel, 'interruption');
    await setTyping(page, false);
    const shown = await page.evaluate(() => window.__chat.script());
    const before = await settledReading(panel);
    // The desk shows the conversation so far after a reload, as a real desk's server would.
    await openWithHistory(page, shown);
    await page.reload();
    await expect.poll(pageMessages).toBe(shown.length);
    // The typing event of the earlier interruption is not on the page: exactly the messages are turns.
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(shown.length);
    const reloaded = await settledReading(panel);
    expect(reloaded.turns).toBeLessThan(before.turns); // the live typing event is gone, nothing doubled

    // What a fresh tab showing the same page reads is what the reloaded tab must read.
    const reference = await freshReadOf(browser, page.url(), shown);
    expect(reloaded.flags).toEqual(reference.flags);
    expect(reloaded.anger).toBe(reference.anger);

    await page.bringToFront();
    await say(page, 'customer', 'Are you even listening to me???');
    await expect.poll(() => turnCount(panel), { timeout: 5_000 }).toBe(shown.length + 1);
    expect(watch.problems).toEqual([]);
  });

  it('loses and doubles no flag when the worker stops mid-chat with no panel open', async () => {
    const desk2 = await browser.context.newPage();
    await desk2.goto(desk.url);
    const tab2 = await tabIdOf(browser.worker, desk2);
    const said = () => desk2.evaluate(() => window.__chat.script());
    // A message goes out to the worker, and the worker is stopped before anyone looks.
    await say(desk2, 'customer', 'This is ridiculous, you people are useless and I want a refund now!!');
    await stopServiceWorker(browser, desk2);
    await say(desk2, 'agent', 'I have sent you a replacement.');
    await say(desk2, 'customer', 'A replacement? I asked for a refund. I am calling my lawyer.');

    const late = await openPanelTab(browser, tab2);
    const shown = await said();
    await expect.poll(() => turnCount(late), { timeout: 10_000 }).toBe(shown.length);
    const reading = await settledReading(late);
    expect(new Set(reading.flags).size).toBe(reading.flags.length);

    // The same chat read in one go by a tab that never lost its worker: the same flags.
    expect(reading.flags).toEqual((await freshReadOf(browser, desk.url, shown)).flags);
    await late.close();
    await desk2.close();
  });

  it('reads the open desk tab again after the extension is updated, without a page reload', async () => {
    const before = await settledReading(panel);
    const messages = await pageMessages();
    await turnOnDeveloperMode(browser.context);
    const nextWorker = browser.context.waitForEvent('serviceworker', { timeout: 20_000 });
    const panelClosed = panel.waitForEvent('close', { timeout: 20_000 });
    // What an update does: Chrome unloads the extension (closing its pages) and loads the new one.
    // The page closes under the call: no answer comes back.
    await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await nextWorker;
    await panelClosed;
    await expect.poll(() => watch.notes.some((n) => n.includes('stops reading')), { timeout: 5_000 }).toBe(true);

    panel = await openPanelTab(browser, tabId);
    // The new copy read the page's messages once each; the worker's state was rebuilt from them.
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(messages);
    const after = await settledReading(panel);
    expect(after.flags).toEqual(expect.arrayContaining(before.flags.filter((f) => !f.startsWith('interruption:'))));
    expect(new Set(after.flags).size).toBe(after.flags.length);

    // And it follows the chat live: one new turn per message, and a fresh interruption.
    await page.bringToFront();
    await setTyping(page, true);
    await say(page, 'agent', 'We will sort this out today.');
    await expectFlag(panel, 'interruption');
    await expect.poll(() => turnCount(panel), { timeout: 5_000 }).toBe(messages + 2);
    expect(watch.problems).toEqual([]);
  });
});
