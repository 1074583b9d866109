// Enterprise policy in Firefox, for real: the docs' Firefox `policies.json` (docs/deploy.md),
// written where Debian's Firefox ESR reads it, reaches the extension through `storage.managed`:
// the rule it switches off never shows, the escalation card names its contact, and the locked
// settings are read-only in the options page and the panel. The file is machine-wide: this is
// the only test that writes it, and it is removed before and after.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { deskFixtures } from '../fixtures/desks/index';
import { panelFlags, say, switchConversation, turnCount } from './chat';
import { GECKO_ID, launchFirefoxWithExtension, newDeskTab, openExtensionPage, openPanelTab, OPTIONS_PAGE, tabIdOf, waitFor, type FirefoxWithExtension } from './firefox';

/**
 * Where Debian's `firefox-esr` reads policy (its system configuration directory is /etc/firefox,
 * not /etc/firefox-esr; checked on firefox-esr 153). When this file is missing it falls back to
 * `distribution/policies.json` beside the executable (/usr/lib/firefox-esr/distribution/).
 */
const POLICY_FILE = '/etc/firefox/policies/policies.json';
const desk = deskFixtures.find((d) => d.id === 'zendesk')!;

type ExtensionPolicy = { disabledRules: string[]; escalationContact: string; locked: boolean };
type PoliciesFile = { policies: { '3rdparty': { Extensions: Record<string, ExtensionPolicy> } } };

/** The Firefox policies.json shown in docs/deploy.md ("Firefox"), as admins copy it. */
function docsPoliciesFile(): PoliciesFile {
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/deploy.md'), 'utf8');
  for (const [, block] of doc.matchAll(/```json\n([\s\S]*?)\n```/g)) {
    const value = JSON.parse(block!) as Partial<PoliciesFile>;
    if (value.policies?.['3rdparty']?.Extensions?.[GECKO_ID]) return value as PoliciesFile;
  }
  throw new Error('docs/deploy.md shows no Firefox policies.json for the extension');
}

const file = docsPoliciesFile();
const policy = file.policies['3rdparty'].Extensions[GECKO_ID]!;
const SWITCHED_OFF = policy.disabledRules[0]!;

let firefox: FirefoxWithExtension;
let page: Page;
let panel: Page;
let options: Page;

beforeAll(async () => {
  rmSync(POLICY_FILE, { force: true }); // a leftover of an interrupted run
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify(file, null, 2));
  firefox = await launchFirefoxWithExtension();
  options = await openExtensionPage(firefox.browser, OPTIONS_PAGE);
  page = await newDeskTab(firefox.browser, [desk]);
  await page.goto(desk.url);
  panel = await openPanelTab(firefox.browser, await tabIdOf(options, page));
  await switchConversation(page, '8101', 'Dana Whitfield');
  await waitFor(async () => (await turnCount(panel)) === 0, 'the new conversation');
  // Without the policy, two replies that leave out the known name raise missing-name.not-used
  // (the desks tests show it); the legal threat asks for an escalation card.
  for (const [speaker, text] of [
    ['customer', 'My order never arrived and this is the third time I am writing. If this isn’t fixed today I’m taking you to court.'],
    ['agent', 'I understand how frustrating that must be.'],
    ['agent', 'Let me look into that right away.'],
  ] as const)
    await say(page, speaker, text);
  await waitFor(async () => (await turnCount(panel)) === 3, 'the chat in the panel');
});

afterAll(async () => {
  try {
    await firefox?.close();
  } finally {
    rmSync(POLICY_FILE, { force: true });
  }
});

describe('enterprise policy from Firefox’s policies.json', () => {
  it('never shows the rule the policy switched off, and names the policy’s contact on the escalation card', async () => {
    await waitFor(async () => (await panelFlags(panel)).some((f) => f.category === 'escalation'), 'the escalation flag');
    await waitFor(
      () => panel.evaluate(() => document.querySelector('[data-suggestion-kind="escalate"]') !== null),
      'an escalate card',
    );
    const escalate = await panel.evaluate(() => document.querySelector('[data-suggestion-kind="escalate"] .suggestion-text')!.textContent);
    expect(escalate).toContain(policy.escalationContact);
    expect((await panelFlags(panel)).map((f) => f.rule)).not.toContain(SWITCHED_OFF);
    // Locked: the panel offers no rule switch and says why.
    expect(await panel.evaluate(() => [...document.querySelectorAll('button')].filter((b) => /^Turn off rule/.test(b.getAttribute('aria-label') ?? '')).length)).toBe(0);
    expect(await panel.evaluate(() => document.querySelector('[data-locked-reason]')?.textContent ?? '')).toMatch(/locks/);
  });

  it('shows the locked settings read-only in the options page, and a click changes nothing', async () => {
    const toggle = `[data-rule-id="${SWITCHED_OFF}"] input[data-action="toggle-rule"]`;
    await waitFor(() => options.$eval(toggle, (input) => (input as HTMLInputElement).disabled), 'the switched-off rule to be locked', 15_000);
    expect(await options.$eval(toggle, (input) => (input as HTMLInputElement).checked)).toBe(false);
    expect(await options.$eval(`[data-rule-id="${SWITCHED_OFF}"] [data-locked-reason]`, (el) => el.textContent)).toMatch(/policy/);
    expect(await options.$eval('[data-locked-banner]', (el) => el.textContent)).toMatch(/locked/i);
    expect(await options.$eval('[data-policy-key="escalationContact"]', (el) => el.textContent)).toContain(policy.escalationContact);

    const stored = () => options.evaluate(async () => JSON.stringify(await (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser.storage.local.get(null)));
    const before = await stored();
    // Clicks on disabled inputs, dispatched as a user's would be.
    await options.$$eval('input[data-action="toggle-rule"]', (inputs) => inputs.slice(0, 3).forEach((input) => (input as HTMLInputElement).click()));
    // Storage answers the page's calls in order: a write the clicks made would show in this read.
    expect(await stored()).toBe(before);
    expect(await options.$eval(toggle, (input) => (input as HTMLInputElement).checked)).toBe(false);
  });
});
