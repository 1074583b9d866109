// DOM fuzz in real Chromium: while a chat plays on a fixture desk page, the page itself churns its
// DOM at random (domFuzz.ts). Composure must never throw into the page, and once the churn stops
// the panel must read the chat correctly again (every message once, new ones as they come), or
// say that it lost the page. Never wrong and silent. The seed is printed; FUZZ_SEED=<n> replays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { expectFlag, say, setTyping } from './chat';
import { freshReadOf } from './deskHistory';
import { applyOpInPage, drawOp, restoreInPage, seededRandom, type ContainerPath } from './domFuzz';
import { flagIds, reportsLostPage, settledReading, turnCount } from './panelReading';
import { watchPage } from './pageWatch';

const OPS_PER_DESK = 60;
// A fixed seed, so that every run churns the same way; FUZZ_SEED=<n> explores others.
const BASE_SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_202);

// Where each fixture's desk draws its messages (tests/fixtures/desks/*.html).
const FUZZED: { id: string; container: ContainerPath; noEdits?: boolean }[] = [
  { id: 'zendesk', container: ['[data-ticket-id="1042"] [data-test-id="omni-log-container"]'] },
  { id: 'intercom', container: ['[data-conversation-stream]'] },
  // Shadow DOM: the conversation lives in an open shadow root.
  { id: 'freshchat', container: ['conversation-view', '.conversation-messages'] },
  // No desk markers at all: read through the generic ARIA descriptor (adapters/ariaChat.ts). Its
  // messages carry no ids, so an edit is known only by where it sits: one that lands in the same
  // read as other surgery next to it is ambiguous (tests/unit/conversationTracker.test.ts covers
  // the unambiguous ones), and the fuzz does not edit text there.
  { id: 'gorgias', container: ['[role="feed"]'], noEdits: true },
];

const CHAT = [
  ['customer', 'The tracking page still says label created for order 58213.'],
  ['agent', 'Thanks for waiting, let me check with the courier.'],
  ['customer', 'I have been waiting for a week now.'],
  ['agent', 'I can see the parcel left the warehouse on Monday.'],
] as const;

let browser: ExtensionBrowser;

beforeAll(async () => {
  console.info(`DOM fuzz seed ${BASE_SEED} (rerun with FUZZ_SEED=${BASE_SEED})`);
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, deskFixtures.filter((d) => FUZZED.some((f) => f.id === d.id)));
});

afterAll(async () => {
  await browser?.close();
});

describe.each(FUZZED.map((desk, i) => ({ ...desk, seed: BASE_SEED + i })))('DOM fuzz on $id', ({ id, container, noEdits, seed }) => {
  let page: Page;
  let panel: Page;

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('never throws into the page, and reads the chat again once the churn stops', async () => {
    const because = (what: string) => `${id}, FUZZ_SEED=${seed}: ${what}`;
    const desk = deskFixtures.find((d) => d.id === id)!;
    page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(desk.url);
    panel = await openPanelTab(browser, await tabIdOf(browser.worker, page));
    const pageMessages = () => page.evaluate(() => window.__chat.script().length);
    // The first policy read can take seconds on a fresh profile.
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(await pageMessages());

    const random = seededRandom(seed);
    let said = 0;
    const applied = new Map<string, number>();
    for (let i = 0; i < OPS_PER_DESK; i++) {
      if (random() < 0.15) {
        const [speaker, text] = CHAT[said % CHAT.length]!;
        await say(page, speaker, `${text} (${++said})`);
      } else {
        const op = drawOp(random);
        const outcome = noEdits && op.kind === 'edit-text' ? 'no edit on a desk without message ids' : await page.evaluate(applyOpInPage, { path: container, op });
        applied.set(outcome, (applied.get(outcome) ?? 0) + 1);
      }
      // Sometimes let a read happen mid-churn (reads run 60–250 ms after mutations).
      if (random() < 0.3) await page.waitForTimeout(Math.floor(random() * 150));
    }

    // The churn really happened: most ops found something to change, swaps included.
    const done = [...applied].filter(([outcome]) => !/^no |^nothing/.test(outcome)).reduce((sum, [, n]) => sum + n, 0);
    expect(done, because(`ops applied: ${JSON.stringify([...applied])}`)).toBeGreaterThan(OPS_PER_DESK / 2);
    // The churn stops with the page as it is. New messages: the customer, typing, an agent reply over it.
    const afterChurn = await settledReading(panel);
    await say(page, 'customer', 'Why is nobody telling me where my parcel is???');
    await setTyping(page, true);
    await say(page, 'agent', 'I have escalated it to the courier.');
    const readsNew = async () => (await reportsLostPage(panel)) || (await turnCount(panel)) === afterChurn.turns + 3;
    await expect.poll(readsNew, { timeout: 10_000, message: because(`panel neither adds 3 turns to ${afterChurn.turns} nor says it lost the page`) }).toBe(true);
    if (!(await reportsLostPage(panel))) await expectFlag(panel, 'interruption');

    // The desk draws the whole chat afresh: every message is one turn (plus the typing event), none twice.
    const shown = await page.evaluate(restoreInPage, container);
    // The page is a healthy desk page again, so nothing short of reading it will do.
    await expect.poll(() => turnCount(panel), { timeout: 10_000, message: because(`panel does not show the ${shown + 1} turns on the page`) }).toBe(shown + 1);
    expect(await reportsLostPage(panel), because('the panel still says it lost the page')).toBe(false);
    const flags = await flagIds(panel);
    expect(new Set(flags).size, because('a flag shown twice')).toBe(flags.length);

    // What was read, not only how much: the same flags as a tab that reads this chat afresh (the
    // live tab's typing event and the interruption it raised aside: a fresh page has no typing).
    const script = await page.evaluate(() => window.__chat.script());
    const notTyping = (ids: string[]) => ids.filter((flag) => !flag.startsWith('interruption:'));
    const reference = notTyping((await freshReadOf(browser, desk.url, script)).flags);
    await expect.poll(async () => notTyping(await flagIds(panel)), { timeout: 10_000, message: because('the panel flags what a fresh read of the page does not') }).toEqual(reference);

    expect(watch.problems, because('errors reached the page')).toEqual([]);
    // Guarded failures are logged, not thrown; a read skipped this way must still have recovered above.
    console.info(because(`ops ${JSON.stringify(Object.fromEntries(applied))}, ${said} messages during the churn`));
    if (watch.notes.length) console.info(because(`content script notes: ${[...new Set(watch.notes)].join(' | ')}`));
  });
});

// A fuzz finding: on Intercom the transcript selector also matches the scroll container around
// the message list, so removing only the list left an empty transcript that still "read". A
// transcript that empties (or goes) under the same conversation is a lost page once a short
// grace period passes; a desk re-render that puts it back within it is not.
describe('Intercom: the message list goes, its outer container stays', () => {
  let page: Page;
  let panel: Page;

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('rides out a quick re-render, says reading stopped when the list stays gone, and reads again when it is back', async () => {
    const desk = deskFixtures.find((d) => d.id === 'intercom')!;
    page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(desk.url);
    panel = await openPanelTab(browser, await tabIdOf(browser.worker, page));
    await say(page, 'customer', 'This is the third time I am asking, where is my refund???');
    const pageMessages = () => page.evaluate(() => window.__chat.script().length);
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(await pageMessages());
    const before = await settledReading(panel);

    // The panel notes whether it ever said it lost the page.
    await panel.evaluate(() => {
      const w = window as unknown as { __saidLost: boolean };
      w.__saidLost = false;
      new MutationObserver(() => {
        w.__saidLost ||= /Reading stopped/.test(document.body.innerText);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // A re-render: the list leaves the page and comes back a moment later.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const list = document.querySelector('[data-conversation-stream]')!;
          const holder = list.parentElement!;
          list.remove();
          setTimeout(() => {
            holder.append(list);
            resolve();
          }, 200);
        }),
    );
    expect(await settledReading(panel, 2_000)).toEqual(before);
    expect(await panel.evaluate(() => (window as unknown as { __saidLost: boolean }).__saidLost)).toBe(false);

    // The list stays gone: an empty container is no conversation that ended.
    await page.evaluate(() => {
      const list = document.querySelector('[data-conversation-stream]')!;
      (window as unknown as { __list: Element }).__list = list;
      list.remove();
    });
    await expect.poll(() => reportsLostPage(panel), { timeout: 10_000 }).toBe(true);

    // Back, with a message that came meanwhile: reading resumes, every message once.
    await page.evaluate(() => {
      const list = (window as unknown as { __list: Element }).__list;
      document.querySelector('[data-testid="conversation-stream-scroll-container"]')!.append(list);
    });
    await say(page, 'customer', 'Hello? Anyone there?');
    await expect.poll(() => reportsLostPage(panel), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => turnCount(panel), { timeout: 10_000 }).toBe(await pageMessages());
    expect(watch.problems).toEqual([]);
  });
});
