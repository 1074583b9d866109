// Every built-in desk adapter against its fixture page, in the real Chromium: one browser,
// one page per desk, pages served at the desks' real addresses (tests/fixtures/desks/index.ts).
// The adapters are bundled exactly as the content script would carry them and injected
// before the page's own scripts.
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatSnapshot } from '../../src/adapters/types';
import { deskFixtures, serveDeskFixtures, type DeskFixture } from '../fixtures/desks/index';

const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

/** A snapshot as it crosses from the page: the composer element becomes its tag name. */
type PageSnapshot = Omit<ChatSnapshot, 'composer'> & { composer: string | null; adapter: string };
interface ScriptLine { speaker: string; text: string; author?: string }

let browser: Browser;
let context: BrowserContext;

async function bundleAdapters(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('../../src/adapters/registry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'ComposureAdapters',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  // Init scripts run wrapped in a function: publish the bundle's global explicitly.
  return `${result.outputFiles[0]!.text};globalThis.ComposureAdapters = ComposureAdapters;`;
}

beforeAll(async () => {
  const [bundle, launched] = await Promise.all([
    bundleAdapters(),
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: false, args: CHROMIUM_FLAGS }),
  ]);
  browser = launched;
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: bundle });
  await serveDeskFixtures(context);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

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

function chat<T>(page: Page, drive: (chat: Record<string, (...args: never[]) => unknown>) => T): Promise<T> {
  return page.evaluate(`(${drive.toString()})(window.__chat)`) as Promise<T>;
}

const script = (page: Page) => chat(page, (c) => c.script!()) as Promise<ScriptLine[]>;
const said = (snapshot: PageSnapshot | null) => snapshot?.messages.map(({ speaker, text }) => ({ speaker, text }));
const expected = (lines: ScriptLine[]) => lines.map(({ speaker, text }) => ({ speaker, text }));

async function openDesk(fixture: DeskFixture): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fixture.url);
  await page.waitForFunction(() => '__chat' in window);
  return page;
}

describe.each(deskFixtures)('$id fixture read by the $desk adapter', (fixture) => {
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
    const customer = lines.find((line) => line.speaker === 'customer')!.author;
    expect(snapshot?.customerName).toBe(customer);
    expect(snapshot?.composer).not.toBeNull();
    expect(snapshot?.customerTyping).toBe(false);
  });

  it('reads new messages from the customer, the agent and the system', async () => {
    await chat(page, (c) => {
      c.addMessage!({ speaker: 'customer', text: 'Why does nobody ever call me back? I want a refund NOW.' } as never);
      c.addMessage!({ speaker: 'agent', text: 'I understand, Dana. I have started the refund and will email you the confirmation.' } as never);
    });
    expect(said(await read(page))).toEqual(expected(await script(page)));
  });

  it('sees the customer typing and stopping', async () => {
    await chat(page, (c) => c.setTyping!(true as never));
    expect((await read(page))?.customerTyping).toBe(true);
    await chat(page, (c) => c.setTyping!(false as never));
    expect((await read(page))?.customerTyping).toBe(false);
  });

  it('reads the unsent draft', async () => {
    await chat(page, (c) => c.setDraft!('I completely understand how frustrating this is.' as never));
    const snapshot = await read(page);
    expect(snapshot?.draft).toBe('I completely understand how frustrating this is.');
    expect(snapshot?.draft).toBe(await chat(page, (c) => c.composerText!()));
  });

  it('keeps keys when a virtualised list drops and redraws nodes', async () => {
    const before = (await read(page))!.messages.map((m) => m.key);
    expect(new Set(before).size).toBe(before.length);
    await chat(page, (c) => c.rerender!());
    expect((await read(page))!.messages.map((m) => m.key)).toEqual(before);
    await chat(page, (c) => c.rerender!(2 as never));
    expect((await read(page))!.messages.map((m) => m.key)).toEqual(before.slice(-2));
    await chat(page, (c) => c.rerender!());
  });

  it('reads an edit as new text under the desk id, without a duplicate', async () => {
    const before = (await read(page))!.messages;
    await chat(page, (c) => c.editLast!('Refund started: you will see it in 3 to 5 working days.' as never));
    const after = (await read(page))!.messages;
    expect(after).toHaveLength(before.length);
    expect(after.at(-1)?.text).toBe('Refund started: you will see it in 3 to 5 working days.');
    if (before.at(-1)!.key.startsWith('id:')) expect(after.at(-1)?.key).toBe(before.at(-1)?.key);
  });

  it('changes the conversation key on a switch, and back', async () => {
    const first = (await read(page))!;
    const firstId = await chat(page, (c) => c.conversationId!());
    await chat(page, (c) => c.switchConversation!('9107' as never, 'Marcus Oyelaran' as never));
    await chat(page, (c) => {
      c.addMessage!({ speaker: 'customer', text: 'Hello? Is anyone there? I have been waiting for 20 minutes.' } as never);
    });
    const second = (await read(page))!;
    expect(second.conversationKey).not.toBe(first.conversationKey);
    expect(second.customerName).toBe('Marcus Oyelaran');
    expect(said(second)).toEqual([{ speaker: 'customer', text: 'Hello? Is anyone there? I have been waiting for 20 minutes.' }]);
    await page.evaluate((id) => (window as unknown as { __chat: { switchConversation(id: unknown): void } }).__chat.switchConversation(id), firstId);
    const back = (await read(page))!;
    expect(back.conversationKey).toBe(first.conversationKey);
    expect(said(back)).toEqual(said(first));
  });
});

describe('Zendesk with two tickets open', () => {
  it('reads only the selected ticket, and the other one once selected', async () => {
    const page = await openDesk(deskFixtures.find((f) => f.id === 'zendesk')!);
    const dana = (await read(page))!;
    expect(dana.customerName).toBe('Dana Whitfield');
    expect(dana.conversationKey).toBe('zendesk:ticket:1042');
    expect(dana.messages.some((m) => m.text.includes('exchange'))).toBe(false);
    await chat(page, (c) => c.switchConversation!('1038' as never));
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
