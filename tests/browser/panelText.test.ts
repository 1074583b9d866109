// Chat text is data, never markup. A customer who types HTML, a script or a `javascript:` link,
// and a customer name with markup in it, go from the desk page (Intercom fixture) through the
// content script and the worker into the side panel and back into the reply box: everywhere the
// agent sees the characters they typed, no element is made from them and nothing runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PANEL_PORT } from '../../src/platform/protocol';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { composerText, expectFlag, say, unfoldPanel } from './chat';
import { turnCount } from './panelReading';
import { watchPage, type PageWatch } from './pageWatch';

const desk = deskFixtures.find((d) => d.id === 'intercom')!;

const NAME = `Lee <img src=x onerror="alert('name')"> <b>Park</b>`;
const COMPLAINT = `My package <b>never arrived</b> and the tracking link <a href="javascript:alert('link')">here</a> is broken <img src=x onerror="alert('img')">`;
const ANGRY = `This is ridiculous!! <script>alert('script')</script> I want a refund NOW`;
const MARKUP_IN_COMPLAINT = ['<b>never arrived</b>', `<a href="javascript:alert('link')">here</a>`, `<img src=x onerror="alert('img')">`];

// Anything the panel could have made from chat text: elements, handlers, script URLs.
const MADE_FROM_TEXT = 'img, script, b, a, iframe, object, embed, svg image, [href^="javascript:" i], [src="x"]';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
let pageWatch: PageWatch;
let panelWatch: PageWatch;
let tabId: number;

/** Elements in `root` that chat text could have created, and any inline event handler attribute. */
function injectedInto(of: Page, root: string): Promise<string[]> {
  return of.evaluate(
    ([rootSelector, selector]) => {
      const scope = document.querySelector(rootSelector!);
      if (!scope) return [`no ${rootSelector}`];
      const elements = [...scope.querySelectorAll(selector!)].map((el) => el.outerHTML.slice(0, 80));
      const handlers = [...scope.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')).map((n) => `${el.tagName} ${n}`));
      return [...elements, ...handlers];
    },
    [root, MADE_FROM_TEXT] as const,
  );
}

const panelText = () => panel.evaluate(() => document.querySelector('.panel')?.textContent ?? '');

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [desk]);
  page = await browser.context.newPage();
  pageWatch = watchPage(page);
  await page.goto(desk.url);
  tabId = await tabIdOf(browser.worker, page);
  panel = await openPanelTab(browser, tabId);
  panelWatch = watchPage(panel);
  await page.evaluate((name) => window.__chat.switchConversation('215471000', name), NAME);
  await say(page, 'customer', COMPLAINT);
  await say(page, 'customer', ANGRY);
  await say(page, 'agent', 'Okay, I refunded it.');
  // The first policy read can take seconds on a fresh profile; the panel waits for it.
  await expectFlag(panel, 'anger', 10_000);
});

afterAll(async () => {
  await browser?.close();
});

describe('chat text in the panel', () => {
  it('quotes no markup in a card, and shows the customer’s markup as literal characters', async () => {
    // A restatement says back clean sentences only: markup is not the customer's problem.
    await expect.poll(() => panel.locator('[data-suggestion-kind]').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    for (const card of await panel.locator('[data-suggestion-kind] .suggestion-text').allTextContents()) expect(card).not.toMatch(/[<>]/);
    expect(await panelText()).toContain(MARKUP_IN_COMPLAINT[2]);
  });

  it('shows a customer name with markup as text', async () => {
    const name = await panel.locator('[data-customer-name]').textContent();
    // The engine drops < > " from names (no one greets "Lee <b>"); what remains is plain text.
    expect(name).toContain(`onerror=`);
    expect(name).toContain('Park');
  });

  it('creates no element from chat text and runs none of it', async () => {
    expect(await injectedInto(panel, '.panel')).toEqual([]);
    expect(await injectedInto(page, '[data-conversation-stream]')).toEqual([]);
    expect(panelWatch.problems).toEqual([]);
    expect(pageWatch.problems).toEqual([]);
  });

  it('copies the flagged turn, markup and all, as a YAML string for a false-positive report', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(desk.url).origin });
    await unfoldPanel(panel);
    const flag = panel.locator('li[data-flag-category]').filter({ hasText: 'Because of' }).first();
    await flag.getByRole('button', { name: /false positive/ }).click();
    await panel.getByText(/Copied a rule example/).waitFor({ timeout: 3_000 });
    await page.bringToFront();
    const yaml = await page.evaluate(() => navigator.clipboard.readText());
    await panel.bringToFront();
    expect(yaml).toContain(JSON.stringify(ANGRY));
  });

  it('inserts text that holds markup into the reply box as text', async () => {
    // What the panel sends when the agent presses Insert on a card that held markup.
    const withMarkup = `Sorry, Lee: ${MARKUP_IN_COMPLAINT[1]} ${MARKUP_IN_COMPLAINT[2]}`;
    await panel.evaluate(
      ([tab, name, text]) => {
        const port = chrome.runtime.connect({ name: name as string });
        port.postMessage({ type: 'watch', tabId: tab });
        port.postMessage({ type: 'insert', text });
      },
      [tabId, PANEL_PORT, withMarkup] as const,
    );
    await expect.poll(() => composerText(page), { timeout: 5_000 }).toContain(MARKUP_IN_COMPLAINT[1]);
    expect(await composerText(page)).toContain(MARKUP_IN_COMPLAINT[2]);
    expect(await injectedInto(page, '[data-conversation-reply-composer]')).toEqual([]);
  });

  it('inserts no control character or bidi override into the reply box', async () => {
    // What the panel sends when the agent presses Insert, with text a restatement could quote.
    await panel.evaluate(
      ([tab, name]) => {
        const port = chrome.runtime.connect({ name: name as string });
        port.postMessage({ type: 'watch', tabId: tab });
        port.postMessage({ type: 'insert', text: 'Sorry about \u202Etiurf\u202C the\u0000 order\u001b[2J, Lee.' });
      },
      [tabId, PANEL_PORT] as const,
    );
    await expect.poll(() => composerText(page), { timeout: 5_000 }).toContain('Sorry about tiurf the order[2J, Lee.');
    expect(await composerText(page)).not.toMatch(/[\u0000-\u0008\u001b\u202a-\u202e\u2066-\u2069]/);
  });

  it('shows the last message read, markup and all, when reading stops', async () => {
    const last = `<script>alert('last')</script> hello??`;
    const turns = await turnCount(panel);
    await say(page, 'customer', last);
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(turns + 1);
    // The desk's markup changes under us: the whole message area is gone.
    await page.evaluate(() => document.querySelector('[data-testid="conversation-stream-scroll-container"]')?.remove());
    await panel.getByText('Reading stopped.').waitFor({ timeout: 5_000 });
    await expect.poll(() => panel.locator('[role="alert"]').first().textContent()).toContain(last);
    expect(await injectedInto(panel, '.panel')).toEqual([]);
    expect(panelWatch.problems).toEqual([]);
    expect(pageWatch.problems).toEqual([]);
  });
});
