// Nothing leaves the browser: during a whole heated chat (reading, analysis, panel, insertion,
// a worker restart), no extension context makes a single network request.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { deskFixtures, PLAYER_PATH, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { expectFlag } from './chat';
import { heatedChat, playStep } from './heatedChat';
import { startRecordingProxy, type RecordingProxy } from './recordingProxy';

const desk = deskFixtures.find((d) => d.id === 'zendesk')!;
const deskOrigin = new URL(desk.url).origin;

// Chromium's own account check (GAIA cookie refresh) runs whether or not an extension is loaded
// and no switch turns it off in this build; it is the browser's, so it is the one host allowed.
const BROWSER_OWN = new Set(['CONNECT accounts.google.com:443']);
const networkRequests = () => proxy.requests.filter((r) => !BROWSER_OWN.has(r));

let browser: ExtensionBrowser;
let proxy: RecordingProxy;
let page: Page;
const seen: { url: string; from: string }[] = [];

/** Requests the test itself expects: the fixture page and its player, the extension's own files. */
function expected(url: string): boolean {
  if (url.startsWith(`chrome-extension://${browser.extensionId}/`) || url.startsWith('data:')) return true;
  const parsed = new URL(url);
  return parsed.origin === deskOrigin && (parsed.pathname === PLAYER_PATH || parsed.pathname.startsWith('/agent/'));
}

function record(request: Request): void {
  const worker = request.serviceWorker();
  const from = worker ? `worker ${worker.url()}` : (request.frame()?.url() ?? 'unknown');
  seen.push({ url: request.url(), from });
}

beforeAll(async () => {
  // Service-worker requests only show up in Playwright's events with this switch.
  process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';
  proxy = await startRecordingProxy();
  browser = await launchWithExtension({
    args: [
      `--proxy-server=${proxy.url}`,
      // Chromium's own Google services (sign-in, autofill hints) would reach the proxy too; they
      // are the browser's, not ours, and these switches keep them quiet so the proxy stays strict.
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter',
    ],
  });
  browser.context.on('request', record);
  await serveDeskFixtures(browser.context, [desk]);
  page = await browser.context.newPage();
  await page.goto(desk.url);
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
});

it('sees a request when one is made (the recorder is not blind)', async () => {
  await page.evaluate(() => fetch('https://tracker.example/pixel').catch(() => undefined));
  await expect.poll(() => proxy.requests.join('\n')).toContain('tracker.example');
  await expect.poll(() => seen.some((r) => r.url.startsWith('https://tracker.example/'))).toBe(true);
  proxy.requests.length = 0;
  seen.length = 0;
});

it('blocks network access from extension pages and the worker by CSP', async () => {
  const outcome = await browser.worker.evaluate(() =>
    fetch('https://exfiltrate.example/').then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(networkRequests()).toEqual([]);
});

it('makes no network request during a whole heated chat', async () => {
  const tabId = await tabIdOf(browser.worker, page);
  const panel = await openPanelTab(browser, tabId);
  await page.evaluate(([id, name]) => window.__chat.switchConversation(id!, name), [heatedChat.conversation.id, heatedChat.conversation.customerName]);
  for (const step of heatedChat.steps) {
    // The chat's end raises the breather flag; the agent then moves on and gets the nudge.
    if ('switch' in step) await expectFlag(panel, 'breather');
    await playStep(page, step, async () => {
      await panel.locator('[data-action="insert"]').first().click();
    });
    await page.waitForTimeout(150);
  }
  await panel.locator('[data-nudge="breather"]').waitFor({ timeout: 5_000 });
  // A worker restart in the middle of it all: the replay stays local too.
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await panel.reload();
  await panel.locator('[data-turn-count]').waitFor();
  await page.waitForTimeout(1_000);

  expect(networkRequests()).toEqual([]);
  expect(seen.filter((r) => !expected(r.url))).toEqual([]);
});

const TEAM_PACK = `version: 1
pack: team
rules:
  - id: team.no-guarantee
    category: overpromise
    speaker: agent
    severity: warning
    message: Do not guarantee what the warehouse decides.
    match:
      phrases: ["i guarantee"]
    examples:
      trigger:
        - turns:
            - agent: I guarantee it ships today.
      ignore:
        - turns:
            - agent: I will check when it ships.
`;

it('makes no network request during an options session (rules, pack import, playground, live check)', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const toggle = options.locator('[data-rule-id="anger.shouting"] input[data-action="toggle-rule"]');
  await toggle.uncheck();
  await expect.poll(() => browser.worker.evaluate(() => chrome.storage.local.get('disabledRules'))).toEqual({ disabledRules: ['anger.shouting'] });
  await toggle.check();
  await options.locator('input[type=file][data-action="import-pack"]').setInputFiles({
    name: 'team.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(TEAM_PACK),
  });
  await options.locator('[data-rule-id="team.no-guarantee"]').waitFor({ timeout: 10_000 });
  await options.locator('textarea[data-action="playground-input"]').fill('Customer: This is the third time I have asked!!\nAgent: I guarantee it arrives by Friday.');
  await options.locator('[data-action="playground-run"]').click();
  await options.locator('[data-playground-turn="1"] [data-rule="team.no-guarantee"]').waitFor({ timeout: 10_000 });
  const tabId = await tabIdOf(browser.worker, page);
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
  expect(networkRequests()).toEqual([]);
  expect(seen.filter((r) => !expected(r.url))).toEqual([]);
});
