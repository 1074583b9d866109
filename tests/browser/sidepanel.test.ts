// The side panel end to end on one desk: the real panel opened by a user gesture, screenshots
// in both themes, flag controls, recovery after Chrome stops the service worker, reading health,
// and what the extension leaves behind (nothing in the page, no chat text in storage).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { badgeText, launchWithExtension, openPanelTab, stopServiceWorker, tabIdOf, type ExtensionBrowser } from './browser';
import { expectFlag, panelFlags, say, setDraft, setTyping, unfoldPanel, type Speaker } from './chat';
import { heatedChat, playStep } from './heatedChat';
import { turnCount } from './panelReading';
import { attachRealSidePanel } from './realSidePanel';

const OUTPUT = resolve(import.meta.dirname, '../../test-output');
const desk = deskFixtures.find((d) => d.id === 'zendesk')!;
const ANGRY_LINE = 'This is ridiculous, you people are useless and I want a refund now!!';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
let tabId: number;

const flagIds = async () => (await panelFlags(panel)).map((f) => `${f.category}:${f.rule}`).sort();

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [desk]);
  page = await browser.context.newPage();
  await page.goto(desk.url);
  tabId = await tabIdOf(browser.worker, page);
  panel = await openPanelTab(browser, tabId);
});

afterAll(async () => {
  await browser?.close();
});

let chats = 0;

/**
 * A conversation of this test's own (no flag, dismissal or typing left by another test), the
 * panel following it and having read every line when this returns.
 */
async function freshChat(lines: [Speaker, string][] = [['customer', ANGRY_LINE]]): Promise<void> {
  await setTyping(page, false);
  await setDraft(page, '');
  await page.evaluate((id) => window.__chat.switchConversation(id, 'Dana Whitfield'), `31${++chats}`);
  // A new conversation starts empty: the panel has switched when it shows no turn.
  await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(0);
  for (const [speaker, text] of lines) await say(page, speaker, text);
  await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(lines.length);
}

describe('side panel', () => {
  it('says what drove the anger score', async () => {
    await freshChat();
    await expectFlag(panel, 'anger');
    const drivers = panel.locator('[data-anger-drivers]');
    await expect.poll(() => drivers.getAttribute('data-anger-drivers')).toMatch(/\S/);
    expect(await drivers.innerText()).toMatch(/^Why: /);
  });

  it('opens as the real side panel through a user gesture and shows the conversation', async () => {
    await freshChat();
    await expectFlag(panel, 'anger');
    await panel.locator('[data-action="open-side-panel"]').click();
    // The desk tab has its own panel page; Chrome shows it while that tab is the active one.
    await page.bringToFront();
    const real = await attachRealSidePanel(panel, tabId);
    try {
      await expect.poll(() => real.evaluate<number>('document.querySelectorAll("li[data-flag-category]").length'), { timeout: 5_000 }).toBeGreaterThan(0);
      writeFileSync(resolve(OUTPUT, 'side-panel-real.png'), await real.screenshot());
    } finally {
      await real.detach();
    }
  });

  it('renders light and dark themes (screenshots in test-output/)', async () => {
    await freshChat();
    await expectFlag(panel, 'anger');
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: resolve(OUTPUT, 'panel-light.png'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: resolve(OUTPUT, 'panel-dark.png'), fullPage: true });
    const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 25, 30)');
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('leads with one next step, the other flags and cards folded but in the page (screenshots in test-output/)', async () => {
    await freshChat([]);
    // The demo's heated chat up to the agent's blaming draft: 6–7 flags open at once.
    for (const step of heatedChat.steps.slice(0, heatedChat.steps.findIndex((s) => 'draft' in s) + 1)) await playStep(page, step, async () => undefined);
    await panel.locator('li[data-flag-category] .chip').first().waitFor({ state: 'attached', timeout: 5_000 });
    const shown = (selector: string) => panel.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute('data-rule') ?? el.getAttribute('data-suggestion-kind')));
    // Up front: the draft's tone, reworded before it is sent, and the reframe card that does it.
    await expect.poll(() => shown('li[data-flag-category]'), { timeout: 5_000 }).toEqual(['agent-tone.dismissive']);
    expect(await shown('[data-suggestion-kind]')).toEqual(['reframe']);
    expect(await panel.locator('li[data-flag-category]').first().locator('.chip').count()).toBe(1);
    // The rest is one click away, every flag still counted by the badge.
    const flags = await panelFlags(panel);
    expect(flags.length).toBeGreaterThanOrEqual(5);
    await expect.poll(async () => Number(await badgeText(browser.worker, tabId))).toBe(flags.length);
    expect(await panel.locator('details[data-fold="flags"] > summary').innerText()).toBe(`Other flags (${flags.length - 1})`);
    // As wide as Chrome's side panel usually is; transitions finished (a background tab runs them late).
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.screenshot({ path: resolve(OUTPUT, 'panel-next-step.png'), fullPage: true, animations: 'disabled' });

    await unfoldPanel(panel);
    expect((await shown('li[data-flag-category]')).length).toBe(flags.length);
    expect((await shown('[data-suggestion-kind]')).length).toBe(await panel.locator('[data-suggestion-kind]').count());
    await panel.screenshot({ path: resolve(OUTPUT, 'panel-unfolded.png'), fullPage: true, animations: 'disabled' });
    await panel.setViewportSize({ width: 400, height: 900 });
    // What the agent unfolded stays unfolded while the chat goes on.
    await say(page, 'customer', 'Hello??');
    await expect.poll(() => turnCount(panel)).toBeGreaterThan(5);
    expect(await panel.locator('details.more:not([open])').count()).toBe(0);
    await setDraft(page, '');
  });

  it('registers keyboard shortcuts to open the panel and insert the top suggestion', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    const shortcut = (name: string) => commands.find((c) => c.name === name)?.shortcut;
    // An empty shortcut means Chrome refused the suggested key (a clash): the agent would have none.
    expect(shortcut('open-panel')).toBe('Alt+Shift+K');
    expect(shortcut('insert-top-suggestion')).toBe('Alt+Shift+I');
  });

  it('labels every control and meter for assistive technology', async () => {
    await freshChat();
    await expectFlag(panel, 'anger');
    const unlabeled = await panel.evaluate(() =>
      [...document.querySelectorAll('button, select, [role="meter"]')]
        .filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim() || el.closest('label')))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabeled).toEqual([]);
    await expect.poll(() => panel.getAttribute('[role="meter"]', 'aria-valuenow')).not.toBeNull();
  });

  it('dismisses a flag, and turns a rule off and on in one click', async () => {
    await freshChat();
    await expectFlag(panel, 'anger');
    const first = panel.locator('li[data-flag-category]').first();
    const rule = (await first.getAttribute('data-rule'))!;
    await first.getByRole('button', { name: `Turn off rule ${rule}` }).click();
    await expect.poll(async () => (await panelFlags(panel)).some((f) => f.rule === rule)).toBe(false);
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('disabledRules'));
    expect(stored['disabledRules']).toContain(rule);
    await panel.getByText(/Rules you turned off/).click();
    await panel.getByRole('button', { name: `Turn on rule ${rule}` }).click();
    await expect.poll(async () => (await panelFlags(panel)).some((f) => f.rule === rule)).toBe(true);

    const before = (await panelFlags(panel)).length;
    await panel.locator('li[data-flag-category]').first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(async () => (await panelFlags(panel)).length).toBe(before - 1);
    await expect.poll(async () => Number(await badgeText(browser.worker, tabId))).toBe(before - 1);
  });

  it('analyses the agent’s draft while it is typed, and drops draft flags when it is cleared', async () => {
    await freshChat();
    await setDraft(page, 'It’s not my fault, the courier lost it.');
    // Attached, not necessarily shown: another draft flag may lead the panel.
    await panel.locator('li[data-flag-category="liability-admission"] .chip').waitFor({ state: 'attached', timeout: 5_000 });
    await setDraft(page, '');
    await expect.poll(() => panel.locator('li[data-flag-category] .chip').count(), { timeout: 5_000 }).toBe(0);
  });

  it('recovers the same flags, without duplicates, after Chrome stops the service worker', async () => {
    await freshChat();
    await setTyping(page, true);
    await say(page, 'agent', 'Okay, I refunded it.');
    await expectFlag(panel, 'interruption');
    const before = await flagIds();
    await browser.worker.evaluate(() => ((self as unknown as { beforeStop: boolean }).beforeStop = true));
    await stopServiceWorker(browser, page);
    // A new worker instance (no marker) now serves the panel, rebuilt from the page's replay.
    await expect
      .poll(() => browser.worker.evaluate(() => (self as unknown as { beforeStop?: boolean }).beforeStop ?? false).catch(() => true), { timeout: 10_000 })
      .toBe(false);
    await expect.poll(flagIds, { timeout: 10_000 }).toEqual(before);
    // And it keeps following the chat.
    await say(page, 'customer', 'Are you even listening to me???');
    await expect.poll(async () => (await panelFlags(panel)).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(before.length);
  });

  it('does not duplicate turns when the desk re-renders or edits a message', async () => {
    const lines: [Speaker, string][] = [
      ['customer', 'My order 58213 has not arrived.'],
      ['agent', 'I am sorry, Dana, let me check.'],
      ['customer', 'It was due last Monday.'],
    ];
    await freshChat(lines);
    // Each change and a new message in one task, so one read sees both: the panel goes straight
    // from the turns it had to those plus the new message, or shows the duplicates.
    await page.evaluate(() => {
      window.__chat.rerender(2);
      window.__chat.addMessage({ speaker: 'customer', text: 'Hello?' });
    });
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(lines.length + 1);
    await page.evaluate(() => {
      window.__chat.rerender();
      window.__chat.editLast('Hello? Are you still there?');
      window.__chat.addMessage({ speaker: 'customer', text: 'Anyone?' });
    });
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(lines.length + 2);
  });

  it('adds nothing to the page and stores no chat text', async () => {
    const chat: [Speaker, string][] = [
      ['customer', ANGRY_LINE],
      ['agent', 'Okay, I refunded it.'],
      ['customer', 'My parcel 58213 went to Gdańsk instead of Galway, tracking says delivered Thursday.'],
    ];
    await freshChat(chat);
    const draft = 'It’s not my fault, Dana, the courier misrouted parcel 58213.';
    await setDraft(page, draft);
    // The draft was read and analysed: its flag is in the panel.
    await panel.locator('li[data-flag-category="liability-admission"] .chip').waitFor({ state: 'attached', timeout: 5_000 });
    const traces = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      marked: document.querySelectorAll('[class*="composure" i], [id*="composure" i]').length,
    }));
    const ownSheets = readFileSync(desk.file, 'utf8').match(/<style|rel="stylesheet"/g)?.length ?? 0;
    expect(traces).toEqual({ sheets: ownSheets, marked: 0 });
    // Every storage area, against every word said, typed or named in the chat.
    const stored = JSON.stringify(
      await browser.worker.evaluate(async () => [await chrome.storage.local.get(null), await chrome.storage.session.get(null), await chrome.storage.sync.get(null)]),
    ).toLowerCase();
    const words = new Set(
      [...chat.map(([, text]) => text), draft, 'Dana Whitfield']
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}\p{N}]{3,}/gu),
    );
    expect([...words].filter((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(stored))).toEqual([]);
    await setDraft(page, '');
  });

  it('copies a flagged turn as a YAML rule example for a false-positive report', async () => {
    await freshChat();
    await expectFlag(panel, 'anger');
    // Extension origins cannot be granted clipboard-read; the desk page reads what the panel wrote.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(desk.url).origin });
    await unfoldPanel(panel);
    const flag = panel.locator('li[data-flag-category]').filter({ hasText: 'Because of' }).first();
    const rule = await flag.getAttribute('data-rule');
    await flag.getByRole('button', { name: /false positive/ }).click();
    await panel.getByText(/Copied a rule example/).waitFor({ timeout: 3_000 });
    await page.bringToFront();
    const yaml = await page.evaluate(() => navigator.clipboard.readText());
    await panel.bringToFront();
    expect(yaml).toContain(`False positive of ${rule}`);
    expect(yaml).toMatch(/^- customer: "Dana Whitfield"\n  turns:\n    - (customer|agent|draft): ".+"$/m);
  });

  it('tells the agent when reading stops, and what it read last', async () => {
    await freshChat();
    try {
      await page.evaluate(() => document.querySelectorAll('[data-test-id="omni-log-container"]').forEach((el) => el.remove()));
      await panel.getByText('Reading stopped.').waitFor({ timeout: 5_000 });
      await expect.poll(() => panel.locator('[role="alert"]').first().innerText()).toContain('Last read');
      await panel.screenshot({ path: resolve(OUTPUT, 'panel-reading-stopped.png'), fullPage: true });
    } finally {
      // The desk as it was, for whatever runs next.
      await page.reload();
      await expect.poll(() => panel.getByText('Reading stopped.').count(), { timeout: 10_000 }).toBe(0);
    }
  });

  it('shows page text as text, never as markup', async () => {
    await freshChat();
    await page.evaluate(() => window.__chat.switchConversation('1077', 'Lee <img src=x onerror="document.title=1"> <b>Park</b>'));
    await panel.getByText('<b>Park</b>', { exact: false }).first().waitFor({ timeout: 5_000 });
    expect(await panel.locator('.panel img, .panel b').count()).toBe(0);
  });
});

