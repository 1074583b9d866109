// What Composure costs the helpdesk page, and how fast the panel follows the chat.
// Run: npm run build && npx tsx bench/page-cost.ts [--runs N] [--desk zendesk]
//
// 1. Page main thread: the desk page's own renderer metrics (CDP Performance.getMetrics:
//    ScriptDuration and TaskDuration count every script world, the content script's included),
//    with and without the extension, for page load and for a 20-message chat.
// 2. DOM → panel latency: from the page adding a message to the panel showing it.
// 3. Worker: engine start and per-turn analysis time (off the page's thread by design).
// 4. Start-up: a page that opens with 2,000 messages, traced (CDP Tracing), the content script's
//    tasks attributed exactly: its first task and every slice of its first read.
// Bundle sizes per entry point (bench/bundles.ts). Writes bench/results/page-cost.json, which
// bench/run.ts puts beside the other targets of issue 5 §1.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { deskFixtures, serveDeskFixtures } from '../tests/fixtures/desks/index';
import { launchWithExtension, openPanelTab, tabIdOf } from '../tests/browser/browser';
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, DIST } from '../tests/browser/browser';
import { HEADLESS_FLAGS } from '../tests/helpers/chromium';
import { bundleSizes, printBundleSizes } from './bundles';

const argv = process.argv.slice(2);
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) || 3;
const DESK = argv.includes('--desk') ? argv[argv.indexOf('--desk') + 1]! : 'zendesk';
const desk = deskFixtures.find((d) => d.id === DESK)!;
// A build elsewhere than dist/ (so a bench run does not race another build of the working tree).
const DIST_DIR = argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1]! : DIST;
const CHAT_MESSAGES = 20;

interface PageCost {
  loadScriptMs: number;
  loadTaskMs: number;
  chatScriptMs: number;
  chatTaskMs: number;
  /** The same 20 messages once the chat already holds LONG_CHAT messages. */
  longChatScriptMs: number;
  /** The agent typing a DRAFT, one character every 60 ms, in that long chat. */
  typingScriptMs: number;
  /** HUGE_CHAT_STEADY messages arriving at HUGE_CHAT_RATE once the chat holds HUGE_CHAT messages. */
  hugeChatScriptMs: number;
  hugeChatTaskMs: number;
  /** Long tasks (> 50 ms) on the page's main thread during that phase: how many, the longest. */
  hugeChatLongTasks: number;
  hugeChatLongestTaskMs: number;
  /** Filling the chat from LONG_CHAT + 20 to HUGE_CHAT messages in one go (a history load). */
  hugeLoadLongestTaskMs: number;
  /** Meanwhile, the longest a page timer (a setTimeout(0) chain) waited beyond its due time. */
  hugeLoadTimerDelayMs: number;
  /** Switching to the other ticket and back to the HUGE_CHAT one: two whole reads. */
  switchScriptMs: number;
  switchLongestTaskMs: number;
}

/** The tracker's target: a 2,000-message chat with 10 messages a second arriving. */
const HUGE_CHAT = 2000;
const HUGE_CHAT_STEADY = 100;
const HUGE_CHAT_RATE_PER_S = 10;

const DRAFT = 'I am so sorry about this, let me look right now.';

const LONG_CHAT = 300;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value * (m.name.endsWith('Duration') ? 1000 : 1)]));
}

/**
 * Waits until the page's script time stops growing (under 2 ms in 300 ms): a history load's read
 * runs in slices for a second or more, and must not spill into the next phase's measurement.
 */
async function settle(page: Page, cdp: CDPSession): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (let before = (await metrics(cdp))['ScriptDuration']!; Date.now() < deadline; ) {
    await page.waitForTimeout(300);
    const now = (await metrics(cdp))['ScriptDuration']!;
    if (now - before < 2) return;
    before = now;
  }
}

// A page timer chain (setTimeout(0) again and again) that notes how late each one ran past its
// due time: what an extension's slices cost the page's own timers. A string, so the bench's
// bundler adds no helpers to a function that runs in the page.
const START_TIMER_PROBE = `(() => {
  const w = window; w.__timerLate = 0; w.__timerProbeOn = true;
  const tick = (due) => { const late = performance.now() - due; if (late > w.__timerLate) w.__timerLate = late;
    if (w.__timerProbeOn) { const next = performance.now() + 4; setTimeout(() => tick(next), 0); } };
  const first = performance.now() + 4; setTimeout(() => tick(first), 0);
})()`;
const STOP_TIMER_PROBE = '(() => { window.__timerProbeOn = false; return window.__timerLate; })()';

async function playChat(page: Page, afterEach?: (i: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < CHAT_MESSAGES; i++) {
    const speaker = i % 2 ? 'agent' : 'customer';
    await page.evaluate(
      ([s, t]) => (window as unknown as { __chat: { addMessage(l: object): void } }).__chat.addMessage({ speaker: s, text: t }),
      [speaker, `${speaker === 'customer' ? 'This is still not fixed!!' : 'I understand, let me check that for you.'} (${i})`],
    );
    await (afterEach ? afterEach(i) : page.waitForTimeout(150));
  }
}

async function measurePage(context: BrowserContext): Promise<PageCost> {
  await serveDeskFixtures(context, [desk]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(desk.url);
  await page.waitForTimeout(1500);
  const loaded = await metrics(cdp);
  await playChat(page);
  await page.waitForTimeout(500);
  const chatted = await metrics(cdp);
  await page.evaluate((n) => {
    const chat = (window as unknown as { __chat: { addMessage(l: object): void } }).__chat;
    for (let i = 0; i < n; i++) chat.addMessage({ speaker: i % 2 ? 'agent' : 'customer', text: `Earlier message ${i}: the parcel tracking has not moved since Monday.` });
  }, LONG_CHAT);
  await page.waitForTimeout(1000);
  const long = await metrics(cdp);
  await playChat(page);
  await page.waitForTimeout(500);
  const longChatted = await metrics(cdp);
  for (let i = 1; i <= DRAFT.length; i++) {
    await page.evaluate((t) => (window as unknown as { __chat: { setDraft(t: string): void } }).__chat.setDraft(t), DRAFT.slice(0, i));
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  const typed = await metrics(cdp);

  // Long tasks are counted by the page's own observer: it sees every task of the renderer's main
  // thread, the content script's isolated world included.
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const takeLongTasks = () =>
    page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      const tasks = w.__longTasks;
      w.__longTasks = [];
      return tasks;
    });
  // The probe starts once the page has drawn the history (its own layout is not ours to count).
  await page.evaluate((n) => {
    const chat = (window as unknown as { __chat: { addMessage(l: object): void } }).__chat;
    for (let i = 0; i < n; i++) chat.addMessage({ speaker: i % 2 ? 'agent' : 'customer', text: `History ${i}: I ordered the blue one and got the red one, twice now.` });
  }, HUGE_CHAT - LONG_CHAT - 2 * CHAT_MESSAGES - 3);
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(${START_TIMER_PROBE}), 0)))`);
  await page.waitForTimeout(1500);
  await settle(page, cdp);
  const hugeLoadTimerDelayMs = Number(await page.evaluate(STOP_TIMER_PROBE));
  const hugeLoadTasks = await takeLongTasks();
  const huge = await metrics(cdp);
  // The tracker's scenario: messages keep arriving at 10 a second; the content script's quiet
  // window (60 ms, at most 250 ms) is shorter than the gap, so every message is one read.
  await page.evaluate(
    ([n, rate]) =>
      new Promise<void>((resolve) => {
        const chat = (window as unknown as { __chat: { addMessage(l: object): void } }).__chat;
        let i = 0;
        const timer = setInterval(() => {
          chat.addMessage({ speaker: i % 2 ? 'agent' : 'customer', text: `Live ${i}: still no refund, this is unacceptable!!` });
          if (++i === n) {
            clearInterval(timer);
            resolve();
          }
        }, 1000 / rate);
      }),
    [HUGE_CHAT_STEADY, HUGE_CHAT_RATE_PER_S] as const,
  );
  await page.waitForTimeout(500);
  const hugeChatted = await metrics(cdp);
  const hugeTasks = await takeLongTasks();
  // The fixture switches tabs with attributes the content script does not watch (as in the e2e
  // tests): a message in the newly shown ticket is what makes it read.
  for (const ticket of ['1038', '1042']) {
    await page.evaluate((id) => {
      const chat = (window as unknown as { __chat: { switchConversation(id: string): void; addMessage(l: object): void } }).__chat;
      chat.switchConversation(id);
      chat.addMessage({ speaker: 'customer', text: `Back on ticket ${id}: any news?` });
    }, ticket);
    // Showing a 2,000-message pane costs the page itself hundreds of ms of layout before any timer runs.
    await page.waitForTimeout(2000);
  }
  const switched = await metrics(cdp);
  const switchTasks = await takeLongTasks();
  await page.close();
  const longest = (tasks: number[]) => Math.max(0, ...tasks);
  return {
    hugeChatScriptMs: hugeChatted['ScriptDuration']! - huge['ScriptDuration']!,
    hugeChatTaskMs: hugeChatted['TaskDuration']! - huge['TaskDuration']!,
    hugeChatLongTasks: hugeTasks.length,
    hugeChatLongestTaskMs: longest(hugeTasks),
    hugeLoadLongestTaskMs: longest(hugeLoadTasks),
    hugeLoadTimerDelayMs,
    switchScriptMs: switched['ScriptDuration']! - hugeChatted['ScriptDuration']!,
    switchLongestTaskMs: longest(switchTasks),
    typingScriptMs: typed['ScriptDuration']! - longChatted['ScriptDuration']!,
    longChatScriptMs: longChatted['ScriptDuration']! - long['ScriptDuration']!,
    loadScriptMs: loaded['ScriptDuration']!,
    loadTaskMs: loaded['TaskDuration']!,
    chatScriptMs: chatted['ScriptDuration']! - loaded['ScriptDuration']!,
    chatTaskMs: chatted['TaskDuration']! - loaded['TaskDuration']!,
  };
}

/** What the content script costs a page that opens with HUGE_CHAT messages, task by task. */
interface Startup {
  /** The content script's first task: evaluation, start-up and the first slice of the read. */
  startupTaskMs: number;
  /** Tasks that read on (background postTask callbacks): how many, the longest, the total. */
  slices: number;
  longestSliceMs: number;
  slicesTotalMs: number;
  /** Slices longer than 50 ms. */
  longSlices: number;
  /** From the content script's start until the whole transcript was read. */
  readDoneMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Trace events that run a content-script slice: a background postTask callback (or a yield continuation in older builds). */
const SLICE_EVENTS = new Set(['RunPostTaskCallback', 'RunYieldContinuation']);

/**
 * Traces the page's renderer (CDP Tracing) while it opens with a HUGE_CHAT-message ticket. Tasks
 * are attributed exactly: the one that evaluates the content script (its URL is the extension's),
 * and the tasks that run a background `scheduler.postTask` callback, which only the content script uses.
 */
async function measureStartup(context: BrowserContext): Promise<Startup> {
  await serveDeskFixtures(context, [desk]);
  const page = await context.newPage();
  await page.addInitScript((count) => {
    document.addEventListener('DOMContentLoaded', () => {
      const chat = (window as unknown as { __chat: { addMessage(l: object): void } }).__chat;
      for (let i = 0; i < count; i++) chat.addMessage({ speaker: i % 2 ? 'agent' : 'customer', text: `History ${i}: I ordered the blue one and got the red one, twice now.` });
    });
  }, HUGE_CHAT);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  } as never);
  await page.goto(desk.url);
  await page.waitForTimeout(4000);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://'));
  if (!evaluation) throw new Error('the content script did not run');
  const tasks = events.filter((e) => e.name === 'RunTask' && e.pid === evaluation.pid && e.tid === evaluation.tid);
  const taskOf = (e: TraceEvent) => tasks.find((t) => t.ts <= e.ts && e.ts <= t.ts + t.dur!);
  const startup = taskOf(evaluation) ?? evaluation;
  const slices = [
    ...new Set(events.filter((e) => SLICE_EVENTS.has(e.name) && e.pid === evaluation.pid).map(taskOf).filter((t) => t !== undefined)),
  ];
  const durations = slices.map((t) => t.dur! / 1000);
  const end = Math.max(startup.ts + startup.dur!, ...slices.map((t) => t.ts + t.dur!));
  return {
    startupTaskMs: startup.dur! / 1000,
    slices: slices.length,
    longestSliceMs: Math.max(0, ...durations),
    slicesTotalMs: durations.reduce((a, b) => a + b, 0),
    longSlices: durations.filter((d) => d > 50).length,
    readDoneMs: (end - startup.ts) / 1000,
  };
}

async function withoutExtension(): Promise<PageCost> {
  const profile = mkdtempSync(join(tmpdir(), 'composure-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: HEADLESS_FLAGS,
  });
  try {
    return await measurePage(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function withExtension(): Promise<{ cold: PageCost; cost: PageCost; startup: Startup; latencies: number[]; engineStartMs: number; firstAnalysisMs: number; analysisMs: number[] }> {
  const browser = await launchWithExtension({ dist: DIST_DIR });
  try {
    // Cold: the worker builds the engine while this page loads (competing for the CPU).
    const cold = await measurePage(browser.context);
    // Warm: the engine is up; what the content script itself costs the page.
    const cost = await measurePage(browser.context);
    const startup = await measureStartup(browser.context);
    // Latency and worker timings on a fresh page with the panel open.
    const page = await browser.context.newPage();
    await page.goto(desk.url);
    const tabId = await tabIdOf(browser.worker, page);
    const panel = await openPanelTab(browser, tabId);
    await panel.locator('[data-engine-start-ms]').waitFor({ timeout: 10_000 });
    const engineStartMs = Number(await panel.getAttribute('[data-engine-start-ms]', 'data-engine-start-ms'));
    const firstAnalysisMs = Number(await panel.getAttribute('[data-analysis-ms]', 'data-analysis-ms'));
    const latencies: number[] = [];
    const analysisMs: number[] = [];
    await page.bringToFront();
    for (let i = 0; i < CHAT_MESSAGES; i++) {
      const before = Number(await panel.getAttribute('[data-turn-count]', 'data-turn-count'));
      // The panel timestamps the moment its turn count passes `before`; the page stamps the send.
      const seen = panel.evaluate(
        (count) =>
          new Promise<number>((resolve) => {
            const root = document.querySelector('[data-turn-count]')!;
            new MutationObserver(() => {
              if (Number(root.getAttribute('data-turn-count')) > count) resolve(Date.now());
            }).observe(root, { attributes: true });
          }),
        before,
      );
      const sentAt = await page.evaluate((t) => {
        const at = Date.now();
        (window as unknown as { __chat: { addMessage(l: object): void } }).__chat.addMessage({ speaker: 'customer', text: t });
        return at;
      }, `Message ${i}: I have been waiting for a week and nobody answers!!`);
      latencies.push((await seen) - sentAt);
      analysisMs.push(Number(await panel.getAttribute('[data-analysis-ms]', 'data-analysis-ms')));
      await page.waitForTimeout(100);
    }
    return { cold, cost, startup, latencies, engineStartMs, firstAnalysisMs, analysisMs };
  } finally {
    await browser.close();
  }
}

const base: PageCost[] = [];
const ext: PageCost[] = [];
const cold: PageCost[] = [];
const latencies: number[] = [];
const analyses: number[] = [];
const starts: { engineStartMs: number; firstAnalysisMs: number }[] = [];
const startups: Startup[] = [];
for (let run = 0; run < RUNS; run++) {
  base.push(await withoutExtension());
  const measured = await withExtension();
  ext.push(measured.cost);
  cold.push(measured.cold);
  startups.push(measured.startup);
  latencies.push(...measured.latencies);
  analyses.push(...measured.analysisMs);
  starts.push({ engineStartMs: measured.engineStartMs, firstAnalysisMs: measured.firstAnalysisMs });
}

const row = (label: string, key: keyof PageCost) => {
  const b = median(base.map((c) => c[key]));
  const w = median(ext.map((c) => c[key]));
  const c = median(cold.map((x) => x[key]));
  return `  ${label.padEnd(34)} ${ms(b).padStart(10)} ${ms(w).padStart(10)} ${ms(w - b).padStart(10)} ${ms(c).padStart(12)}`;
};
console.log(`Page cost on the ${desk.id} fixture, medians of ${RUNS} runs (renderer main thread of the desk page); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores:`);
console.log(`  ${''.padEnd(34)} ${'without'.padStart(10)} ${'with'.padStart(10)} ${'cost'.padStart(10)} ${'with, cold'.padStart(12)}`);
console.log(row('script, page load', 'loadScriptMs'));
console.log(row('all tasks, page load', 'loadTaskMs'));
console.log(row(`script, ${CHAT_MESSAGES}-message chat`, 'chatScriptMs'));
console.log(row(`all tasks, ${CHAT_MESSAGES}-message chat`, 'chatTaskMs'));
console.log(row(`script, ${CHAT_MESSAGES} more after ${LONG_CHAT}`, 'longChatScriptMs'));
console.log(row(`script, typing ${DRAFT.length} chars after ${LONG_CHAT + CHAT_MESSAGES}`, 'typingScriptMs'));
console.log(row(`script, ${HUGE_CHAT_STEADY} more at ${HUGE_CHAT_RATE_PER_S}/s after ${HUGE_CHAT}`, 'hugeChatScriptMs'));
console.log(row(`all tasks, same`, 'hugeChatTaskMs'));
console.log(row(`long tasks (count), same`, 'hugeChatLongTasks').replace(/ ms/g, '   '));
console.log(row(`longest task, same`, 'hugeChatLongestTaskMs'));
console.log(row(`longest task, history to ${HUGE_CHAT}`, 'hugeLoadLongestTaskMs'));
console.log(row(`page timer's longest delay, same`, 'hugeLoadTimerDelayMs'));
console.log(row(`script, switch ticket and back`, 'switchScriptMs'));
console.log(row(`longest task, same`, 'switchLongestTaskMs'));
const perMessage = (key: keyof PageCost, n: number) => ms((median(ext.map((c) => c[key])) - median(base.map((c) => c[key]))) / n);
console.log(
  `Per message (script, with − without): ${perMessage('chatScriptMs', CHAT_MESSAGES)} in a ${CHAT_MESSAGES}-message chat, ` +
    `${perMessage('longChatScriptMs', CHAT_MESSAGES)} at ${LONG_CHAT}, ${perMessage('hugeChatScriptMs', HUGE_CHAT_STEADY)} at ${HUGE_CHAT} (${HUGE_CHAT_RATE_PER_S}/s)`,
);
console.log(`DOM → panel latency over ${latencies.length} messages: median ${ms(median(latencies))}, p95 ${ms(p95(latencies))}, max ${ms(Math.max(...latencies))}`);
console.log(`Worker: engine construction median ${ms(median(starts.map((s) => s.engineStartMs)))}; first analysis (wink model init + history) median ${ms(median(starts.map((s) => s.firstAnalysisMs)))}; per turn median ${ms(median(analyses))}, p95 ${ms(p95(analyses))}`);
const startup = (key: keyof Startup) => median(startups.map((s) => s[key]));
console.log(
  `Start-up with a ${HUGE_CHAT}-message ticket open (trace, content script's tasks only): first task ${ms(startup('startupTaskMs'))}; ` +
    `then ${startup('slices')} slices, longest ${ms(startup('longestSliceMs'))}, ${startup('longSlices')} over 50 ms, ${ms(startup('slicesTotalMs'))} in all; ` +
    `whole transcript read ${ms(startup('readDoneMs'))} after the script started`,
);
const sizes = bundleSizes(DIST_DIR);
printBundleSizes(sizes);

// For bench/run.ts's summary of issue 5 §1's targets.
const perMessageMs = (median(ext.map((c) => c.hugeChatScriptMs)) - median(base.map((c) => c.hugeChatScriptMs))) / HUGE_CHAT_STEADY;
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  join(import.meta.dirname, 'results', 'page-cost.json'),
  JSON.stringify(
    {
      desk: desk.id,
      runs: RUNS,
      startup: Object.fromEntries((Object.keys(startups[0]!) as (keyof Startup)[]).map((k) => [k, startup(k)])),
      longTasksAfterStartup: {
        steadyWithout: median(base.map((c) => c.hugeChatLongTasks)),
        steadyWith: median(ext.map((c) => c.hugeChatLongTasks)),
        switchLongestWithMs: median(ext.map((c) => c.switchLongestTaskMs)),
        historyLoadLongestWithMs: median(ext.map((c) => c.hugeLoadLongestTaskMs)),
        historyLoadLongestWithoutMs: median(base.map((c) => c.hugeLoadLongestTaskMs)),
        historyLoadTimerDelayWithMs: median(ext.map((c) => c.hugeLoadTimerDelayMs)),
        historyLoadTimerDelayWithoutMs: median(base.map((c) => c.hugeLoadTimerDelayMs)),
      },
      perMessageMs: Math.round(perMessageMs * 100) / 100,
      latencyMs: { p50: median(latencies), p95: p95(latencies), max: Math.max(...latencies) },
      bundles: sizes.map(({ entry, rawBytes, gzipBytes }) => ({ entry, rawBytes, gzipBytes })),
    },
    null,
    2,
  ),
);
