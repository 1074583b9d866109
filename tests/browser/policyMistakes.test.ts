// An admin's policy files with the mistakes Chromium handles silently, for real in
// /etc/chromium/policies/managed/: values that do not fit managed_schema.json are dropped, and a
// file that is not JSON is ignored. Composure must show what arrived and name what did not, and
// keep running on what did. The directory is machine-wide: the browser tests run one file at a
// time, and these files are removed before and after.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID, launchWithExtension, type ExtensionBrowser } from './browser';

const POLICY_DIR = '/etc/chromium/policies/managed';
const MISTAKES_FILE = join(POLICY_DIR, 'composure-e2e-mistakes.json');
const BROKEN_FILE = join(POLICY_DIR, 'composure-e2e-broken.json');
const CONTACT = 'Team lead on duty, #support-escalations';

let browser: ExtensionBrowser;
let options: Page;

function removeFiles(): void {
  rmSync(MISTAKES_FILE, { force: true });
  rmSync(BROKEN_FILE, { force: true });
}

beforeAll(async () => {
  removeFiles();
  mkdirSync(POLICY_DIR, { recursive: true });
  const values = {
    escalationContact: CONTACT,
    // Wrong shapes, as admins type them: a single id for a list, a list for a mapping, text for a flag.
    disabledRules: 'anger.shouting',
    remedies: ['Offer a refund'],
    locked: 'yes',
  };
  writeFileSync(MISTAKES_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }, null, 2));
  // A second file cut off mid-edit: not JSON at all.
  writeFileSync(BROKEN_FILE, `{ "3rdparty": { "extensions": { "${EXTENSION_ID}": { "escalationContact": "Someone else"`);
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    removeFiles();
  }
});

describe('policy files Chromium reads only in part', () => {
  it('applies what arrived and names the keys that did not', async () => {
    const section = options.locator('[data-section="policy"]');
    // The first managed read after browser start can take seconds.
    await section.locator('[data-policy-key="escalationContact"]').waitFor({ timeout: 15_000 });
    expect(await section.locator('[data-policy-key="escalationContact"]').innerText()).toContain(CONTACT);
    const received = await section.locator('[data-policy-key]').evaluateAll((els) => els.map((el) => el.getAttribute('data-policy-key')));
    expect(received).toEqual(['escalationContact']);
    const absent = (await section.locator('[data-policy-absent]').getAttribute('data-policy-absent'))!.split(' ');
    expect(absent).toEqual(expect.arrayContaining(['disabledRules', 'remedies', 'locked']));
    expect(await section.locator('[data-policy-absent]').innerText()).toMatch(/Chromium dropped it because its value does not fit/);
  });

  it('keeps running on what arrived: nothing locked, no rule switched off by the dropped value', async () => {
    await options.locator('[data-section="policy"] [data-policy-key="escalationContact"]').waitFor({ timeout: 15_000 });
    expect(await options.locator('[data-locked-banner]').count()).toBe(0);
    const toggle = options.locator('[data-rule-id="anger.shouting"] input[data-action="toggle-rule"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await toggle.isDisabled()).toBe(false);
    // The file that is not JSON sent nothing: its contact is nowhere.
    expect(await options.locator('body').innerText()).not.toContain('Someone else');
  });
});
