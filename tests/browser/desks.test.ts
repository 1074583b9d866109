// Every built-in desk, in real Chromium with the built extension, at the desk's real address:
// the panel flags the angry customer, the missing name and the agent sending while the customer
// types, its health line shows every part found, and a suggestion inserted from the panel lands
// in the desk's reply box.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { badgeText, launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { composerText, expectFlag, panelFlags, say, setTyping } from './chat';

const desks = deskFixtures.filter((desk) => existsSync(desk.file));

// Repeat contact, a demand and shouting: anger cues a plain sentiment lexicon misses.
const ANGRY_CUSTOMER = 'This is the THIRD time I am contacting you about this!! I want a refund now.';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, desks);
});

afterAll(async () => {
  await browser?.close();
});

describe.each(desks)('$id desk', (desk) => {
  let page: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(desk.url);
    tabId = await tabIdOf(browser.worker, page);
    panel = await openPanelTab(browser, tabId);
  });

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('flags the angry customer', async () => {
    await say(page, 'customer', ANGRY_CUSTOMER);
    await expectFlag(panel, 'anger');
  });

  it('flags agent replies that leave out the known customer name', async () => {
    await say(page, 'agent', 'I understand how frustrating that must be.');
    await say(page, 'agent', 'Let me look into that right away.');
    await expectFlag(panel, 'missing-name');
  });

  it.skipIf(!desk.typing)('flags the agent sending while the customer is typing', async () => {
    await setTyping(page, true);
    await say(page, 'agent', 'I have sent you a replacement.');
    await expectFlag(panel, 'interruption');
  });

  it('says in the panel’s health line that it found every part of the page', async () => {
    // Both sides have spoken and the customer has typed (the tests above): nothing is left to
    // wait for, but typing on a page that cannot show it.
    const states = () =>
      panel.locator('[data-reading-health] [data-part]').evaluateAll((parts) => Object.fromEntries(parts.map((p) => [p.getAttribute('data-part'), p.getAttribute('data-state')])));
    const typing = desk.typing ? 'found' : 'waiting';
    await expect.poll(states, { timeout: 5_000 }).toEqual({ transcript: 'found', sides: 'found', name: 'found', typing, composer: 'found' });
    await expect(panel.locator('[data-reading-health]').getAttribute('data-markup')).resolves.toBe(String(desk.markup));
  });

  it('keeps the action badge equal to the open flags', async () => {
    await say(page, 'customer', ANGRY_CUSTOMER);
    await expectFlag(panel, 'anger');
    // Badge and panel are compared at the same moment: a flag may still close (a draft, a
    // reply) between reading one and the other.
    await expect
      .poll(async () => {
        const [badge, flags] = await Promise.all([badgeText(browser.worker, tabId), panelFlags(panel)]);
        return Number(badge) === flags.length && flags.length > 0;
      }, { timeout: 5_000 })
      .toBe(true);
  });

  it('inserts a suggestion into the reply box', async () => {
    await say(page, 'customer', ANGRY_CUSTOMER);
    const card = panel.locator('[data-suggestion-kind]').first();
    await card.waitFor({ state: 'attached', timeout: 5_000 });
    // The card's text and its Insert in one task: a newer reading may re-render the cards between two steps.
    const text = await card.evaluate((el) => {
      el.querySelector<HTMLElement>('[data-action="insert"]')!.click();
      return el.querySelector('.suggestion-text')!.textContent!.trim();
    });
    await expect.poll(() => composerText(page), { timeout: 3_000 }).toContain(text);
  });
});
