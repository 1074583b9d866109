// `composure report`: the page a QA lead opens, rendered in real Chromium from the built bin, and
// the --json summary a script reads. Transcript text is untrusted: it must show as text.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEADLESS_FLAGS } from '../helpers/chromium';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/composure.mjs');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ANNOTATED = 'docs/examples/qa-annotated.jsonl';

function composure(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmpFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'composure-report-')), name);
  writeFileSync(path, text);
  return path;
}

// A customer who pastes markup: it must reach the page as the characters they typed.
const PAYLOAD = `<script>document.title="pwned"</script><img src=x onerror="document.body.dataset.pwned=1"><b>bold</b>`;
const HOSTILE = {
  id: 'chat-<i>7731</i>',
  customer: { name: 'Morgan Lee' },
  turns: [
    { speaker: 'customer', text: `This is the THIRD time I'm contacting you!!! Your form shows ${PAYLOAD} instead of my invoice.`, at: '2026-11-24T16:00:00Z' },
    { speaker: 'agent', text: 'What is your account email?', at: '2026-11-24T16:00:30Z' },
  ],
  expect: [{ turn: 0, category: 'anger', rule: 'anger.repeat-contact' }],
};

describe('composure report --json', () => {
  it('counts hits per rule and category and scores them against expected flags', () => {
    const r = composure('report', ANNOTATED, '--json', '--jobs', '2');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.totals).toMatchObject({ conversations: 3, annotatedConversations: 3, expectations: 8 });
    const rule = (id: string) => summary.rules.find((x: { rule: string }) => x.rule === id);
    const category = (id: string) => summary.categories.find((x: { category: string }) => x.category === id);
    // anger.repeat-contact fires at qa-2001#0 ("nobody answers my emails", annotated anger with no
    // rule), qa-2001#2 and qa-2003#0 (both annotated with that rule).
    expect(rule('anger.repeat-contact')).toMatchObject({ category: 'anger', hits: 3, conversations: 2, score: { raised: 3, expected: 2, precision: 1, recall: 1 } });
    expect(rule('anger.repeat-contact').turns).toEqual([
      { transcript: 'qa-2001', turn: 0, verdict: 'expected' },
      { transcript: 'qa-2001', turn: 2, verdict: 'expected' },
      { transcript: 'qa-2003', turn: 0, verdict: 'expected' },
    ]);
    // No expectation names anger.insult: precision only, recall undefined.
    expect(rule('anger.insult').score).toMatchObject({ raised: 2, correct: 0, precision: 0, recall: null });
    // anger turns raised: qa-2001#0, #2, qa-2003#0, #3, #5; expected: qa-2001#0, #2, qa-2003#0, #7.
    expect(category('anger').score).toMatchObject({ raised: 5, expected: 4, correct: 3, met: 3, precision: 0.6, recall: 0.75 });
    expect(category('escalation').score).toMatchObject({ raised: 0, expected: 1, precision: null, recall: 0 });
    expect(summary.missed).toEqual(
      expect.arrayContaining([
        { conversation: 'qa-2003', turn: 5, category: 'escalation', speaker: 'customer' },
        { conversation: 'qa-2003', turn: 7, category: 'anger', speaker: 'customer' },
      ]),
    );
    const calm = summary.conversations.find((c: { transcript: string }) => c.transcript === 'qa-2002');
    expect(calm).toMatchObject({ turns: 3, flags: 0, annotated: true });
    expect(calm.anger).toHaveLength(3);
  });

  it('gives the same summary with one job as with two', () => {
    const one = JSON.parse(composure('report', ANNOTATED, 'docs/examples/heated-chat.jsonl', '--json', '--jobs', '1').out);
    const two = JSON.parse(composure('report', ANNOTATED, 'docs/examples/heated-chat.jsonl', '--json', '--jobs', '2').out);
    expect(two).toEqual(one);
  });

  it('exits 2 naming file, line and field for a bad expectation, and on a missing --out', () => {
    const bad = tmpFile('bad-expect.jsonl', `${JSON.stringify(HOSTILE)}\n${JSON.stringify({ ...HOSTILE, expect: [{ turn: 1, category: 'rage' }] })}\n`);
    const r = composure('report', bad, '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/bad-expect\.jsonl:2: expect\[0\]\.category: must be one of anger, /);
    const past = composure('report', tmpFile('past.json', JSON.stringify({ ...HOSTILE, expect: [{ turn: 9, category: 'anger' }] })), '--json');
    expect(past.code).toBe(2);
    expect(past.err).toMatch(/past\.json: expect\[0\]\.turn: is 9, but the transcript has 2 turns/);
    expect(composure('report', ANNOTATED).code).toBe(2);
  });
});

describe('composure report --check', () => {
  it('passes the scenario files and names each expectation not met, with exit 1', () => {
    const scenarios = readdirSync(join(ROOT, 'tests/scenarios')).filter((f) => f.endsWith('.json')).map((f) => `tests/scenarios/${f}`);
    const ok = composure('report', ...scenarios, '--check');
    expect(ok.err).toBe('');
    expect(ok.out).toMatch(/^\d+ transcripts with expectations, 0 expectations not met\n$/);
    expect(ok.code).toBe(0);

    // The same chat with a flag and a card denied, and an old-style file alongside.
    const denied = { ...HOSTILE, id: 'denied', expect: [{ turn: 0, category: 'anger', rule: 'anger.repeat-contact', absent: true }, { turn: 1, card: 'any', count: 0 }, { turn: 0, customerName: 'Morgan Lee' }] };
    const file = tmpFile('denied.jsonl', `${JSON.stringify(HOSTILE)}\n${JSON.stringify(denied)}\n`);
    const r = composure('report', file, '--check');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/denied\.jsonl:2 denied turn 0 \(customer: "This is the THIRD time.*"\): expected no anger flag from anger\.repeat-contact; got .*anger \(anger\.repeat-contact\)/);
    expect(lines[1]).toMatch(/denied\.jsonl:2 denied turn 1 \(agent: "What is your account email\?"\): expected exactly 0 cards; got \w/);
    expect(lines.at(-1)).toBe('2 transcripts with expectations, 2 expectations not met');
    // Only flag entries expected present are scored: the denied one is not an expectation there.
    const json = JSON.parse(composure('report', file, '--json', '--check').out);
    expect(json.totals).toMatchObject({ annotatedConversations: 2, expectations: 1 });
    expect(json.unmet).toHaveLength(2);
  });
});

describe('composure report --out (in Chromium)', () => {
  it('renders a readable, self-contained page with counts, P/R, charts and escaped text', async () => {
    const hostile = tmpFile('hostile.jsonl', `${JSON.stringify(HOSTILE)}\n`);
    const outDir = join(ROOT, 'test-output');
    mkdirSync(outDir, { recursive: true });
    const page = join(outDir, 'report.html');
    const r = composure('report', ANNOTATED, hostile, '--out', page);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/report\.html: 4 conversations, \d+ flags/);
    const html = readFileSync(page, 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\/|<img|<link/i);
    expect(html).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;');

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: false, // --headless=new below
      args: HEADLESS_FLAGS,
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      tab.on('request', (req) => requests.push(req.url()));
      await tab.goto(pathToFileURL(page).href);
      expect(requests).toEqual([pathToFileURL(page).href]);
      expect(await tab.title()).toBe('Composure report — 4 conversations');

      // Per-rule hit counts and precision/recall, as a reader sees them.
      const repeat = tab.locator('details.rule[data-rule="anger.repeat-contact"] > summary');
      await expect.poll(() => repeat.innerText()).toMatch(/anger\.repeat-contact\s+anger\s+warning\s+4\s+3\s+100%\s+4\/4\s+100%\s+3\/3/);
      const angerRow = tab.locator('#categories tr', { hasText: /^\s*anger/ }).first();
      expect((await angerRow.innerText()).replace(/\s+/g, ' ')).toMatch(/anger 12 3 5 6 4 67% 4\/6 80% 4\/5/); // 12: "I'm disputing the charge!!!" (qa-2003 turn 5) is a threat to leave since v2
      expect(await tab.locator('#categories').innerText()).toContain('matched by a flag of that category raised at that turn');

      // The turns behind a rule are hidden until opened; the hostile message shows as text.
      const payloadCell = tab.locator('details.rule[data-rule="anger.repeat-contact"] td.text', { hasText: '<script>' });
      expect(await payloadCell.isVisible()).toBe(false);
      await repeat.click();
      await expect.poll(() => payloadCell.isVisible()).toBe(true);
      expect(await payloadCell.innerText()).toContain(PAYLOAD);
      expect(await tab.locator('details.rule[data-rule="anger.repeat-contact"] td.conv', { hasText: 'chat-<i>7731</i>' }).count()).toBe(1);
      expect(await tab.locator('script, img, b').count()).toBe(0);
      expect(await tab.evaluate(() => document.body.dataset['pwned'])).toBeUndefined();

      // Anger over time: one chart per conversation, a dot per customer turn.
      expect(await tab.locator('#conversations svg.spark').count()).toBe(4);
      expect(await tab.locator('#conversations tr', { hasText: 'qa-2003' }).locator('circle.dot').count()).toBe(5);
      await tab.locator('#missed summary').click();
      await tab.screenshot({ path: join(outDir, 'report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
