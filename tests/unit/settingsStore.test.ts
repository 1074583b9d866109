// The worker's settings in Node: the engine is rebuilt only when its inputs change, open
// conversations re-run on the new rules without duplicate flags, the panel's rule switch respects
// policy, and the registered content script covers exactly the granted non-built-in desks.
import { describe, expect, it } from 'vitest';
import { SettingsEngine } from '../../src/background/settingsEngine';
import { engineInputsKey, switchRule } from '../../src/policy';
import { describedPatterns, patternCovers, registrationStep } from '../../src/background/siteScriptMatches';
import { TabConversation } from '../../src/background/tabConversation';
import { bundledRemedies, bundledRulePacks } from '../../src/settings/bundledRules';
import { createEngine } from '../../src/engine/engine';
import type { SiteDescriptor } from '../../src/sites/siteDescriptor';
import { defaultSettings, effectiveSettings, readPolicy, type UserSettings } from '../../src/policy';
import { chatTurns } from '../helpers/engine';

const knownRuleIds = new Set(bundledRulePacks().flatMap((pack) => pack.rules.map((rule) => rule.id)));
const settingsWith = (user: UserSettings, policy: Record<string, unknown> = {}) =>
  effectiveSettings(defaultSettings(bundledRemedies()), user, readPolicy(policy, { knownRuleIds }));

const acmeDesk: SiteDescriptor = {
  id: 'acme-desk',
  name: 'Acme Desk',
  matches: ['https://desk.acme.example/*'],
  transcript: '.conversation .messages',
  message: '.message',
  agentWhen: '.message--outgoing',
  customerWhen: '.message--incoming',
  composer: 'textarea.reply',
};

const acmePack = {
  version: 1,
  pack: 'acme-support',
  rules: [
    {
      id: 'acme.refund-date-promise',
      category: 'overpromise',
      severity: 'warning',
      match: { phrases: ['refund within 24 hours'] },
      message: "Refunds take 3 to 5 business days at Acme: don't promise a date that finance controls.",
      examples: { trigger: ["You'll have your refund within 24 hours."], ignore: ['I have requested your refund.'] },
    },
  ],
};

const chat = chatTurns([
  ['c', 'My parcel never arrived and nobody answers my emails!', 0],
  ['a', 'It’s not my fault, the courier lost it. You will have your refund within 24 hours.', 40],
]);

function conversationOn(engines: SettingsEngine): TabConversation {
  const tab = new TabConversation(() => engines.current());
  const outcome = tab.applyTurns({ type: 'turns', conversationKey: 'acme-1', customerName: 'Dana Whitfield', from: 0, turns: chat, total: chat.length }, Date.now());
  expect(outcome.kind).toBe('applied');
  return tab;
}
const openRules = (tab: TabConversation) => tab.live!.openFlags().map((flag) => flag.rule).sort();

describe('the engine in force', () => {
  it('is built on first use, not when settings arrive', () => {
    let builds = 0;
    const engines = new SettingsEngine((packs, options) => (builds++, createEngine([...bundledRulePacks(), ...packs], options)));
    engines.update(settingsWith({}));
    engines.update(settingsWith({ disabledRules: ['anger.demand'] }));
    expect(builds).toBe(0);
    engines.current();
    engines.current();
    expect(builds).toBe(1);
  });

  it('is rebuilt only when what it is built from changed', () => {
    let builds = 0;
    const engines = new SettingsEngine((packs, options) => (builds++, createEngine([...bundledRulePacks(), ...packs], options)));
    engines.update(settingsWith({}));
    engines.current();
    // A new desk or the same values read again change nothing the engine uses.
    expect(engines.update(settingsWith({ siteAdapters: [acmeDesk] }))).toBe(false);
    expect(engineInputsKey(settingsWith({}, { escalationContact: 'the duty manager' }))).toBe(engineInputsKey(settingsWith({}, { escalationContact: 'the duty manager' })));
    expect(engines.update(settingsWith({}, { escalationContact: 'the duty manager' }))).toBe(true);
    engines.current();
    expect(builds).toBe(2);
    expect(engines.update(settingsWith({}, { escalationContact: 'the duty manager', siteAdapters: [acmeDesk] }))).toBe(false);
    expect(engines.update(settingsWith({}, { escalationContact: 'the duty manager', rulePacks: [acmePack] }))).toBe(true);
  });

  it('re-runs an open conversation on new rules with each flag once', () => {
    const engines = new SettingsEngine();
    engines.update(settingsWith({}));
    const tab = conversationOn(engines);
    const before = openRules(tab);
    expect(before).toContain('liability-admission.fault');
    expect(before).not.toContain('acme.refund-date-promise');

    // The admin adds a pack and switches the liability rule off for everyone.
    expect(engines.update(settingsWith({}, { rulePacks: [acmePack], disabledRules: ['liability-admission.fault'] }))).toBe(true);
    tab.rerun();
    const after = openRules(tab);
    expect(after).toContain('acme.refund-date-promise');
    expect(after).not.toContain('liability-admission.fault');
    expect(new Set(after).size).toBe(after.length);
    expect(tab.turnCount).toBe(chat.length);
    expect(tab.live!.customerName()).toBe('Dana Whitfield');

    // And back: the rule returns, once.
    expect(engines.update(settingsWith({}, { rulePacks: [acmePack] }))).toBe(true);
    tab.rerun();
    expect(openRules(tab).filter((rule) => rule === 'liability-admission.fault')).toHaveLength(1);
  });

  it('keeps the conversation going on the new engine after a re-run', () => {
    const engines = new SettingsEngine();
    engines.update(settingsWith({}));
    const tab = conversationOn(engines);
    engines.update(settingsWith({ disabledRules: ['liability-admission.fault'] }));
    tab.rerun();
    const next = chatTurns([['c', 'This is the third time I have contacted you about this!!', 0]]);
    expect(tab.applyTurns({ type: 'turns', conversationKey: 'acme-1', from: chat.length, turns: next, total: chat.length + 1 }, Date.now()).kind).toBe('applied');
    expect(tab.turnCount).toBe(chat.length + 1);
    expect(openRules(tab)).not.toContain('liability-admission.fault');
  });
});

describe('switching a rule from the panel', () => {
  it('adds to and removes from the user’s own list', () => {
    const user: UserSettings = { disabledRules: ['anger.demand'] };
    expect(switchRule(settingsWith(user), user, 'agent-tone.dismissive', false)).toEqual({ ok: true, userDisabled: ['anger.demand', 'agent-tone.dismissive'] });
    expect(switchRule(settingsWith(user), user, 'anger.demand', true)).toEqual({ ok: true, userDisabled: [] });
  });

  it('is refused for a rule the policy switched off, and for every rule while locked', () => {
    const policyOff = switchRule(settingsWith({}, { disabledRules: ['missing-name.not-used'] }), {}, 'missing-name.not-used', true);
    expect(policyOff).toMatchObject({ ok: false, reason: expect.stringMatching(/policy/) });
    const locked = switchRule(settingsWith({}, { locked: true }), {}, 'anger.demand', false);
    expect(locked).toMatchObject({ ok: false, reason: expect.stringMatching(/locks/) });
  });
});

describe('the registered content script for described desks', () => {
  const builtIn = ['https://*.zendesk.com/*', 'https://*.gorgias.com/app/*', 'https://app.intercom.com/*'];

  it('covers the described desks the manifest does not already', () => {
    const selfHostedZendesk = { ...acmeDesk, id: 'acme-zendesk', matches: ['https://acme.zendesk.com/agent/*'] };
    const twoPages = { ...acmeDesk, id: 'acme-desk-eu', matches: ['https://desk.acme.example/*', 'https://eu.desk.acme.example/*'] };
    expect(describedPatterns([acmeDesk, selfHostedZendesk, twoPages], builtIn)).toEqual(['https://desk.acme.example/*', 'https://eu.desk.acme.example/*']);
  });

  it('knows when one match pattern covers another', () => {
    expect(patternCovers('https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/*')).toBe(true);
    expect(patternCovers('https://*.zendesk.com/*', 'https://zendesk.com/*')).toBe(true);
    expect(patternCovers('https://*.gorgias.com/app/*', 'https://acme.gorgias.com/app/ticket/*')).toBe(true);
    expect(patternCovers('https://*.gorgias.com/app/*', 'https://acme.gorgias.com/*')).toBe(false);
    expect(patternCovers('https://*.zendesk.com/*', 'https://zendesk.com.evil.example/*')).toBe(false);
    expect(patternCovers('https://app.intercom.com/*', 'http://app.intercom.com/*')).toBe(false);
    expect(patternCovers('*://*/*', 'https://desk.acme.example/*')).toBe(true);
  });

  it('registers, updates and unregisters only when the matches change', () => {
    const desk = ['https://desk.acme.example/*'];
    expect(registrationStep(undefined, [])).toEqual({ kind: 'none' });
    expect(registrationStep(undefined, desk)).toEqual({ kind: 'register', matches: desk });
    expect(registrationStep(desk, [...desk])).toEqual({ kind: 'none' });
    expect(registrationStep(desk, [...desk, 'https://eu.desk.acme.example/*'])).toEqual({ kind: 'update', matches: [...desk, 'https://eu.desk.acme.example/*'] });
    expect(registrationStep(desk, [])).toEqual({ kind: 'unregister' });
  });
});
