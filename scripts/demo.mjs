#!/usr/bin/env node
// `npm run demo`: builds the extension, serves a demo helpdesk page on 127.0.0.1, plays a heated
// chat in Chromium with Composure loaded (headed when DISPLAY is set, headless otherwise), prints
// what the panel showed after every turn and saves panel screenshots to demo-output/<time>/.
//
// The page is the Zendesk fixture (tests/fixtures/desks/zendesk.html). The browser asks for it at
// Zendesk's real address (so the production manifest's content-script match applies) and
// Playwright answers from the local server: no request leaves the machine.
//
// Options: --no-build (reuse dist/), --slow (pause between turns, for watching), --headless,
// --firefox (the same chat in Debian's Firefox ESR with the Firefox build, dist-firefox/; see
// scripts/demo/firefoxSession.mjs).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startFirefoxSession } from './demo/firefoxSession.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const firefox = args.has('--firefox');
const DIST = join(ROOT, firefox ? 'dist-firefox' : 'dist');
const DESK_URL = 'https://acme.zendesk.com/agent/tickets/1042';
const PLAYER_PATH = '/__composure_fixtures__/player.js';
const PANEL_PAGE = 'src/sidepanel/index.html';
const CHAT = JSON.parse(readFileSync(join(ROOT, 'scripts/demo/heated-chat.json'), 'utf8'));
const headed = Boolean(process.env.DISPLAY) && !args.has('--headless');
const pauseMs = args.has('--slow') ? 2000 : headed ? 900 : 450;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const clip = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text).padEnd(n);

function build() {
  console.log(`Building the extension (vite build${firefox ? ' --mode firefox' : ''})…`);
  const mode = firefox ? ['--mode', 'firefox'] : [];
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...mode, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

/** The demo helpdesk on 127.0.0.1: the desk page and the chat player it loads. */
async function serveDemoDesk() {
  const files = {
    [PLAYER_PATH]: { type: 'text/javascript', path: join(ROOT, 'tests/fixtures/player.js') },
    page: { type: 'text/html', path: join(ROOT, 'tests/fixtures/desks/zendesk.html') },
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname] ?? files.page;
    res.writeHead(200, { 'content-type': `${file.type}; charset=utf-8` }).end(readFileSync(file.path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// The reframe card's Replace; clicked on the element, since the card may sit among the collapsed ones.
const REPLACE_ON_REFRAME = '[data-suggestion-kind="reframe"] [data-action="replace"]';

/** The demo in Chromium: { desk, panel, insertTop(), replaceWithReframe(), darkTheme?(), close() }, as for Firefox. */
async function startChromiumSession(origin) {
  const profile = mkdtempSync(join(tmpdir(), 'composure-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: null,
    args: [
      ...(headed ? ['--window-size=1400,900'] : ['--headless=new', '--window-size=1400,900']),
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await context.route(`${new URL(DESK_URL).origin}/**`, async (route) => {
      const local = new URL(new URL(route.request().url()).pathname, origin).href;
      await route.fulfill({ response: await route.fetch({ url: local }) });
    });
    const desk = context.pages()[0] ?? (await context.newPage());
    await desk.goto(DESK_URL);
    await desk.bringToFront();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 980 });
    await panel.goto(`chrome-extension://${extensionId}/${PANEL_PAGE}?tab=${tabId}`);
    if (headed) {
      // Dock the panel beside the desk, as an agent would (a click is the user gesture it needs).
      await panel.locator('[data-action="open-side-panel"]').click();
      await desk.bringToFront();
    }
    return {
      desk,
      panel,
      insertTop: () => panel.locator('[data-action="insert"]').first().click(),
      replaceWithReframe: () => panel.locator(REPLACE_ON_REFRAME).first().evaluate((button) => button.click()),
      darkTheme: () => panel.emulateMedia({ colorScheme: 'dark' }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** What the panel shows right now, read from its docs/interfaces.md §7 hooks. */
function readPanel(panel) {
  return panel.evaluate(() => ({
    mood: document.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '',
    flags: [...document.querySelectorAll('li[data-flag-category]')].map((el) => ({
      rule: el.getAttribute('data-rule'),
      message: (el.querySelector('.chip') ? '(draft) ' : '') + (el.querySelector('.flag-text')?.textContent ?? ''),
    })),
    suggestions: [...document.querySelectorAll('[data-suggestion-kind]')].map((el) => ({
      kind: el.getAttribute('data-suggestion-kind'),
      text: el.querySelector('.suggestion-text')?.textContent ?? '',
    })),
    breather: Boolean(document.querySelector('[data-nudge="breather"]')),
    badge: document.querySelectorAll('li[data-flag-category]').length,
  }));
}

function describeStep(step) {
  if (step.customer) return `customer: ${step.customer}`;
  if (step.agent) return `agent:    ${step.agent}`;
  if (step.system) return `system:   ${step.system}`;
  if (step.typing) return 'customer is typing…';
  if (step.draft) return `(draft)   ${step.draft}`;
  if (step.insert) return '(agent clicks Insert on the top suggestion)';
  if (step.replace) return '(agent clicks Replace on the reframe card: it takes the place of the draft)';
  if (step.switch) return `(agent opens the next chat: ${step.switch.customerName})`;
  return JSON.stringify(step);
}

/** The browser the demo drives, installed from Debian's packages when missing (root only). */
function ensureBrowser() {
  execFileSync('bash', [join(ROOT, 'scripts', firefox ? 'ensure-firefox.sh' : 'ensure-chromium.sh')], { stdio: 'inherit' });
}

async function main() {
  ensureBrowser();
  if (!args.has('--no-build')) build();
  const { server, origin } = await serveDemoDesk();
  const session = firefox
    ? await startFirefoxSession({ dist: DIST, headed, deskUrl: DESK_URL, localOrigin: origin, panelPage: PANEL_PAGE })
    : await startChromiumSession(origin);
  const { desk, panel } = session;
  const outDir = join(ROOT, 'demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(outDir, { recursive: true });
  try {
    await desk.evaluate(([id, name]) => window.__chat.switchConversation(id, name), [CHAT.conversation.id, CHAT.conversation.customerName]);
    await sleep(pauseMs);

    console.log(`\nComposure demo (${firefox ? 'Firefox' : 'Chromium'}) — ${CHAT.conversation.customerName}'s chat on a Zendesk page served from ${origin}\n`);
    let n = 0;
    for (const step of CHAT.steps) {
      n += 1;
      if (step.customer) await desk.evaluate((t) => window.__chat.addMessage({ speaker: 'customer', text: t }), step.customer);
      else if (step.agent) await desk.evaluate((t) => window.__chat.addMessage({ speaker: 'agent', text: t }), step.agent);
      else if (step.system) await desk.evaluate((t) => window.__chat.addMessage({ speaker: 'system', text: t }), step.system);
      else if (step.typing !== undefined) await desk.evaluate((on) => window.__chat.setTyping(on), step.typing);
      else if (step.draft) await desk.evaluate((t) => window.__chat.setDraft(t), step.draft);
      else if (step.insert) await session.insertTop();
      else if (step.replace) await session.replaceWithReframe();
      else if (step.switch) await desk.evaluate(([id, name]) => window.__chat.switchConversation(id, name), [step.switch.id, step.switch.customerName]);
      await sleep(pauseMs);

      const shown = await readPanel(panel);
      console.log(`${String(n).padStart(2)}. ${describeStep(step)}`);
      if (step.insert || step.replace) console.log(`    reply box now: "${await desk.evaluate(() => window.__chat.composerText())}"`);
      console.log(`    mood: ${shown.mood || '—'}   badge: ${shown.badge}`);
      for (const flag of shown.flags) console.log(`    ⚑ ${clip(flag.rule ?? '', 44)} ${flag.message}`);
      for (const s of shown.suggestions.slice(0, 2)) console.log(`    ✎ ${clip(s.kind ?? '', 10)} ${s.text}`);
      if (shown.breather) console.log('    ☕ breather nudge shown');
      await panel.screenshot({ path: join(outDir, `${String(n).padStart(2, '0')}-${step.switch ? 'next-chat' : Object.keys(step)[0]}.png`), fullPage: true });
    }
    if (session.darkTheme) {
      await session.darkTheme();
      await panel.screenshot({ path: join(outDir, 'dark-theme.png'), fullPage: true });
    }
    console.log(`\nPanel screenshots: ${relative(process.cwd(), outDir) || outDir}/`);
    if (headed && args.has('--slow')) await sleep(5000);
  } finally {
    await session.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
