// The incremental reader the content script uses (SiteAdapter.reader, fed by the content
// script's own read scheduler) against a whole-page read (SiteAdapter.read), on every desk
// fixture in real Chromium: after every change a desk makes — messages, typing, drafts,
// virtualised redraws, edits, conversation switches, and DOM surgery the player never does —
// both must read the same chat.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskFixtures, type DeskFixture } from '../fixtures/desks/index';
import { READ_SLICE_MS } from '../../src/adapters/reading/readBudget';
import { launchDeskPages } from '../helpers/chromium';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  // The adapters plus the content script's own read scheduler and tracker, as the content script carries them.
  ({ browser, context } = await launchDeskPages(
    ['src/adapters/registry.ts', 'src/adapters/reading/descriptorReader.ts', 'src/content/readScheduler.ts', 'src/content/conversationTracker.ts'],
    'ComposureIncremental',
  ));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Starts the content script's way of reading in the page: one reader, the read scheduler's
 * mutation records. `window.__compare()` flushes pending records and returns both reads.
 */
async function startIncrementalReading(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Api = typeof import('../../src/adapters/registry') & typeof import('../../src/content/readScheduler');
    const api = (window as unknown as { ComposureIncremental: Api }).ComposureIncremental;
    const adapter = api.adapterForUrl(location.href)!;
    const reader = adapter.reader(document);
    let latest = reader.read();
    let reads = 0;
    const scheduler = api.scheduleReads(document, (_draftOnly, changes) => {
      reads++;
      latest = reader.read(changes);
      // As the content script does: a read that stopped at its time budget goes on after a yield.
      if (latest?.moreToRead) scheduler.readMore();
    }, () => false);
    if (latest?.moreToRead) scheduler.readMore();
    // As the content script does: typing in a <textarea> mutates no DOM.
    document.addEventListener('input', () => scheduler.poke(), { capture: true });
    const plain = (snapshot: ReturnType<typeof adapter.read>) =>
      snapshot && { ...snapshot, composer: snapshot.composer ? snapshot.composer.outerHTML.slice(0, 120) : null };
    (window as unknown as { __compare: () => unknown }).__compare = () => {
      // A read now, with whatever records are pending (some desks change values without a mutation).
      scheduler.poke();
      scheduler.flush();
      while (latest?.moreToRead) scheduler.flush();
      return { incremental: plain(latest), full: plain(adapter.read(document)), reads };
    };
  });
}

interface Comparison {
  incremental: unknown;
  full: unknown;
  reads: number;
}

async function expectSameRead(page: Page, step: string): Promise<void> {
  const { incremental, full } = await page.evaluate(() => (window as unknown as { __compare: () => Comparison }).__compare());
  expect(incremental, step).toEqual(full);
}

/** Runs `drive` in the page against its player (serialised: must be self-contained). */
function chat(page: Page, drive: string): Promise<unknown> {
  return page.evaluate(`((c) => { ${drive} })(window.__chat)`);
}

async function openDesk(fixture: DeskFixture): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fixture.url);
  await page.waitForFunction(() => '__chat' in window);
  await startIncrementalReading(page);
  return page;
}

/** Each step is a change to the page, followed by a comparison of both reads. */
const STEPS: [string, string][] = [
  ['a customer message', `c.addMessage({ speaker: 'customer', text: 'Why does nobody ever call me back? I want a refund NOW.' })`],
  ['two messages in one batch', `c.addMessage({ speaker: 'agent', text: 'I understand, Dana.' }); c.addMessage({ speaker: 'customer', text: 'ok' })`],
  ['the same words again', `c.addMessage({ speaker: 'customer', text: 'ok' })`],
  ['typing on', `c.setTyping(true)`],
  ['a message that ends typing', `c.addMessage({ speaker: 'customer', text: 'Still waiting.' })`],
  ['typing on again', `c.setTyping(true)`],
  ['typing off', `c.setTyping(false)`],
  ['a draft', `c.setDraft('I completely understand how frustrating this is.')`],
  ['a virtualised redraw', `c.rerender()`],
  ['a redraw keeping two', `c.rerender(2)`],
  ['a redraw of all again', `c.rerender()`],
  ['an edit', `c.editLast('Refund started: you will see it in 3 to 5 working days.')`],
  ['an edit and a message in one batch', `c.editLast('Refund started today.'); c.addMessage({ speaker: 'agent', text: 'Anything else?' })`],
  ['a switch to a new conversation', `c.switchConversation('9107', 'Marcus Oyelaran'); c.addMessage({ speaker: 'customer', text: 'Hello? Is anyone there?' })`],
  ['a message there', `c.addMessage({ speaker: 'agent', text: 'Hi Marcus, I am here.' })`],
];

/** DOM surgery a desk may do that the player does not: done on the page's own message nodes. */
const SURGERY: [string, string][] = [
  [
    'a message node moved to the top and back',
    `const list = c.__list(); const first = list.firstElementChild; const last = c.__messages().at(-1);
     if (last && first && last !== first) { first.before(last); }`,
  ],
  ['and back', `const last = c.__messages()[0]; if (last) c.__list().append(last);`],
  [
    'text changed inside a message, in place',
    `const text = c.__messages().at(-1); if (!text) return; const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
     for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim().length > 8) { n.data = 'Changed in place, word by word.'; break; }`,
  ],
  [
    'a typing marker drawn inside a message',
    `const m = c.__messages().at(-1); if (m) { const t = document.createElement('span'); t.className = 'typing-indicator slds-icon-typing js-loader'; t.id = 'marker'; t.textContent = '…'; m.append(t); }`,
  ],
  ['and gone again', `document.getElementById('marker')?.remove();`],
  ['a class toggled on every message', `for (const m of c.__messages()) m.classList.toggle('hovered');`],
  ['a non-message row in the list', `const row = document.createElement('div'); row.className = 'day-divider'; row.textContent = 'Today'; c.__list().append(row);`],
  ['a message removed', `c.__messages().at(-1)?.remove();`],
  ['the transcript emptied', `for (const m of c.__messages()) m.remove();`],
];

describe.concurrent.each(deskFixtures)('$id: the incremental reader reads what a whole read does', (fixture) => {
  it('after every change', async () => {
    const page = await openDesk(fixture);
    try {
      await expectSameRead(page, 'the opening');
      // Helpers for surgery: the message nodes the adapter itself finds, and their list.
      await page.evaluate(() => {
        type Api = typeof import('../../src/adapters/registry');
        const api = (window as unknown as { ComposureIncremental: Api }).ComposureIncremental;
        const adapter = api.adapterForUrl(location.href)!;
        const descriptors = [adapter.descriptor, ...(adapter.fallbackDescriptors ?? [])];
        const chatApi = (window as unknown as { __chat: Record<string, unknown> }).__chat;
        // Shadow-DOM desks (Salesforce, Freshchat) keep their messages in open shadow roots.
        const deepAll = (root: ParentNode, selector: string): Element[] => [
          ...root.querySelectorAll(selector),
          ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deepAll(el.shadowRoot, selector) : [])),
        ];
        const messages = () => {
          for (const d of descriptors) {
            const found = deepAll(document, d.message).filter((m) => m.getClientRects().length);
            if (found.length) return found;
          }
          return [];
        };
        chatApi['__messages'] = messages;
        chatApi['__list'] = () => messages()[0]?.parentElement ?? document.body;
      });
      for (const [step, drive] of [...STEPS, ...SURGERY]) {
        await chat(page, drive);
        await expectSameRead(page, step);
      }
    } finally {
      await page.close();
    }
  });
});

describe('a long chat read incrementally', () => {
  it('stays equal to the whole read as messages keep coming', async () => {
    const page = await openDesk(deskFixtures.find((f) => f.id === 'zendesk')!);
    try {
      await chat(page, `for (let i = 0; i < 400; i++) c.addMessage({ speaker: i % 2 ? 'agent' : 'customer', text: 'Earlier message ' + i })`);
      await expectSameRead(page, '400 more');
      for (let i = 0; i < 10; i++) {
        await chat(page, `c.addMessage({ speaker: 'customer', text: 'New message ${i}' })`);
        await expectSameRead(page, `new message ${i}`);
      }
    } finally {
      await page.close();
    }
  });
});

describe('coming back to a ticket tab that changed while hidden', () => {
  it('reads what the ticket says now, not what it said when the agent left', async () => {
    const page = await openDesk(deskFixtures.find((f) => f.id === 'zendesk')!);
    try {
      await expectSameRead(page, 'ticket 1042');
      await chat(page, `c.switchConversation('1038'); c.addMessage({ speaker: 'customer', text: 'Any news on my exchange?' })`);
      await expectSameRead(page, 'ticket 1038');
      // Ticket 1042, hidden: one message edited in place, one re-sided, one added.
      await page.evaluate(() => {
        const pane = document.querySelector('[data-ticket-id="1042"]')!;
        const articles = pane.querySelectorAll('article[data-test-id="omni-log-comment-item"]');
        const content = articles[0]!.querySelector('[data-test-id="omni-log-message-content"]')!;
        (content.firstChild as Text).data = 'Edited while the agent was away.';
        articles[1]!.querySelector('[data-test-id="omni-log-item-message"]')!.setAttribute('type', 'internal');
        articles[1]!.setAttribute('aria-label', 'Internal note, Sam Rivera');
        articles[1]!.className = 'note';
      });
      await expectSameRead(page, 'ticket 1038, 1042 edited behind it');
      await chat(page, `c.switchConversation('1042'); c.addMessage({ speaker: 'agent', text: 'Back with you, Dana.' })`);
      await expectSameRead(page, 'back on ticket 1042');
    } finally {
      await page.close();
    }
  });
});

// ── The first read of a long transcript, in slices ────────────────────────────────────────────

type PageApi = typeof import('../../src/adapters/registry') &
  typeof import('../../src/adapters/reading/descriptorReader') &
  typeof import('../../src/content/readScheduler') &
  typeof import('../../src/content/conversationTracker');
type SiteDescriptor = import('../../src/sites/siteDescriptor').SiteDescriptor;
type Turn = import('../../src/engine/types').Turn;

interface SliceClock {
  /** The read's budget. */
  sliceMs: number;
  /** How far the clock moves each time the reader looks at it. */
  tickMs: number;
}

interface SlicedOutcome {
  /** Reads that stopped at their time budget. */
  slices: number;
  /** The tracker's turns once reading ended. */
  turns: Turn[];
  /** What a worker applying the page's `turns` messages (from, total) holds. */
  worker: Turn[];
  /** `turns` messages whose `from` lay beyond what the worker had. */
  gaps: number;
  /** A whole, unsliced read of the page at the end. */
  whole: { speaker: string; text: string }[];
}

/**
 * The content script's way of reading, from its first read on: reader → tracker → `turns`
 * messages from the first unsent turn, `readMore` after a read that stopped at its budget.
 * `during` (a function's source, given the slice number) changes the page while the first read
 * is going on. With `descriptor`, a DescriptorReader reads the page, else the desk's adapter.
 * The budget runs on a clock that moves `clock.tickMs` each time it is read (about once per
 * message), not on the machine's: how many slices a read takes is the same on any CPU.
 */
async function readInSlices(page: Page, during: string, clock: SliceClock, descriptor?: SiteDescriptor): Promise<SlicedOutcome> {
  await page.evaluate(
    ({ during, descriptor, clock }) => {
      const api = (window as unknown as { ComposureIncremental: PageApi }).ComposureIncremental;
      const change = new Function('slice', during) as (slice: number) => void;
      let time = 0;
      const budget = { sliceMs: clock.sliceMs, now: () => (time += clock.tickMs) };
      let reader: { read(changes?: import('../../src/adapters/types').PageChanges): ReturnType<typeof api.readWithDescriptor> };
      let whole: () => ReturnType<typeof api.readWithDescriptor>;
      if (descriptor) {
        const sliced = new api.DescriptorReader(descriptor, {}, budget);
        reader = { read: (changes) => sliced.read(document, changes) };
        whole = () => api.readWithDescriptor(document, descriptor);
      } else {
        const adapter = api.adapterForUrl(location.href)!;
        reader = adapter.reader(document, budget);
        whole = () => adapter.read(document);
      }
      const tracker = new api.ConversationTracker();
      const worker: Turn[] = [];
      let sent = 0;
      let restart = true;
      let slices = 0;
      let gaps = 0;
      let done = false;
      // pageSession's syncTurns, and TabConversation.applyTurns' rule: from 0 restarts, each index once.
      const syncTurns = () => {
        const total = tracker.turnCount;
        if (!restart && sent >= total) return;
        const from = sent;
        const turns = tracker.turnsFrom(sent);
        sent = total;
        restart = false;
        if (from === 0) worker.length = 0;
        else if (from > worker.length) gaps++;
        turns.forEach((turn, i) => from + i >= worker.length && worker.push(turn));
      };
      const read = (changes?: import('../../src/adapters/types').PageChanges) => {
        const snapshot = reader.read(changes);
        if (!snapshot) return;
        const turnChange = tracker.apply(snapshot, Date.now());
        if (turnChange.kind === 'restart') {
          sent = 0;
          restart = true;
        }
        if (turnChange.kind !== 'none') syncTurns();
        if (snapshot.moreToRead) {
          change(++slices);
          scheduler.readMore();
        } else {
          done = true;
        }
      };
      const scheduler = api.scheduleReads(document, (_draftOnly, changes) => read(changes), () => false);
      read();
      (window as unknown as { __sliced: () => SlicedOutcome | undefined }).__sliced = () =>
        done ? { slices, turns: tracker.turns(), worker, gaps, whole: whole()!.messages.map(({ speaker, text }) => ({ speaker, text })) } : undefined;
    },
    { during, descriptor, clock },
  );
  const handle = await page.waitForFunction(() => (window as unknown as { __sliced: () => SlicedOutcome | undefined }).__sliced());
  return (await handle.jsonValue()) as SlicedOutcome;
}

function expectReadOnce(outcome: SlicedOutcome, added: string[]): void {
  const said = outcome.turns.map(({ speaker, text }) => ({ speaker, text }));
  expect(said).toEqual(outcome.whole);
  expect(outcome.worker).toEqual(outcome.turns);
  expect(outcome.gaps).toBe(0);
  const texts = outcome.turns.map((t) => t.text);
  for (const text of added) expect(texts.filter((t) => t === text), text).toHaveLength(1);
  // Added in this order, at the end of the chat.
  expect(texts.filter((t) => added.includes(t!))).toEqual(added);
}

const PLAIN_DESK: SiteDescriptor = {
  id: 'plain',
  name: 'Plain test desk',
  matches: ['<all_urls>'],
  transcript: '.transcript',
  message: '.message',
  text: '.text',
  agentWhen: '[data-from="agent"]',
  customerWhen: '[data-from="customer"]',
  composer: '.reply',
};

/** What reading one message costs on the slice clock of the 2,000-message test. */
const MESSAGE_MS = 0.05;

describe('a long transcript read for the first time, in slices', () => {
  it('reads every message once, in order, with messages arriving, edited and removed meanwhile', async () => {
    const page = await context.newPage();
    try {
      await page.setContent(`<main class="transcript"></main><textarea class="reply"></textarea>`);
      await page.evaluate(() => {
        const transcript = document.querySelector('.transcript')!;
        const add = (id: string, from: string, text: string) => {
          const message = document.createElement('div');
          message.className = 'message';
          message.dataset['messageId'] = id;
          message.dataset['from'] = from;
          message.innerHTML = '<span class="author"></span><p class="text"></p>';
          message.querySelector('.text')!.textContent = text;
          transcript.append(message);
        };
        (window as unknown as { __add: typeof add }).__add = add;
        for (let i = 0; i < 60; i++) add(`m${i}`, i % 2 ? 'agent' : 'customer', `History line ${i}: the refund still has not arrived.`);
      });
      // A budget of 0 ms: one message per read, so every change below lands mid-read.
      const outcome = await readInSlices(
        page,
        `const add = window.__add;
         if (slice === 1) add('n1', 'customer', 'Hello?? Anyone there?');
         if (slice === 2) { add('n2', 'agent', 'Yes, Dana, I am here.'); add('n3', 'customer', 'Finally.'); }
         // An edit of a message already read, and a removal of one not read yet.
         if (slice === 3) document.querySelector('[data-message-id="m0"] .text').textContent = 'History line 0, edited.';
         if (slice === 4) document.querySelector('[data-message-id="m50"]').remove();
         if (slice === 5) add('n4', 'customer', 'Still waiting.');`,
        { sliceMs: 0, tickMs: 1 },
        PLAIN_DESK,
      );
      expect(outcome.slices).toBeGreaterThan(50);
      expectReadOnce(outcome, ['Hello?? Anyone there?', 'Yes, Dana, I am here.', 'Finally.', 'Still waiting.']);
      expect(outcome.turns[0]!.text).toBe('History line 0, edited.');
      expect(outcome.turns.map((t) => t.text)).not.toContain('History line 50: the refund still has not arrived.');
    } finally {
      await page.close();
    }
  });

  it('reads a 2,000-message Zendesk ticket in several slices, messages arriving meanwhile', async () => {
    const page = await context.newPage();
    try {
      await page.goto(deskFixtures.find((f) => f.id === 'zendesk')!.url);
      await page.waitForFunction(() => '__chat' in window);
      await chat(page, `for (let i = 0; i < 2000; i++) c.addMessage({ speaker: i % 2 ? 'agent' : 'customer', text: 'History ' + i + ': I ordered the blue one and got the red one.' })`);
      const outcome = await readInSlices(
        page,
        `if (slice === 1) window.__chat.addMessage({ speaker: 'customer', text: 'Are you reading this?' });
         if (slice === 2) { window.__chat.addMessage({ speaker: 'agent', text: 'I am, one moment.' }); window.__chat.addMessage({ speaker: 'customer', text: 'ok' }); }`,
        { sliceMs: READ_SLICE_MS, tickMs: MESSAGE_MS },
      );
      // The content script's budget at 0.05 ms a message: at most 161 new messages a slice.
      expect(outcome.slices).toBeGreaterThanOrEqual(Math.floor(2000 / (READ_SLICE_MS / MESSAGE_MS + 1)));
      expect(outcome.turns.length).toBeGreaterThan(2000);
      expectReadOnce(outcome, ['Are you reading this?', 'I am, one moment.', 'ok']);
    } finally {
      await page.close();
    }
  });
});
