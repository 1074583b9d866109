// The options page end to end, as a QA lead and an admin use it: switch and re-rate a rule,
// import a broken and a good rule pack, export the rules in force, tune a rule in the playground,
// add a self-hosted desk with the form, grant its address and check it live against an open tab,
// and screenshots in both themes (test-output/options-*.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadRulePackYaml } from '../../src/engine/rules/loadRulePack';
import { deskFixtures, serveDeskFixtures, type DeskFixture } from '../fixtures/desks/index';
import { REFUND_PACK } from '../fixtures/rulePacks';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const OUTPUT = resolve(import.meta.dirname, '../../test-output');
const OPTIONS_PAGE = 'src/options/index.html';

// Chatwoot's markup at a self-hosted address no built-in desk matches: the admin's case for a descriptor.
const chatwoot = deskFixtures.find((d) => d.id === 'chatwoot')!;
const SELF_HOSTED: DeskFixture = { ...chatwoot, id: 'acme-chatwoot', url: 'https://desk.acme.example/app/accounts/1/conversations/3187' };
const SELF_HOSTED_MATCH = 'https://desk.acme.example/*';

const BROKEN_PACK = REFUND_PACK.replace('pack: acme-billing', 'pack: acme-broken').replace('category: overpromise', 'category: overpromises');

const CHAT = `Customer (Dana Whitfield): This is the third time I've contacted you about my order!!
Agent: Please calm down, it's not my problem.
Customer: I want a refund now or I'm cancelling.
Agent: I'm sorry you were inconvenienced, Dana. It sounds like your order didn't arrive.`;

let browser: ExtensionBrowser;
let options: Page;
/** What the page's console reported as errors (a CSP refusal would show here). */
const consoleErrors: string[] = [];

const stored = (key: string) => browser.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
const ruleRow = (id: string) => options.locator(`[data-section="rules"] [data-rule-id="${id}"]`);

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchWithExtension();
  await serveDeskFixtures(browser.context, [SELF_HOSTED, chatwoot]);
  options = await browser.context.newPage();
  options.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
  options.on('pageerror', (error) => void consoleErrors.push(error.message));
  await options.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PAGE}`);
  await ruleRow('anger.demand').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

// Each test starts from the defaults, whatever another test switched, imported or added.
beforeEach(async () => {
  await browser.worker.evaluate(() => chrome.storage.local.clear());
  await options.reload();
  await ruleRow('anger.demand').waitFor();
});

describe('options page', () => {
  it('switches a rule off and on and re-rates another, in storage.local', async () => {
    const toggle = ruleRow('agent-tone.negative-framing').locator('input[data-action="toggle-rule"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => stored('disabledRules')).toEqual(['agent-tone.negative-framing']);
    await expect.poll(() => toggle.isChecked()).toBe(false);

    await ruleRow('anger.demand').locator('select[data-action="rule-severity"]').selectOption('critical');
    await expect.poll(() => stored('ruleSeverities')).toEqual({ 'anger.demand': 'critical' });

    await toggle.check();
    await expect.poll(() => stored('disabledRules')).toBeUndefined();
  });

  it('refuses a broken rule pack with file:line: field errors and stores nothing', async () => {
    await options.locator('input[type=file][data-action="import-pack"]').setInputFiles({ name: 'acme-broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(BROKEN_PACK) });
    const errors = options.locator('[data-import-errors] li');
    await errors.first().waitFor();
    expect(await errors.allInnerTexts()).toEqual([expect.stringMatching(/^acme-broken\.yaml:5: rules\[0\] \(overpromise\.refund-today\)\.category: /)]);
    expect(await stored('rulePacks')).toBeUndefined();
    expect(await ruleRow('overpromise.refund-today').count()).toBe(0);
  });

  it('imports a good rule pack, lists its rule and stores the pack as JSON', async () => {
    await options.locator('input[type=file][data-action="import-pack"]').setInputFiles({ name: 'acme-billing.yaml', mimeType: 'application/yaml', buffer: Buffer.from(REFUND_PACK) });
    await ruleRow('overpromise.refund-today').waitFor();
    expect(await ruleRow('overpromise.refund-today').innerText()).toContain('acme-billing');
    expect(await options.locator('[data-import-errors] li').count()).toBe(0);
    const packs = (await stored('rulePacks')) as { pack: string; rules: { id: string }[] }[];
    expect(packs.map((p) => [p.pack, p.rules.map((r) => r.id)])).toEqual([['acme-billing', ['overpromise.refund-today']]]);
  });

  it('exports the rules in force as a rule file that loads again', async () => {
    await options.locator('input[type=file][data-action="import-pack"]').setInputFiles({ name: 'acme-billing.yaml', mimeType: 'application/yaml', buffer: Buffer.from(REFUND_PACK) });
    await ruleRow('overpromise.refund-today').waitFor();
    await ruleRow('anger.demand').locator('select[data-action="rule-severity"]').selectOption('critical');
    await expect.poll(() => stored('ruleSeverities')).toEqual({ 'anger.demand': 'critical' });
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-pack"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^composure-effective-\d{4}-\d{2}-\d{2}\.yaml$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const pack = loadRulePackYaml(text, download.suggestedFilename());
    expect(pack.rules.find((r) => r.id === 'anger.demand')?.severity).toBe('critical');
    expect(pack.rules.find((r) => r.id === 'overpromise.refund-today')?.severity).toBe('critical');
  });

  it('runs a pasted chat in the playground and runs it again when a rule is switched off', async () => {
    await options.locator('textarea[data-action="playground-input"]').fill(CHAT);
    await options.locator('[data-action="playground-run"]').click();
    const turn = (i: number) => options.locator(`[data-playground-turn="${i}"]`);
    await turn(3).waitFor();
    expect(await turn(0).locator('[data-flag-category="anger"]').count()).toBeGreaterThan(0);
    expect(await turn(0).locator('[data-suggestion-kind="restate"]').count()).toBe(1);
    await turn(1).locator('[data-rule="agent-tone.dismissive"]').waitFor();
    expect(await turn(1).locator('[data-suggestion-kind="reframe"]').count()).toBe(1);
    expect(await turn(3).locator('[data-flag-category]').count()).toBe(0);

    // Tuning: switch the rule off from its flag; the chat runs again with the new settings.
    await turn(1).locator('[data-rule="agent-tone.dismissive"] [data-action="playground-disable-rule"]').click();
    await expect.poll(() => turn(1).locator('[data-rule="agent-tone.dismissive"]').count()).toBe(0);
    expect(await stored('disabledRules')).toEqual(['agent-tone.dismissive']);
    expect(await ruleRow('agent-tone.dismissive').locator('input[data-action="toggle-rule"]').isChecked()).toBe(false);
  });

  it('works from the keyboard alone: Tab to a rule switch and Space; Ctrl+Enter runs the playground', async () => {
    const focused = () =>
      options.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { action: el?.dataset['action'], rule: el?.closest<HTMLElement>('[data-rule-id]')?.dataset['ruleId'], text: el?.textContent?.trim(), visible: el?.matches(':focus-visible') ?? false };
      });
    /** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; the number of presses, or -1. */
    async function tabUntil(wanted: (el: Awaited<ReturnType<typeof focused>>) => boolean, most = 20, key = 'Tab'): Promise<number> {
      for (let presses = 1; presses <= most; presses++) {
        await options.keyboard.press(key);
        if (wanted(await focused())) return presses;
      }
      return -1;
    }
    const before = ((await stored('disabledRules')) as string[] | undefined) ?? [];

    // From the top of the page: the header's Rules link, then on into the section to the first rule's switch.
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await options.evaluate(() => window.scrollTo(0, 0));
    expect(await tabUntil((el) => el.text === 'Rules')).toBeGreaterThan(0);
    await options.keyboard.press('Enter');
    expect(await tabUntil((el) => el.action === 'toggle-rule')).toBeGreaterThan(0);
    const { rule, visible } = await focused();
    expect(rule).toBe('anger.repeat-contact');
    expect(visible).toBe(true); // the focus ring shows where the keyboard is
    await options.keyboard.press('Space');
    await expect.poll(() => stored('disabledRules')).toEqual([...before, 'anger.repeat-contact']);
    expect((await focused()).rule).toBe('anger.repeat-contact'); // the re-render keeps focus on the switch
    await options.keyboard.press('Space');
    await expect.poll(async () => ((await stored('disabledRules')) as string[] | undefined) ?? []).toEqual(before);

    // Back up to the header's Playground link, follow it, Tab into the chat box, type, Ctrl+Enter.
    expect(await tabUntil((el) => el.text === 'Playground', 20, 'Shift+Tab')).toBeGreaterThan(0);
    await options.keyboard.press('Enter');
    expect(await tabUntil((el) => el.action === 'playground-input', 3)).toBeGreaterThan(0);
    await options.keyboard.press('ControlOrMeta+A');
    await options.keyboard.press('Delete');
    await options.keyboard.type("Customer: This is the third time I've contacted you about my parcel!!\nAgent: Let me look into it for you now.");
    await options.keyboard.press('Control+Enter');
    const turns = options.locator('[data-playground-turn]');
    await expect.poll(() => turns.count()).toBe(2);
    expect(await options.locator('[data-playground-turn="0"] [data-flag-category="anger"]').count()).toBeGreaterThan(0);
    expect((await focused()).action).toBe('playground-input'); // still in the chat box, ready to edit and run again
  });

  it('adds a self-hosted desk, grants its address and checks it live against an open tab', async () => {
    const desk = await browser.context.newPage();
    await desk.goto(SELF_HOSTED.url);
    await options.bringToFront();

    const form = options.locator('form[data-action="add-site"]');
    await form.locator('select[name="startFrom"]').selectOption('chatwoot');
    await form.locator('input[name="id"]').fill('acme-desk');
    await form.locator('input[name="name"]').fill('Acme Desk');
    await form.locator('textarea[name="matches"]').fill('desk.acme.example');
    await form.locator('[data-action="save-site"]').click();
    await form.locator('#site-matches-errors li').first().waitFor();
    expect(await form.locator('#site-matches-errors').innerText()).toMatch(/not a match pattern/);
    expect(await stored('siteAdapters')).toBeUndefined();

    await form.locator('textarea[name="matches"]').fill(SELF_HOSTED_MATCH);
    await form.locator('[data-action="save-site"]').click();
    await expect.poll(async () => ((await stored('siteAdapters')) as { id: string }[] | undefined)?.map((d) => d.id)).toEqual(['acme-desk']);
    const row = options.locator('[data-site-id="acme-desk"][data-site-source="user"]');
    await row.locator('[data-action="grant-access"]').waitFor();

    // What a user does in chrome://extensions (Site access → add a site); the grant button then needs no prompt.
    await preApproveHost(SELF_HOSTED_MATCH);
    await options.bringToFront();
    await row.locator('[data-action="grant-access"]').click();
    await row.locator('[data-access="granted"]').waitFor();

    // The same selectors, tried live: the tab opened before the grant, so the script is injected now.
    await form.locator('select[name="startFrom"]').selectOption('chatwoot');
    await form.locator('textarea[name="matches"]').fill(SELF_HOSTED_MATCH);
    await form.locator('[data-action="refresh-tabs"]').click();
    const tabOption = form.locator('select[name="checkTab"] option', { hasText: 'desk.acme.example' });
    await tabOption.waitFor({ state: 'attached' });
    await form.locator('select[name="checkTab"]').selectOption((await tabOption.getAttribute('value'))!);
    await form.locator('[data-action="check-site"]').click();
    const result = options.locator('[data-site-check]');
    await result.locator('[data-check-messages]').waitFor();
    expect(await result.locator('[data-check-messages]').getAttribute('data-check-messages')).toBe('3');
    expect(await result.locator('[data-check-customer]').getAttribute('data-check-customer')).toBe('Dana Whitfield');
    expect(await result.innerText()).toContain('1 from the customer, 1 from the agent, 1 system');
    expect(await result.innerText()).toContain('Hi, I cannot log in to my account since yesterday.');

    // A wrong selector is named, not silently read as nothing.
    await form.locator('input[name="transcript"]').fill('.no-such-transcript');
    await form.locator('[data-action="check-site"]').click();
    await expect.poll(() => result.innerText()).toContain('transcript: no element on this page matches ".no-such-transcript"');
    await desk.close();
  });

  it('checks a built-in desk’s tab, where the manifest’s content script already runs', async () => {
    const desk = await browser.context.newPage();
    await desk.goto(chatwoot.url);
    await options.bringToFront();
    const form = options.locator('form[data-action="add-site"]');
    await form.locator('select[name="startFrom"]').selectOption('chatwoot');
    await form.locator('[data-action="refresh-tabs"]').click();
    // The form's addresses match this tab, so it is picked first.
    await expect.poll(async () => (await form.locator('select[name="checkTab"] option:checked').innerText())).toContain('app.chatwoot.com');
    await form.locator('[data-action="check-site"]').click();
    const result = options.locator('[data-site-check]');
    await expect.poll(() => result.locator('[data-check-messages]').getAttribute('data-check-messages')).toBe('3');
    expect(await result.locator('[data-check-customer]').getAttribute('data-check-customer')).toBe('Dana Whitfield');
    await desk.close();
  });

  it('shows the policy section with no policy set', async () => {
    const policy = options.locator('[data-section="policy"]');
    expect(await policy.locator('[data-policy-none]').innerText()).toContain('No policy');
    expect(await policy.locator('[data-policy-rejection]').count()).toBe(0);
  });

  it('renders light and dark themes (screenshots in test-output/)', async () => {
    // The sticky header would otherwise sit where the page was scrolled to.
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: resolve(OUTPUT, 'options-light.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: resolve(OUTPUT, 'options-dark.png'), fullPage: true });
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 25, 30)');
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('logs no errors: nothing thrown, nothing refused by the page’s strict CSP', async () => {
    expect(consoleErrors).toEqual([]);
  });

  it('labels every control', async () => {
    const unlabeled = await options.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          return !labelled && !(el.tagName === 'BUTTON' && el.innerText.trim());
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabeled).toEqual([]);
  });
});

async function preApproveHost(pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await page.evaluate(([id, host]) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id!, host!), [browser.extensionId, pattern]);
  await page.close();
}
