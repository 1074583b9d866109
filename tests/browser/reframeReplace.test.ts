// Issue 14: a reframe card replaces the agent's draft. In real Chromium with the built extension,
// the agent types a draft that admits fault on a fixture desk, clicks Replace on the reframe card,
// and the reply box then holds the reframe alone; the desk editor's own undo (Ctrl+Z) brings the
// draft back. A rich-text editor (Zendesk's CKEditor) and a plain textarea (LiveChat).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { composerText, expectFlag, say } from './chat';
import { turnCount } from './panelReading';

// Each desk's reply box, as its fixture draws it (tests/fixtures/desks/*.html), and the reframe of
// DRAFT there: the LiveChat fixture's agent already said "I am sorry for the trouble", which the
// reframe does not hand back (docs/reframes.md, "One message").
const DESKS = [
  { id: 'zendesk', composer: '[data-test-id="omnicomposer-rich-text-ckeditor"]', reframe: "I'm so sorry for the trouble this has caused." },
  { id: 'livechat', composer: 'textarea', reframe: "I'm so sorry this happened." },
];

const UPSET = 'This is the second time my order has gone wrong and I am really fed up.';
const DRAFT = "I'm so sorry, that's totally our fault. Honestly our warehouse was negligent.";

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, deskFixtures.filter((d) => DESKS.some((x) => x.id === d.id)));
});

afterAll(async () => {
  await browser?.close();
});

describe.each(DESKS)('$id: Replace on a reframe card', ({ id, composer, reframe: expected }) => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    const desk = deskFixtures.find((d) => d.id === id)!;
    page = await browser.context.newPage();
    await page.goto(desk.url);
    panel = await openPanelTab(browser, await tabIdOf(browser.worker, page));
  });

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('puts the reframe in place of the whole draft, and Ctrl+Z brings the draft back', async () => {
    await say(page, 'customer', UPSET);
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBeGreaterThan(0);

    // The agent types the draft, key by key, as the desk's editor sees it.
    await page.bringToFront();
    const box = page.locator(composer).first();
    await box.click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => composerText(page)).toBe(DRAFT);
    await expectFlag(panel, 'liability-admission', 10_000);

    const card = panel.locator('[data-suggestion-kind="reframe"]').first();
    await card.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await card.locator('[data-action="insert"]').count()).toBe(1);
    // The card's text and its Replace in one task: a newer reading may re-render the cards between
    // two steps. A click on the element works whether or not the card sits in a collapsed list.
    const reframe = await card.evaluate((el) => {
      el.querySelector<HTMLElement>('[data-action="replace"]')!.click();
      return el.querySelector('.suggestion-text')!.textContent!.trim();
    });
    expect(reframe).toBe(expected);

    // Only the reframe: the draft is gone, not followed by the card.
    await expect.poll(() => composerText(page), { timeout: 5_000 }).toBe(reframe);

    // The desk editor's own undo: the replacement was one edit on its stack.
    await page.bringToFront();
    await box.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => composerText(page), { timeout: 5_000 }).toBe(DRAFT);
  });

  it('labels the Replace button with its visible text', async () => {
    const button = panel.locator('[data-suggestion-kind="reframe"] [data-action="replace"]').first();
    await button.waitFor({ state: 'attached', timeout: 10_000 });
    // Its accessible name is its text (axe's label-content-name-mismatch): no aria-label overrides it.
    expect(await button.evaluate((el) => [el.textContent?.trim(), el.getAttribute('aria-label'), el.getAttribute('aria-labelledby')])).toEqual(['Replace', null, null]);
    // Other kinds of card offer no Replace.
    expect(await panel.locator('[data-suggestion-kind]:not([data-suggestion-kind="reframe"]) [data-action="replace"]').count()).toBe(0);
  });
});
