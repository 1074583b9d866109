// Enterprise policy for real: a policy file in Chromium's managed directory (the docs' Linux
// example, plus one rule switched off) reaches the extension through `storage.managed`. The
// policy's desk, at an origin no built-in desk has and open in a tab since before, is read once
// the agent grants access in the options page (no reload); the policy's rule pack flags, the
// switched-off rule stays silent, the escalation card names the contact, locked settings cannot
// be changed, and an edit of the file applies to the open chat without a restart. The file is
// machine-wide: this is the only test that writes it, and it is removed before and after.
// The policy also carries two mistakes an admin makes (a desk without its `message` selector, a
// misspelt rule id): the options page must name them, and screenshots of it and of the panel under
// the policy go to test-output/options-policy-*.png and test-output/panel-policy.png.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID, launchWithExtension, openPanelTab, tabIdOf, type ExtensionBrowser } from './browser';
import { panelFlags } from './chat';

const POLICY_FILE = '/etc/chromium/policies/managed/composure-e2e.json';
const DESK_URL = 'https://desk.acme.example/conversations/4417';
const SWITCHED_OFF = 'liability-admission.fault';
const POLICY_RULE = 'acme.refund-date-promise';
const OPTIONS_PAGE = 'src/options/index.html';
const OUTPUT = resolve(import.meta.dirname, '../../test-output');
/** A misspelt rule id: Chromium passes it (any string fits the schema), Composure's validator names it. */
const MISSPELT_RULE = 'liability-admision.fault';

type ExtensionPolicy = Record<string, unknown> & { disabledRules: string[]; escalationContact: string; siteAdapters: { id: string; matches: string[] }[] };

/** The Chromium policy file shown in docs/deploy.md ("Chrome and Edge on Linux"), as admins copy it. */
function docsPolicyFile(): { '3rdparty': { extensions: Record<string, ExtensionPolicy> } } {
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/deploy.md'), 'utf8');
  for (const [, block] of doc.matchAll(/```json\n([\s\S]*?)\n```/g)) {
    const value = JSON.parse(block!) as { '3rdparty'?: { extensions?: Record<string, ExtensionPolicy> } };
    if (value['3rdparty']?.extensions?.[EXTENSION_ID]) return value as ReturnType<typeof docsPolicyFile>;
  }
  throw new Error('docs/deploy.md shows no Chromium policy file for the extension');
}

function writePolicy(policy: ExtensionPolicy): void {
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
}

const base = docsPolicyFile()['3rdparty'].extensions[EXTENSION_ID]!;
const desk = base.siteAdapters[0]!;
// An old desk copied without its `message` selector: fits the schema (no field is required there), so only our validator can refuse it.
const legacyDesk = Object.fromEntries(
  Object.entries({ ...desk, id: 'acme-desk-legacy', name: 'Acme Desk (legacy)', matches: ['https://legacy.acme.example/*'] }).filter(([field]) => field !== 'message'),
) as ExtensionPolicy['siteAdapters'][number];
const policy: ExtensionPolicy = {
  ...base,
  siteAdapters: [desk, legacyDesk],
  disabledRules: [...base.disabledRules, SWITCHED_OFF, MISSPELT_RULE],
  locked: true,
};

// Acme Desk, marked up the way the docs' `acme-desk` descriptor describes it.
const DESK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Desk</title></head><body>
<aside class="contact-panel"><h2 class="name">Dana Whitfield</h2></aside>
<main class="conversation"><div class="messages">
  <div class="message message--incoming"><span class="message-author">Dana Whitfield</span><time datetime="2026-11-24T09:58:47Z">09:58</time>
    <p class="message-body">My order never arrived and this is the third time I am writing. If this isn't fixed today I'm taking you to court.</p></div>
  <div class="message message--outgoing"><span class="message-author">Sam Rivera</span><time datetime="2026-11-24T09:59:34Z">09:59</time>
    <p class="message-body">It's not my fault, the courier lost it. You will have your refund within 24 hours.</p></div>
</div></main>
<textarea class="reply" aria-label="Reply"></textarea>
</body></html>`;

let browser: ExtensionBrowser;
let options: Page;
let panel: Page;

const ruleIds = async () => (await panelFlags(panel)).map((flag) => flag.rule);

beforeAll(async () => {
  rmSync(POLICY_FILE, { force: true }); // a leftover of an interrupted run
  mkdirSync(OUTPUT, { recursive: true });
  writePolicy(policy);
  browser = await launchWithExtension();
  await browser.context.route('https://desk.acme.example/**', (route) => route.fulfill({ contentType: 'text/html', body: DESK_PAGE }));
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    rmSync(POLICY_FILE, { force: true });
  }
});

/**
 * The agent's path to the policy's desk, walked once by whichever test needs it first: the desk
 * open in a tab before access is granted, access granted from the options page, the panel
 * following that tab. Each test asks for it, so none depends on another having run.
 */
const grantedDesk = memo(async () => {
  // The agent has the desk open before granting: nothing reads it yet.
  const page = await browser.context.newPage();
  await page.goto(DESK_URL);
  const tabId = await tabIdOf(browser.worker, page);

  // What a user does in chrome://extensions → Site access → add a site: the request below then needs no prompt.
  const extensions = await browser.context.newPage();
  await extensions.goto(`chrome://extensions/?id=${EXTENSION_ID}`);
  await extensions.evaluate(([id, pattern]) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id!, pattern!), [EXTENSION_ID, desk.matches[0]]);
  await extensions.close();

  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/${OPTIONS_PAGE}`);
  const row = options.locator(`[data-site-id="${desk.id}"][data-site-source="policy"]`);
  // The first managed read after browser start can take seconds.
  await row.locator('[data-action="grant-access"]').click({ timeout: 15_000 });
  await row.locator('[data-access="granted"]').waitFor({ timeout: 5_000 });
  panel = await openPanelTab(browser, tabId);
  // Read: the policy pack's flag on the desk's first message is in the panel.
  await panel.locator(`li[data-rule="${POLICY_RULE}"]`).waitFor({ state: 'attached', timeout: 10_000 });
});

function memo(walk: () => Promise<void>): () => Promise<void> {
  let walked: Promise<void> | undefined;
  return () => (walked ??= walk());
}

describe('enterprise policy from the managed policy directory', () => {
  it('reads the policy’s desk, already open, once the agent grants access in the options page', async () => {
    await grantedDesk();
    await expect
      .poll(() => browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches }))), { timeout: 5_000 })
      .toEqual([{ id: 'composure-sites', matches: desk.matches }]);
    // No reload: the worker ran the content script in the open tab when access was granted.
    await expect.poll(() => panel.locator('[data-customer-name]').getAttribute('data-customer-name')).toBe('Dana Whitfield');
    expect(await panel.locator('.site').innerText()).toBe('Acme Desk');
  });

  it('flags with the policy’s rules: its pack fires, its switched-off rule stays silent, escalation names the contact', async () => {
    await grantedDesk();
    const rules = await ruleIds();
    expect(rules).toContain(POLICY_RULE);
    expect(rules).toContain('escalation.legal-threat');
    expect(rules).not.toContain(SWITCHED_OFF);
    const escalate = panel.locator('[data-suggestion-kind="escalate"]').first();
    await escalate.waitFor({ timeout: 5_000 });
    expect(await escalate.innerText()).toContain(policy.escalationContact);
    // Locked: the panel offers no rule switches and says why.
    expect(await panel.getByRole('button', { name: /^Turn off rule/ }).count()).toBe(0);
    expect(await panel.locator('[data-locked-reason]').innerText()).toMatch(/locks/);
  });

  it('shows locked settings read-only in the options page, and a click changes nothing', async () => {
    await grantedDesk();
    const rule = options.locator(`[data-rule-id="${SWITCHED_OFF}"]`);
    const toggle = rule.locator('input[data-action="toggle-rule"]');
    await expect.poll(() => toggle.isDisabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    expect(await rule.locator('[data-locked-reason]').isVisible()).toBe(true);
    expect(await rule.locator('[data-locked-reason]').innerText()).toMatch(/policy/);

    const stored = () => browser.worker.evaluate(() => chrome.storage.local.get(null));
    const before = await stored();
    await toggle.click({ force: true });
    await options.locator(`[data-rule-id="anger.demand"] input[data-action="toggle-rule"]`).click({ force: true });
    // Read back through the page that would have written: storage answers its calls in order,
    // so a write the clicks made would already show in this read.
    expect(await options.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
    expect(await toggle.isChecked()).toBe(false);
  });

  it('says at a glance what the policy set, what it rejected and why, and that settings are locked (screenshots)', async () => {
    await grantedDesk();
    await options.bringToFront();
    expect(await options.locator('[data-locked-banner]').isVisible()).toBe(true);
    expect(await options.locator('[data-locked-banner]').innerText()).toMatch(/locked/i);
    // The admin's mistakes are announced at the top, not only at the bottom of the page.
    expect(await options.locator('[data-policy-problems-banner]').innerText()).toContain('2 policy entries were not applied');

    const section = options.locator('[data-section="policy"]');
    const received = await section.locator('[data-policy-key]').evaluateAll((els) => els.map((el) => el.getAttribute('data-policy-key')));
    expect(received.sort()).toEqual(['disabledRules', 'escalationContact', 'locked', 'remedies', 'rulePacks', 'siteAdapters']);
    expect(await section.locator('[data-policy-key="siteAdapters"]').innerText()).toContain('acme-desk');
    expect(await section.locator('[data-policy-key="escalationContact"]').innerText()).toContain(policy.escalationContact);

    const rejections = section.locator('[data-policy-rejection]');
    expect(await rejections.evaluateAll((els) => els.map((el) => el.getAttribute('data-policy-rejection')).sort())).toEqual(['disabledRules', 'siteAdapters']);
    expect(await section.locator('[data-policy-rejection="siteAdapters"]').innerText()).toContain('siteAdapters[1] (acme-desk-legacy): message: required');
    expect(await section.locator('[data-policy-rejection="disabledRules"]').innerText()).toContain(`disabledRules[2]: no rule has the id "${MISSPELT_RULE}"`);
    // …and what each mistake costs.
    expect(await section.locator('[data-policy-rejection="siteAdapters"]').innerText()).toContain('This desk is not read');
    expect(await section.locator('[data-policy-key="siteAdapters"]').innerText()).toContain('1 entry not applied');
    // The refused desk is not offered, and Sites says why it is missing; the good one still is.
    expect(await options.locator('[data-policy-refused-desks]').innerText()).toContain('could not use');
    expect(await options.locator('[data-site-id="acme-desk-legacy"]').count()).toBe(0);
    expect(await options.locator(`[data-site-id="${desk.id}"][data-site-source="policy"]`).count()).toBe(1);

    await options.evaluate(() => window.scrollTo(0, 0));
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: resolve(OUTPUT, `options-policy-${scheme}.png`), fullPage: true });
      // Section by section, short enough to read. The sticky header would land mid-section in a
      // screenshot taller than the window; the page's CSP refuses injected style sheets, so unstick it from script.
      await options.evaluate(() => document.querySelector<HTMLElement>('.page-head')!.style.setProperty('position', 'static'));
      for (const name of ['rules', 'sites', 'playground', 'policy']) {
        await options.locator(`[data-section="${name}"]`).screenshot({ path: resolve(OUTPUT, `options-policy-${scheme}-${name}.png`) });
      }
      await options.locator(`[data-rule-id="${SWITCHED_OFF}"]`).screenshot({ path: resolve(OUTPUT, `options-policy-${scheme}-rule-off.png`) });
      await options.evaluate(() => document.querySelector<HTMLElement>('.page-head')!.style.removeProperty('position'));
      await options.evaluate(() => window.scrollTo(0, 0));
      await options.screenshot({ path: resolve(OUTPUT, `options-policy-${scheme}-top.png`) });
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await panel.bringToFront();
    // A window as tall as the panel: a full-page shot of a scrolled page loses the scrollbar's width on the right.
    const size = panel.viewportSize()!;
    await panel.setViewportSize({ width: size.width, height: await panel.evaluate(() => document.documentElement.scrollHeight) });
    await panel.screenshot({ path: resolve(OUTPUT, 'panel-policy.png') });
    await panel.setViewportSize(size);
  });

  it('keeps applying the policy it read last while a read of it fails, and says so', async () => {
    await grantedDesk();
    // The worker's next policy read fails (the polyfill calls chrome.storage.managed.get afresh each time).
    type Managed = { get: unknown; realGet?: unknown };
    await browser.worker.evaluate(() => {
      const managed = chrome.storage.managed as unknown as Managed;
      managed.realGet = managed.get;
      managed.get = () => Promise.reject(new Error('policy service unavailable'));
    });
    const rereadSettings = (value: Record<string, string>) => browser.worker.evaluate((severities) => chrome.storage.local.set({ ruleSeverities: severities }), value);
    try {
      await rereadSettings({ 'anger.demand': 'warning' });
      await expect.poll(() => panel.locator('[data-policy-notice]').textContent(), { timeout: 10_000 }).toContain('policy service unavailable');
      // Still the policy's rules: its pack fires, its switched-off rule stays off, settings stay locked.
      const rules = await ruleIds();
      expect(rules).toContain(POLICY_RULE);
      expect(rules).not.toContain(SWITCHED_OFF);
      expect(await panel.locator('[data-locked-reason]').count()).toBe(1);
    } finally {
      await browser.worker.evaluate(() => {
        const managed = chrome.storage.managed as unknown as Managed;
        managed.get = managed.realGet;
      });
      await browser.worker.evaluate(() => chrome.storage.local.remove('ruleSeverities'));
    }
    await expect.poll(() => panel.locator('[data-policy-notice]').count(), { timeout: 10_000 }).toBe(0);
  });

  it('applies an edit of the policy file to the open chat without a restart', async () => {
    await grantedDesk();
    writePolicy({ ...policy, disabledRules: base.disabledRules });
    try {
      // Chromium notices the file and fires storage.managed.onChanged some seconds later.
      await expect.poll(ruleIds, { timeout: 20_000, interval: 250 }).toContain(SWITCHED_OFF);
      const rules = await ruleIds();
      // Re-run from the turns held: each flag once, the policy's own rule still there.
      expect(rules.filter((rule) => rule === SWITCHED_OFF)).toHaveLength(1);
      expect(rules.filter((rule) => rule === POLICY_RULE)).toHaveLength(1);
      expect(Number(await panel.locator('[data-turn-count]').getAttribute('data-turn-count'))).toBe(2);
      // The options page follows too.
      await expect.poll(() => options.locator(`[data-rule-id="${SWITCHED_OFF}"] input[data-action="toggle-rule"]`).isChecked(), { timeout: 5_000 }).toBe(true);
    } finally {
      // The policy as the other tests know it, whatever runs next.
      writePolicy(policy);
      await expect.poll(ruleIds, { timeout: 20_000, interval: 250 }).not.toContain(SWITCHED_OFF);
    }
  });
});
