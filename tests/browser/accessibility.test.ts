// The side panel and the options page against axe-core's WCAG 2.1 A and AA rules, in both
// themes: the panel in the middle of the demo's heated chat (flags on sent messages and on a
// draft, cards, a rule turned off), its folded parts closed and open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { axeViolations, describeViolations } from './axe';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { expectFlag, unfoldPanel } from './chat';
import { heatedChat, playStep } from './heatedChat';

const desk = deskFixtures.find((d) => d.id === 'zendesk')!;
const OPTIONS_PAGE = 'src/options/index.html';

let browser: ExtensionBrowser;
let panel: Page;

async function expectNoViolations(page: Page): Promise<void> {
  // Compared as text: each failing element on a line of its own, readable in the test report.
  expect(describeViolations(await axeViolations(page))).toBe('');
}

/** Opens or closes every <details> of the page (the panel's other flags, more cards, rules turned off). */
const setDetailsOpen = (page: Page, open: boolean) =>
  page.evaluate((o) => document.querySelectorAll('details').forEach((d) => (d.open = o)), open);

async function inThemes(page: Page, check: () => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await check();
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [desk]);
  const page = await browser.context.newPage();
  await page.goto(desk.url);
  panel = await openPanelTab(browser, await tabIdOf(browser.worker, page));
  await page.evaluate(([id, name]) => window.__chat.switchConversation(id!, name!), [heatedChat.conversation.id, heatedChat.conversation.customerName]);
  // The chat up to the agent's blaming draft: flags on the customer, on sent replies and on the draft.
  for (const step of heatedChat.steps.slice(0, heatedChat.steps.findIndex((s) => 'draft' in s) + 1)) await playStep(page, step, async () => undefined);
  await panel.locator('li[data-flag-category] .chip').first().waitFor({ timeout: 10_000 });
  // A rule turned off puts its "Turn on" control in the footer (and shows as off on the options page).
  await unfoldPanel(panel);
  const flag = panel.locator('li[data-flag-category="anger"]').first();
  await flag.getByRole('button', { name: /^Turn off rule/ }).click();
  await panel.getByText(/Rules you turned off/).waitFor({ timeout: 5_000 });
  await expectFlag(panel, 'liability-admission');
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('side panel during a heated chat, folded parts closed', async () => {
    await setDetailsOpen(panel, false);
    // Other flags, more suggestions, rules turned off.
    expect(await panel.locator('details:not([open])').count()).toBe(3);
    await inThemes(panel, () => expectNoViolations(panel));
  });

  it('side panel with every folded part open', async () => {
    await setDetailsOpen(panel, true);
    expect(await panel.locator('details:not([open])').count()).toBe(0);
    await inThemes(panel, () => expectNoViolations(panel));
  });

  it('options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PAGE}`);
    await options.locator('[data-section="rules"] [data-rule-id="anger.demand"]').waitFor();
    await inThemes(options, () => expectNoViolations(options));
    await options.close();
  });
});
