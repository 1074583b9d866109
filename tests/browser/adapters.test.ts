// Every built-in desk adapter against its fixture page, in the real Chromium: one browser,
// one page per desk, pages served at the desks' real addresses (tests/fixtures/desks/index.ts).
// The adapters are bundled by vite, as the content script carries them, and injected
// before the page's own scripts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeHealth, type ReadingHealth } from '../../src/adapters/readingHealth';
import type { ChatSnapshot } from '../../src/adapters/types';
import { deskFixtures, type DeskFixture } from '../fixtures/desks/index';
import type { ChatPlayer, ScriptLine } from '../fixtures/chatPlayer';
import { launchDeskPages } from '../helpers/chromium';


/** A snapshot as it crosses from the page: the composer element becomes its tag name. */
type PageSnapshot = Omit<ChatSnapshot, 'composer'> & { composer: string | null; adapter: string };

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, context } = await launchDeskPages(['src/adapters/registry.ts', 'src/adapters/readingHealth.ts'], 'ComposureAdapters'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

type InPage = typeof import('../../src/adapters/registry') & typeof import('../../src/adapters/readingHealth');

/** The adapter-health of a read right now (readingHealth.ts), as the content script computes it. */
function health(page: Page, typingSeen = false): Promise<ReadingHealth> {
  return page.evaluate((seen) => {
    const desk = (window as unknown as { ComposureAdapters: InPage }).ComposureAdapters;
    return desk.readingHealth(desk.adapterForUrl(location.href)?.read(document) ?? null, seen);
  }, typingSeen);
}

/** What the adapter the registry picks for this URL reads from the page right now. */
function read(page: Page): Promise<PageSnapshot | null> {
  return page.evaluate(() => {
    const adapters = (window as unknown as { ComposureAdapters: typeof import('../../src/adapters/registry') }).ComposureAdapters;
    const adapter = adapters.adapterForUrl(location.href);
    const snapshot = adapter?.read(document);
    if (!adapter || !snapshot) return null;
    return { ...snapshot, composer: snapshot.composer?.tagName.toLowerCase() ?? null, adapter: adapter.id };
  });
}


/** Runs `drive` in the page against its player; `drive` must be self-contained (it is serialised). */
function chat<T>(page: Page, drive: (chat: ChatPlayer) => T): Promise<Awaited<T>> {
  return page.evaluate(`(${drive.toString()})(window.__chat)`) as Promise<Awaited<T>>;
}

const script = (page: Page) => chat(page, (c) => c.script());
const said = (snapshot: PageSnapshot | null) => snapshot?.messages.map(({ speaker, text }) => ({ speaker, text }));
const expected = (lines: ScriptLine[]) => lines.map(({ speaker, text }) => ({ speaker, text }));

async function openDesk(fixture: DeskFixture): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fixture.url);
  await page.waitForFunction(() => '__chat' in window);
  return page;
}

// Desks run side by side (each on its own page); the steps of one desk run in order.
describe.concurrent.each(deskFixtures)('$id fixture read by the $desk adapter', (fixture) => {
  describe.sequential('step by step', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openDesk(fixture);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('reads the opening: who said what, in order, the customer and the composer', async () => {
      const snapshot = await read(page);
      const lines = await script(page);
      expect(snapshot?.adapter).toBe(fixture.desk);
      expect(said(snapshot)).toEqual(expected(lines));
      // Authors and times are optional per desk; where one is read it must be the right one.
      snapshot!.messages.forEach((message, i) => {
        if (message.author !== undefined) expect(message.author).toBe(lines[i]!.author);
        if (message.at !== undefined) expect(message.at).toBe(Date.parse(lines[i]!.at));
      });
      const customer = lines.find((line) => line.speaker === 'customer')!.author;
      expect(snapshot?.customerName).toBe(customer);
      expect(snapshot?.composer).not.toBeNull();
      expect(snapshot?.customerTyping).toBe(false);
    });

    it('says in its health line that it found the transcript, both sides, the name and the reply box', async () => {
      const found = await health(page);
      expect(found.parts).toEqual({ transcript: 'found', sides: 'found', name: 'found', typing: 'waiting', composer: 'found' });
      expect(describeHealth(found).line).toMatch(/^Found: transcript, sides, customer name, reply box\. Not seen yet: typing\./);
      // Each markup generation is read by its own markup, not by a newer one that happens to fit.
      expect(found.markup).toBe(fixture.markup);
      if (fixture.markup > 0) expect(describeHealth(found).line).toContain(`fallback markup ${fixture.markup}`);
    });

    it('reads new messages from both sides', async () => {
      await chat(page, (c) => {
        c.addMessage({ speaker: 'customer', text: 'Why does nobody ever call me back? I want a refund NOW.' });
        c.addMessage({ speaker: 'agent', text: 'I understand, Dana. I have started the refund and will email you the confirmation.' });
      });
      expect(said(await read(page))).toEqual(expected(await script(page)));
    });

    it.skipIf(!fixture.typing)('sees the customer typing and stopping', async () => {
      await chat(page, (c) => c.setTyping(true));
      expect((await read(page))?.customerTyping).toBe(true);
      expect((await health(page)).parts.typing).toBe('found');
      await chat(page, (c) => c.setTyping(false));
      expect((await read(page))?.customerTyping).toBe(false);
    });

    it('reads the unsent draft', async () => {
      await chat(page, (c) => c.setDraft('I completely understand how frustrating this is.'));
      const snapshot = await read(page);
      expect(snapshot?.draft).toBe('I completely understand how frustrating this is.');
      expect(snapshot?.draft).toBe(await chat(page, (c) => c.composerText()));
    });

    it('keeps keys when a virtualised list drops and redraws nodes', async () => {
      const before = (await read(page))!.messages.map((m) => m.key);
      expect(new Set(before).size).toBe(before.length);
      await chat(page, (c) => c.rerender());
      expect((await read(page))!.messages.map((m) => m.key)).toEqual(before);
      await chat(page, (c) => c.rerender(2));
      expect((await read(page))!.messages.map((m) => m.key)).toEqual(before.slice(-2));
      await chat(page, (c) => c.rerender());
    });

    it('reads an edit as new text under the desk id, without a duplicate', async () => {
      const before = (await read(page))!.messages;
      await chat(page, (c) => c.editLast('Refund started: you will see it in 3 to 5 working days.'));
      const after = (await read(page))!.messages;
      expect(after).toHaveLength(before.length);
      expect(after.at(-1)?.text).toBe('Refund started: you will see it in 3 to 5 working days.');
      if (before.at(-1)!.key.startsWith('id:')) expect(after.at(-1)?.key).toBe(before.at(-1)?.key);
    });

    it('changes the conversation key on a switch, and back', async () => {
      const first = (await read(page))!;
      const firstId = await chat(page, (c) => c.conversationId());
      await chat(page, (c) => c.switchConversation('9107', 'Marcus Oyelaran'));
      await chat(page, (c) => {
        c.addMessage({ speaker: 'customer', text: 'Hello? Is anyone there? I have been waiting for 20 minutes.' });
      });
      const second = (await read(page))!;
      expect(second.conversationKey).not.toBe(first.conversationKey);
      expect(second.customerName).toBe('Marcus Oyelaran');
      expect(said(second)).toEqual([{ speaker: 'customer', text: 'Hello? Is anyone there? I have been waiting for 20 minutes.' }]);
      await page.evaluate((id) => (window as unknown as { __chat: ChatPlayer }).__chat.switchConversation(id), firstId);
      const back = (await read(page))!;
      expect(back.conversationKey).toBe(first.conversationKey);
      expect(said(back)).toEqual(said(first));
    });
  });
});

describe('Zendesk with two tickets open', () => {
  it('reads only the selected ticket, and the other one once selected', async () => {
    const page = await openDesk(deskFixtures.find((f) => f.id === 'zendesk')!);
    const dana = (await read(page))!;
    expect(dana.customerName).toBe('Dana Whitfield');
    expect(dana.conversationKey).toBe('zendesk:ticket:1042');
    expect(dana.messages.some((m) => m.text.includes('exchange'))).toBe(false);
    await chat(page, (c) => c.switchConversation('1038'));
    const priya = (await read(page))!;
    expect(priya.customerName).toBe('Priya Natarajan');
    expect(priya.conversationKey).toBe('zendesk:ticket:1038');
    expect(said(priya)).toEqual([
      { speaker: 'customer', text: 'Can I change the size on my exchange before it ships?' },
      { speaker: 'agent', text: 'Of course, Priya. Which size would you like instead?' },
    ]);
    await page.close();
  });
});

/** Markup that looks like bits of several desks but is no chat at all, plus traps for walkers. */
const GARBAGE_PAGE = `<!doctype html><html><body>
  <div data-ticket-id="77"><article data-test-id="omni-log-comment-item">stray</article></div>
  <article class="thread customer">no container</article>
  <table><tr><td><li class="slds-chat-listitem_inbound">orphan item</li></td></tr></table>
  <div id="closed-host"></div><div id="open-host"></div>
  <template><ul class="conversation-panel"><li id="message1" class="left">inert</li></ul></template>
  <div id="deep"></div>
  <script>
    document.getElementById('closed-host').attachShadow({ mode: 'closed' }).innerHTML = '<section role="log" class="slds-chat"></section>';
    document.getElementById('open-host').attachShadow({ mode: 'open' }).innerHTML = '<div class="c-conversation-box-content-message--user">x</div><slot></slot>';
    let at = document.getElementById('deep');
    for (let i = 0; i < 400; i++) { const next = document.createElement(i % 2 ? 'div' : 'span'); next.className = 'message ' + i; at.append(next); at = next; }
    at.textContent = 'the bottom';
  </script>
</body></html>`;

describe('pages an adapter must survive', () => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
    await page.route('https://garbage.zendesk.com/**', (route) => route.fulfill({ contentType: 'text/html', body: GARBAGE_PAGE }));
    await page.goto('https://garbage.zendesk.com/agent/tickets/77');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('every built-in adapter reads a garbage page as "no chat", without throwing', async () => {
    const results = await page.evaluate(() => {
      const { builtInAdapters } = (window as unknown as { ComposureAdapters: typeof import('../../src/adapters/registry') }).ComposureAdapters;
      return builtInAdapters.map((adapter) => {
        try {
          return { id: adapter.id, snapshot: adapter.read(document) };
        } catch (error) {
          return { id: adapter.id, threw: String(error) };
        }
      });
    });
    expect(results.filter((result) => 'threw' in result)).toEqual([]);
    expect(results.filter((result) => 'snapshot' in result && result.snapshot !== null).map((r) => r.id)).toEqual([]);
  });

  it('a hostile descriptor reads as "no chat"; hostile optional fields leave a partial read', async () => {
    const zendesk = await openDesk(deskFixtures.find((f) => f.id === 'zendesk')!);
    const outcome = await zendesk.evaluate(() => {
      const { adapterFromDescriptor, builtInAdapters, descriptorProblems } = (window as unknown as { ComposureAdapters: typeof import('../../src/adapters/registry') }).ComposureAdapters;
      const hostile = ':::';
      const everythingHostile = adapterFromDescriptor({
        id: 'hostile', name: 'Hostile', matches: ['https://*/*'], transcript: hostile, message: hostile, text: hostile,
        agentWhen: hostile, customerWhen: hostile, systemWhen: hostile, author: hostile, time: hostile,
        customerName: hostile, composer: hostile, typing: hostile,
      });
      const zendeskDescriptor = builtInAdapters.find((adapter) => adapter.id === 'zendesk')!.descriptor;
      const optionalHostile = adapterFromDescriptor({
        ...zendeskDescriptor, text: hostile, systemWhen: hostile, author: '[unclosed', time: hostile, customerName: hostile, typing: hostile,
      });
      const partial = optionalHostile.read(document);
      return {
        problems: descriptorProblems({ ...zendeskDescriptor, transcript: hostile }),
        full: everythingHostile.read(document),
        partial: partial && { count: partial.messages.length, typing: partial.customerTyping, name: partial.customerName },
      };
    });
    expect(outcome.full).toBeNull();
    expect(outcome.problems).toEqual(['transcript: is not a valid CSS selector: :::']);
    // Without the ticket-pane hook the visible pane is still the one read, text and all.
    expect(outcome.partial?.count).toBeGreaterThan(0);
    expect(outcome.partial?.typing).toBe(false);
    await zendesk.close();
  });
});

describe('Chatwoot typing pill', () => {
  it('counts the contact typing, not a colleague', async () => {
    const page = await openDesk(deskFixtures.find((f) => f.id === 'chatwoot')!);
    // The same pill announces other agents ("Sam Rivera is typing"): getTypingUsersText in
    // chatwoot's helper/commons.js.
    await page.evaluate(() => {
      document.querySelector('.typing-slot')!.innerHTML =
        '<div class="flex rounded-full">Sam Rivera is typing<img src="assets/images/typing.gif" alt="Someone is typing"></div>';
    });
    expect((await read(page))?.customerTyping).toBe(false);
    await chat(page, (c) => c.setTyping(true));
    expect((await read(page))?.customerTyping).toBe(true);
    await page.close();
  });
});

// Fixtures that draw bots' answers and internal notes the way their desk does (player `kind`).
const DRAWS_BOTS_AND_NOTES: Record<string, ('bot' | 'note')[]> = {
  zendesk: ['bot'],
  'zendesk-2026': ['bot'],
  intercom: ['bot'],
  'intercom-content-part': ['note'],
  chatwoot: ['bot', 'note'],
  'chatwoot-v4': ['bot', 'note'],
  'chatwoot-legacy': ['bot'],
  'zammad-desktop': ['note'],
};

describe.concurrent.each(deskFixtures.filter((f) => f.id in DRAWS_BOTS_AND_NOTES))('$id: bots and internal notes', (fixture) => {
  it.each(DRAWS_BOTS_AND_NOTES[fixture.id]!)('reads a %s arriving live as a system line, never a side', async (kind) => {
    const page = await openDesk(fixture);
    const text = kind === 'bot' ? 'Here are three articles about refunds.' : 'Customer is on the VIP list, offer the courier option.';
    await page.evaluate(([k, t]) => {
      window.__chat.addMessage({ speaker: 'customer', text: 'Is anyone reading this?' });
      window.__chat.addMessage({ speaker: 'system', kind: k as 'bot' | 'note', author: k === 'bot' ? 'Answer Bot' : 'Sam Rivera', text: t! });
    }, [kind, text] as const);
    const messages = (await read(page))!.messages;
    expect(messages.slice(-2).map(({ speaker, text: said }) => ({ speaker, text: said }))).toEqual([
      { speaker: 'customer', text: 'Is anyone reading this?' },
      { speaker: 'system', text },
    ]);
    await page.close();
  });
});

// The pill names the contact as the desk knows them, in the agent's language (Chatwoot's TYPING.ONE
// in app/javascript/dashboard/i18n/locale/*/conversation.json): Dana Whitfield typing, then a
// colleague typing.
const PILLS: [string, string, string][] = [
  ['English', 'Dana is typing', 'Sam is typing'],
  ['German', 'Dana tippt', 'Sam tippt'],
  ['German, "schreibt"', 'Dana schreibt …', 'Sam schreibt …'],
  ['French', 'Dana est en train d’écrire', 'Sam est en train d’écrire'],
  ['Spanish', 'Dana está escribiendo', 'Sam está escribiendo'],
  ['Portuguese', 'Dana está digitando', 'Sam está digitando'],
  ['English, two typists', 'Sam and Dana are typing', 'Sam and Priya are typing'],
  ['English, full name', 'Dana Whitfield is typing', 'Sam Rivera is typing'],
];

describe('typing pills by first name and in five languages', () => {
  let chatwoot: Page;
  let zendesk: Page;
  beforeAll(async () => {
    [chatwoot, zendesk] = await Promise.all([openDesk(deskFixtures.find((f) => f.id === 'chatwoot')!), openDesk(deskFixtures.find((f) => f.id === 'zendesk')!)]);
  });
  afterAll(async () => {
    await Promise.all([chatwoot?.close(), zendesk?.close()]);
  });

  /** Chatwoot's typing pill (MessagesView.vue) with these words. */
  const chatwootPill = (page: Page, words: string) =>
    page.evaluate((w) => {
      document.querySelector('.typing-slot')!.innerHTML =
        '<div class="flex rounded-full"><span></span><img src="assets/images/typing.gif" alt="Someone is typing"></div>';
      document.querySelector('.typing-slot span')!.textContent = w;
    }, words);
  /** Zendesk has no typing marker: only the words near the log. */
  const zendeskWords = (page: Page, words: string) =>
    page.evaluate((w) => {
      document.querySelector('[data-ticket-id="1042"] .typing-row')!.textContent = w;
    }, words);

  it.each(PILLS)('%s: the customer typing counts, a colleague does not', async (_language, customer, colleague) => {
    await chatwootPill(chatwoot, customer);
    expect((await read(chatwoot))?.customerTyping).toBe(true);
    await chatwootPill(chatwoot, colleague);
    expect((await read(chatwoot))?.customerTyping).toBe(false);
    await zendeskWords(zendesk, customer);
    expect((await read(zendesk))?.customerTyping).toBe(true);
    await zendeskWords(zendesk, colleague);
    expect((await read(zendesk))?.customerTyping).toBe(false);
  });
});

describe('the health line after a desk update', () => {
  it('names the parts that stopped being found: the reply box, then the sides', async () => {
    const page = await openDesk(deskFixtures.find((f) => f.id === 'chatwoot')!);
    // A desk release that renames the reply box's editor…
    await page.evaluate(() => document.querySelector('.ProseMirror')!.classList.replace('ProseMirror', 'TiptapEditor'));
    const noComposer = await health(page);
    expect(noComposer.parts).toMatchObject({ transcript: 'found', sides: 'found', name: 'found', composer: 'missing' });
    expect(describeHealth(noComposer).line).toContain('Not found: reply box.');
    // …and drops the side classes: every message is left as a system line.
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('.message-bubble-container')) row.classList.remove('justify-start', 'justify-end');
    });
    const noSides = await health(page);
    expect(noSides.parts.sides).toBe('missing');
    expect(describeHealth(noSides).line).toContain('Not found: sides, reply box.');
    await page.close();
  });

  it('says when only one side has spoken so far, rather than that sides are broken', async () => {
    const page = await openDesk(deskFixtures.find((f) => f.id === 'zammad')!);
    await chat(page, (c) => c.switchConversation('44', 'Marcus Oyelaran'));
    await chat(page, (c) => void c.addMessage({ speaker: 'customer', text: 'Hello? I have been waiting for 20 minutes.' }));
    const found = await health(page);
    expect(found.parts.sides).toBe('waiting');
    expect(describeHealth(found).line).toContain('Not seen yet: sides (customer only so far), typing.');
    await page.close();
  });
});
