// What an agent does, in real Firefox (Debian's ESR) with the built Firefox extension: the chat
// read live on several desks at their real addresses, flags and cards in the sidebar page (opened
// as a tab, docs/interfaces.md §7), Insert at the caret in the desk's reply box (and undone with Ctrl+Z),
// Dismiss and Turn off rule, and the draft checked while it is typed. One browser for the file.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { deskFixtures, type DeskFixture } from '../fixtures/desks/index';
import { launchFirefoxWithExtension, newDeskTab, openExtensionPage, openPanelTab, OPTIONS_PAGE, tabIdOf, waitFor, type FirefoxWithExtension } from './firefox';
import { clickButton, composerText, expectFlag, panelFlags, say, setDraft, setTyping, suggestionKinds, switchConversation, turnCount, type Speaker } from './chat';

// Repeat contact, a demand and shouting: anger cues a plain sentiment lexicon misses.
const ANGRY_CUSTOMER = 'This is the THIRD time I am contacting you about this!! I want a refund now.';
/** The line after which the issue saw no anger flag in Firefox (issue 17). */
const THIRD_TIME = "This is the THIRD time I'm contacting you about this order and nobody has done anything!!!";
const desk = (id: string) => deskFixtures.find((d) => d.id === id)!;
// Three desks with three kinds of reply box: a CKEditor contenteditable (Zendesk), a ProseMirror
// one (Intercom), a textarea (Freshdesk).
const DESKS = [desk('zendesk'), desk('intercom'), desk('freshdesk')];

const OUTPUT = resolve(import.meta.dirname, '../../test-output');

let firefox: FirefoxWithExtension;
/** An extension page kept open to ask `browser.tabs` for the desk tabs' ids. */
let extensionPage: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  extensionPage = await openExtensionPage(firefox.browser, OPTIONS_PAGE);
});

afterAll(async () => {
  await firefox?.close();
});

interface OpenDesk {
  page: Page;
  panel: Page;
  tabId: number;
}

async function openDesk(fixture: DeskFixture): Promise<OpenDesk> {
  const page = await newDeskTab(firefox.browser, [fixture]);
  await page.goto(fixture.url);
  const tabId = await tabIdOf(extensionPage, page);
  const panel = await openPanelTab(firefox.browser, tabId);
  // The panel follows the desk once it shows the page's opening turns.
  await waitFor(async () => (await turnCount(panel)) > 0, `the panel to read ${fixture.id}`);
  return { page, panel, tabId };
}

async function closeDesk(open: OpenDesk | undefined): Promise<void> {
  await open?.panel.close().catch(() => undefined);
  await open?.page.close().catch(() => undefined);
}

describe.each(DESKS)('$id desk in Firefox', (fixture) => {
  let open: OpenDesk;
  beforeAll(async () => {
    open = await openDesk(fixture);
  });
  afterAll(() => closeDesk(open));

  it('reads the chat live and shows flags and cards in the panel', async () => {
    const before = await turnCount(open.panel);
    await say(open.page, 'customer', ANGRY_CUSTOMER);
    await waitFor(async () => (await turnCount(open.panel)) === before + 1, 'the new line in the panel');
    await expectFlag(open.panel, 'anger');
    await waitFor(async () => (await suggestionKinds(open.panel)).length > 0, 'suggestion cards');
  });

  it('inserts a card into the reply box', async () => {
    await waitFor(async () => (await suggestionKinds(open.panel)).length > 0, 'suggestion cards');
    // The card's text and its Insert in one task: a newer reading may re-render the cards between two steps.
    const text = await open.panel.evaluate(() => {
      const card = document.querySelector('[data-suggestion-kind]')!;
      card.querySelector<HTMLElement>('[data-action="insert"]')!.click();
      return card.querySelector('.suggestion-text')!.textContent!.trim();
    });
    await waitFor(async () => (await composerText(open.page)).includes(text), `"${text}" in the reply box`, 3_000);
    await setDraft(open.page, '');
  });
});

describe('Zendesk reply box (CKEditor) in Firefox', () => {
  let open: OpenDesk;
  beforeAll(async () => {
    open = await openDesk(desk('zendesk'));
    await switchConversation(open.page, '7101', 'Dana Whitfield');
    await waitFor(async () => (await turnCount(open.panel)) === 0, 'the new conversation');
    await say(open.page, 'customer', ANGRY_CUSTOMER);
    await waitFor(async () => (await suggestionKinds(open.panel)).length > 0, 'suggestion cards');
  });
  afterAll(() => closeDesk(open));

  const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
  /** The open conversation's reply box (Zendesk keeps every open ticket's pane in the page). */
  async function replyBox() {
    for (const editor of await open.page.$$(EDITOR)) if (await editor.isVisible()) return editor;
    throw new Error('no visible reply box');
  }
  /** The reply box's paragraphs, as the agent sees them (an empty one is a blank line). */
  const paragraphs = async () => (await replyBox()).evaluate((box) => [...box.children].map((p) => p.textContent ?? ''));
  const looseText = async () => (await replyBox()).evaluate((box) => [...box.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).length);

  it('puts the card at the caret in the empty first line, not below blank lines, and Ctrl+Z takes it out', async () => {
    // The agent clicks into the empty reply box: Firefox leaves the caret between the editor's
    // blocks (beside the empty <p>), where Chromium puts it inside.
    await open.page.bringToFront();
    await (await replyBox()).click();
    const text = await open.panel.evaluate(() => {
      const card = document.querySelector('[data-suggestion-kind]')!;
      card.querySelector<HTMLElement>('[data-action="insert"]')!.click();
      return card.querySelector('.suggestion-text')!.textContent!.trim();
    });
    await waitFor(async () => (await composerText(open.page)).includes(text), 'the card in the reply box', 3_000);
    expect(await paragraphs()).toEqual([text]);
    expect(await looseText()).toBe(0);

    // Undo kept: the insertion went through the editor's own undo stack.
    await open.page.bringToFront();
    await open.page.keyboard.down('Control');
    await open.page.keyboard.press('z');
    await open.page.keyboard.up('Control');
    await waitFor(async () => !(await composerText(open.page)).includes(text), 'Ctrl+Z to take the card out', 3_000);
  });

  it('inserts at the caret after what the agent already wrote, with a space', async () => {
    await setDraft(open.page, 'Dana,');
    await open.page.bringToFront();
    await (await replyBox()).click();
    await open.page.keyboard.press('End');
    const text = await open.panel.evaluate(() => {
      const card = document.querySelector('[data-suggestion-kind]')!;
      card.querySelector<HTMLElement>('[data-action="insert"]')!.click();
      return card.querySelector('.suggestion-text')!.textContent!.trim();
    });
    await waitFor(async () => (await composerText(open.page)).includes(text), 'the card in the reply box', 3_000);
    expect(await paragraphs()).toEqual([`Dana, ${text}`]);
    await setDraft(open.page, '');
  });
});

describe('flags an agent acts on, in Firefox', () => {
  let open: OpenDesk;
  let chats = 0;
  beforeAll(async () => {
    open = await openDesk(desk('zendesk'));
  });
  afterAll(() => closeDesk(open));

  /** A conversation of the test's own, read in full by the panel when this returns. */
  async function freshChat(lines: [Speaker, string][]): Promise<void> {
    await setTyping(open.page, false);
    await setDraft(open.page, '');
    await switchConversation(open.page, `72${++chats}`, 'Dana Whitfield');
    await waitFor(async () => (await turnCount(open.panel)) === 0, 'the new conversation');
    for (const [speaker, text] of lines) await say(open.page, speaker, text);
    await waitFor(async () => (await turnCount(open.panel)) === lines.length, `${lines.length} turns in the panel`);
  }

  it('shows the anger flag right after the third-time line, before a throttled timer of the hidden desk tab fires', async () => {
    await freshChat([
      ['customer', 'Hi, I ordered a birthday present three weeks ago and it still hasn’t arrived.'],
      ['agent', 'Hello! Can I have your order number?'],
    ]);
    // The panel tab is in front, so the desk tab is hidden, as behind a popped-out panel.
    await open.panel.bringToFront();
    expect(await open.page.evaluate(() => document.visibilityState)).toBe('hidden');
    // The panel notes when the anger flag appears; the desk notes when its own zero-delay timer,
    // set with the line, fires (Firefox holds a hidden tab's timers for 1 s or more). Reading
    // that waited for a timer of the page showed the flag only after that timer, too late for an
    // agent who had already read the next line (issue 17).
    await open.panel.evaluate(() => {
      const seen = () => document.querySelector('li[data-flag-category="anger"]') !== null;
      new MutationObserver((_, observer) => {
        if (!seen()) return;
        (window as unknown as { angerShownAt: number }).angerShownAt = Date.now();
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await open.page.evaluate((line) => {
      setTimeout(() => ((window as unknown as { timerFiredAt: number }).timerFiredAt = Date.now()), 0);
      window.__chat.addMessage({ speaker: 'customer', text: line });
    }, THIRD_TIME);
    await expectFlag(open.panel, 'anger');
    const shownAt = await open.panel.evaluate(() => (window as unknown as { angerShownAt?: number }).angerShownAt);
    await waitFor(async () => (await open.page.evaluate(() => (window as unknown as { timerFiredAt?: number }).timerFiredAt)) !== undefined, 'the desk’s timer');
    const timerAt = await open.page.evaluate(() => (window as unknown as { timerFiredAt: number }).timerFiredAt);
    expect(shownAt).toBeDefined();
    expect(shownAt!).toBeLessThan(timerAt);
  });

  it('dismisses a flag, and turns a rule off and on in one click', async () => {
    await freshChat([['customer', ANGRY_CUSTOMER]]);
    await expectFlag(open.panel, 'anger');
    const rule = (await panelFlags(open.panel))[0]!.rule;
    await clickButton(open.panel, `li[data-rule="${rule}"]`, `Turn off rule ${rule}`);
    await waitFor(async () => !(await panelFlags(open.panel)).some((f) => f.rule === rule), `${rule} to close`);
    await open.panel.evaluate(() => [...document.querySelectorAll('summary')].find((s) => /Rules you turned off/.test(s.textContent ?? ''))?.click());
    await clickButton(open.panel, 'details', `Turn on rule ${rule}`);
    await waitFor(async () => (await panelFlags(open.panel)).some((f) => f.rule === rule), `${rule} to show again`);

    const before = (await panelFlags(open.panel)).length;
    const first = (await panelFlags(open.panel))[0]!.rule;
    await clickButton(open.panel, `li[data-rule="${first}"]`, 'Dismiss');
    await waitFor(async () => (await panelFlags(open.panel)).length === before - 1, 'one flag fewer');
  });

  it('lays the panel out in 400 px without sideways scrolling (screenshot in test-output/firefox-panel.png)', async () => {
    await freshChat([['customer', ANGRY_CUSTOMER]]);
    await expectFlag(open.panel, 'anger');
    await waitFor(async () => (await suggestionKinds(open.panel)).length > 0, 'suggestion cards');
    await open.panel.bringToFront();
    mkdirSync(OUTPUT, { recursive: true });
    await open.panel.screenshot({ path: resolve(OUTPUT, 'firefox-panel.png'), fullPage: true });
    const overflow = await open.panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('checks the agent’s draft while it is typed, and drops draft flags when it is cleared', async () => {
    await freshChat([['customer', 'My parcel 58213 has not arrived.']]);
    await setDraft(open.page, 'It’s not my fault, the courier lost it.');
    await waitFor(async () => (await panelFlags(open.panel)).some((f) => f.category === 'liability-admission' && f.draft), 'a draft flag for liability');
    await setDraft(open.page, '');
    await waitFor(async () => !(await panelFlags(open.panel)).some((f) => f.draft), 'the draft flags to go');
  });
});

it('registers the keyboard shortcuts to open the panel and insert the top suggestion', async () => {
  type Command = { name?: string; shortcut?: string };
  const commands = await extensionPage.evaluate(() => (globalThis as unknown as { browser: { commands: { getAll(): Promise<Command[]> } } }).browser.commands.getAll());
  const shortcut = (name: string) => commands.find((c) => c.name === name)?.shortcut;
  // An empty shortcut means Firefox refused the suggested key (a clash): the agent would have none.
  expect(shortcut('open-panel')).toBe('Alt+Shift+K');
  expect(shortcut('insert-top-suggestion')).toBe('Alt+Shift+I');
});
