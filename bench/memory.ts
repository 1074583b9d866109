// What Composure keeps in memory: on the helpdesk page (the content script's isolated world
// shares the page's V8 heap, so it is the page's heap with the extension minus without it, in
// one run) and in the service worker (CDP on the worker target), and whether closed
// conversations are given back.
// Run: npm run build && npx tsx bench/memory.ts [--dist DIR]
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, DIST, launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from '../tests/browser/browser';
import { deskFixtures, serveDeskFixtures } from '../tests/fixtures/desks/index';
import { HEADLESS_FLAGS } from '../tests/helpers/chromium';

const desk = deskFixtures.find((d) => d.id === 'zendesk')!;
const LONG_CHAT = 2000;
const WORKER_CHAT = 10_000;
const SWITCHES = 20;
const CLOSED_TABS = 3;
const MB = 1024 * 1024;

export interface MemoryResult {
  /** Page heap after GC, a 2,000-message ticket open: without and with the extension. */
  pageHeapWithoutMb: number;
  pageHeapWithMb: number;
  /** The same after switching tickets SWITCHES times (the desk keeps both panes mounted). */
  pageHeapWithoutAfterSwitchesMb: number;
  pageHeapWithAfterSwitchesMb: number;
  /** Worker heap after GC: engine loaded, no tab; with a 10,000-message tab; after it closed. */
  workerBaselineMb: number;
  workerWith10kMb: number;
  workerAfterCloseMb: number;
  /** Worker heap after CLOSED_TABS 2,000-message tabs were opened, read and closed. */
  workerAfterTabsClosedMb: number;
  workerWithTabsOpenMb: number;
  /** The turns a TabConversation keeps for 10,000 short chat lines (Node's V8, same objects). */
  turnObjectsMb: number;
}

const mb = (bytes: number) => Math.round((bytes / MB) * 100) / 100;

/** Opens the desk with `n` messages already on the page when the content script arrives. */
async function openLongTicket(context: BrowserContext, n: number): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((count) => {
    document.addEventListener('DOMContentLoaded', () => {
      const chat = (window as unknown as { __chat: { addMessage(l: object): void } }).__chat;
      for (let i = 0; i < count; i++) {
        chat.addMessage({ speaker: i % 2 ? 'agent' : 'customer', text: `History ${i}: I ordered the blue one and got the red one, twice now.` });
      }
    });
  }, n);
  // The desk page itself takes seconds to draw 10,000 messages.
  await page.goto(desk.url, { timeout: 300_000 });
  return page;
}

async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** Page heap with a long ticket open, then after switching tickets back and forth. */
async function measurePage(context: BrowserContext): Promise<[number, number]> {
  await serveDeskFixtures(context, [desk]);
  const page = await openLongTicket(context, LONG_CHAT);
  const cdp = await context.newCDPSession(page);
  await page.waitForTimeout(3000);
  const loaded = await pageHeap(cdp);
  for (let i = 0; i < SWITCHES; i++) {
    await page.evaluate((id) => {
      const chat = (window as unknown as { __chat: { switchConversation(id: string): void; addMessage(l: object): void } }).__chat;
      chat.switchConversation(id);
      chat.addMessage({ speaker: 'customer', text: `Back on ticket ${id}: any news?` });
    }, i % 2 ? '1042' : '1038');
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(1000);
  const switched = await pageHeap(cdp);
  await page.close();
  return [loaded, switched];
}

/** A CDP line to the extension's service worker, through the page session's Target domain. */
async function workerSession(context: BrowserContext): Promise<{ send(method: string, params?: object): Promise<Record<string, unknown>>; close(): Promise<void> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; targetId: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))!;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  let lastId = 0;
  const waiting = new Map<number, (result: Record<string, unknown>) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? {});
  });
  return {
    send(method, params = {}) {
      const id = ++lastId;
      const answer = new Promise<Record<string, unknown>>((resolve) => waiting.set(id, resolve));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) } as never);
      return answer;
    },
    close: () => page.close(),
  };
}

async function workerHeap(worker: Awaited<ReturnType<typeof workerSession>>): Promise<number> {
  await worker.send('HeapProfiler.collectGarbage');
  await worker.send('HeapProfiler.collectGarbage');
  return (await worker.send('Runtime.getHeapUsage'))['usedSize'] as number;
}

/** Opens a long ticket and waits until the worker has analysed all of it (the panel says so). */
async function readIntoWorker(browser: ExtensionBrowser, n: number): Promise<Page[]> {
  const page = await openLongTicket(browser.context, n);
  const tabId = await tabIdOf(browser.worker, page);
  const panel = await openPanelTab(browser, tabId);
  await panel.waitForFunction((count) => Number(document.querySelector('[data-turn-count]')?.getAttribute('data-turn-count')) >= count, n, { timeout: 300_000, polling: 500 });
  return [page, panel];
}

/** The Turn objects a TabConversation keeps for `n` chat lines, measured in this Node's V8. */
function turnObjectsBytes(n: number): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  const turns = Array.from({ length: n }, (_, i) => ({
    speaker: i % 2 ? 'agent' : 'customer',
    text: `History ${i}: I ordered the blue one and got the red one, twice now.`.split('').join(''),
    at: 1_764_000_000_000 + i,
  }));
  gc();
  const after = process.memoryUsage().heapUsed;
  return turns.length ? after - before : 0;
}

async function withoutExtension(): Promise<[number, number]> {
  const profile = mkdtempSync(join(tmpdir(), 'composure-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: false, args: HEADLESS_FLAGS });
  try {
    return await measurePage(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function runMemoryBench(dist = DIST): Promise<MemoryResult> {
  const [pageHeapWithout, pageHeapWithoutAfterSwitches] = await withoutExtension();
  const browser = await launchWithExtension({ dist });
  try {
    const [pageHeapWith, pageHeapWithAfterSwitches] = await measurePage(browser.context);
    const worker = await workerSession(browser.context);
    // The engine (rules, wink model) is built on the first conversation: load it, then measure.
    const warm = await readIntoWorker(browser, 3);
    for (const p of warm) await p.close();
    const baseline = await workerHeap(worker);
    const big = await readIntoWorker(browser, WORKER_CHAT);
    const with10k = await workerHeap(worker);
    for (const p of big) await p.close();
    await new Promise((r) => setTimeout(r, 1000));
    const afterClose = await workerHeap(worker);
    const open: Page[] = [];
    for (let i = 0; i < CLOSED_TABS; i++) open.push(...(await readIntoWorker(browser, LONG_CHAT)));
    const withTabs = await workerHeap(worker);
    for (const p of open) await p.close();
    await new Promise((r) => setTimeout(r, 1000));
    const afterTabs = await workerHeap(worker);
    await worker.close();
    return {
      pageHeapWithoutMb: mb(pageHeapWithout),
      pageHeapWithMb: mb(pageHeapWith),
      pageHeapWithoutAfterSwitchesMb: mb(pageHeapWithoutAfterSwitches),
      pageHeapWithAfterSwitchesMb: mb(pageHeapWithAfterSwitches),
      workerBaselineMb: mb(baseline),
      workerWith10kMb: mb(with10k),
      workerAfterCloseMb: mb(afterClose),
      workerWithTabsOpenMb: mb(withTabs),
      workerAfterTabsClosedMb: mb(afterTabs),
      turnObjectsMb: mb(turnObjectsBytes(WORKER_CHAT)),
    };
  } finally {
    await browser.close();
  }
}

export function printMemory(m: MemoryResult): void {
  const r2 = (x: number) => x.toFixed(2);
  const addedLoaded = m.pageHeapWithMb - m.pageHeapWithoutMb;
  const addedSwitched = m.pageHeapWithAfterSwitchesMb - m.pageHeapWithoutAfterSwitchesMb;
  console.log(`Memory (V8 heap after GC, ${desk.id} fixture):`);
  console.log(`  page heap, ${LONG_CHAT}-message ticket: without ${r2(m.pageHeapWithoutMb)} MB, with ${r2(m.pageHeapWithMb)} MB → content script adds ${r2(addedLoaded)} MB`);
  console.log(`  same after ${SWITCHES} ticket switches: without ${r2(m.pageHeapWithoutAfterSwitchesMb)} MB, with ${r2(m.pageHeapWithAfterSwitchesMb)} MB → adds ${r2(addedSwitched)} MB (${r2(addedSwitched / addedLoaded)}× the first)`);
  const per10k = m.workerWith10kMb - m.workerBaselineMb;
  console.log(`  worker: engine loaded ${r2(m.workerBaselineMb)} MB; with a ${WORKER_CHAT}-message tab ${r2(m.workerWith10kMb)} MB (+${r2(per10k)} MB, ${((per10k * MB) / WORKER_CHAT / 1024).toFixed(2)} KiB/turn); tab closed ${r2(m.workerAfterCloseMb)} MB (${r2((m.workerAfterCloseMb - m.workerBaselineMb) / per10k)}× of the added kept)`);
  console.log(`  worker: ${CLOSED_TABS} tabs of ${LONG_CHAT} open ${r2(m.workerWithTabsOpenMb)} MB, closed ${r2(m.workerAfterTabsClosedMb)} MB (${r2(m.workerAfterTabsClosedMb / m.workerBaselineMb)}× the baseline)`);
  console.log(`  turn objects a TabConversation keeps for ${WORKER_CHAT} short lines: ${Number.isNaN(m.turnObjectsMb) ? 'n/a (run node with --expose-gc)' : `${r2(m.turnObjectsMb)} MB`}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const result = await runMemoryBench(argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : DIST);
  printMemory(result);
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'memory.json'), JSON.stringify(result, null, 2));
}
