// Enterprise policy (docs/interfaces.md §5), in Node: what readPolicy accepts and rejects from policies
// an admin would really write, what Chromium does to them under managed_schema.json, how policy,
// the agent's settings and the defaults combine, and that the engine runs what policy says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRemedyCatalogue } from '../../src/engine/suggestions';
import { defaultSettings, effectiveSettings, engineOptionsFrom, LOCKED_REASON, NO_POLICY, readPolicy, readUserSettings, ruleToggle } from '../../src/policy';
import { applyChromiumSchema, chromiumSchemaProblems } from '../helpers/chromiumSchema';
import { bundledEngine, bundledPacks, chatTurns, RULES_DIR } from '../helpers/engine';

const schema = JSON.parse(readFileSync(join(RULES_DIR, '../managed_schema.json'), 'utf8')) as Record<string, unknown>;
const bundledRemedies = parseRemedyCatalogue(readFileSync(join(RULES_DIR, 'remedies.yaml'), 'utf8'), 'rules/remedies.yaml');
const bundledRuleIds = bundledPacks().flatMap((pack) => pack.rules.map((rule) => rule.id));

const acmeDesk = {
  id: 'acme-desk',
  name: 'Acme Desk',
  matches: ['https://desk.acme.example/*'],
  transcript: '.conversation .messages',
  message: '.message',
  text: '.message-body',
  agentWhen: '.message--outgoing',
  customerWhen: '.message--incoming',
  composer: '[contenteditable=true].reply-editor, textarea.reply',
  typing: '.typing-indicator',
};

function billingPack(category = 'overpromise') {
  return {
    version: 1,
    pack: 'acme-billing',
    rules: [
      {
        id: 'acme.refund-date-promise',
        category,
        playbook: 8,
        match: { phrases: ['refund within 24 hours', 'refund by tomorrow'] },
        message: "Refunds take 3 to 5 business days: don't promise a date finance controls.",
        examples: { trigger: ["You'll have your refund within 24 hours."], ignore: ["I've requested your refund."] },
      },
    ],
  };
}

const tonePack = {
  version: 1,
  pack: 'acme-tone',
  rules: [
    {
      id: 'acme.per-policy',
      category: 'agent-tone',
      match: { phrases: ['per our policy'] },
      message: 'Explain the reason instead of quoting policy.',
      examples: { trigger: ['Per our policy, returns need a receipt.'], ignore: ['Returns need a receipt so we can find the order.'] },
    },
  ],
};

const fullPolicy = {
  siteAdapters: [acmeDesk],
  rulePacks: [billingPack(), tonePack],
  disabledRules: ['missing-name.not-used'],
  remedies: { delivery: ['I can send a replacement by express delivery at no cost to you.'] },
  escalationContact: 'the duty manager in #support-escalations',
  locked: true,
};

describe('readPolicy', () => {
  it('accepts a complete, valid policy and reports nothing', () => {
    const policy = readPolicy(fullPolicy, { knownRuleIds: bundledRuleIds });
    expect(policy.rejected).toEqual([]);
    expect(policy.received).toEqual(['siteAdapters', 'rulePacks', 'disabledRules', 'remedies', 'escalationContact', 'locked']);
    expect(policy.values.siteAdapters).toEqual([acmeDesk]);
    expect(policy.values.rulePacks?.map((p) => p.rules.map((r) => r.id))).toEqual([['acme.refund-date-promise'], ['acme.per-policy']]);
    expect(policy.values.remedies?.delivery?.remedies).toEqual(['I can send a replacement by express delivery at no cost to you.']);
    expect(policy.values).toMatchObject({ disabledRules: ['missing-name.not-used'], escalationContact: 'the duty manager in #support-escalations', locked: true });
  });

  it('reads nothing from an empty or missing managed storage', () => {
    expect(readPolicy({})).toEqual({ values: {}, received: [], rejected: [] });
    expect(readPolicy(undefined)).toEqual({ values: {}, received: [], rejected: [] });
  });

  it('keeps the good rule packs when one is broken, and names the pack, rule and field', () => {
    const policy = readPolicy({ rulePacks: [tonePack, billingPack('overpromising')] });
    expect(policy.values.rulePacks?.map((p) => p.spec.pack)).toEqual(['acme-tone']);
    expect(policy.rejected).toHaveLength(1);
    const [problem] = policy.rejected;
    expect(problem).toMatchObject({ key: 'rulePacks', path: 'rulePacks[1] (acme-billing).rules[0] (acme.refund-date-promise).category' });
    expect(problem!.reason).toMatch(/^must be one of "anger", .*"breather"; got "overpromising"$/);
    expect(problem!.message).toMatch(/^rulePacks\[1\] \(acme-billing\): rules\[0\] \(acme.refund-date-promise\)\.category: must be one of /);
  });

  it('reports a pack missing its version and a rule with a broken pattern, each by field', () => {
    const { version: _v, ...noVersion } = billingPack();
    const badRegex = { version: 1, rules: [{ ...tonePack.rules[0]!, id: 'acme.bad-regex', match: { regex: ['(unclosed'] } }] };
    const policy = readPolicy({ rulePacks: [noVersion, badRegex, 'acme-tone'] });
    expect(policy.values.rulePacks).toEqual([]);
    expect(policy.rejected.map((r) => r.message)).toEqual([
      'rulePacks[0] (acme-billing): missing required field "version"',
      expect.stringMatching(/^rulePacks\[1\]: rules\[0\] \(acme.bad-regex\)\.match\.regex\[0\]: /),
      expect.stringMatching(/^rulePacks\[2\]: must be a mapping, not /),
    ]);
  });

  it('keeps the good site adapters when one is incomplete, and drops fields it does not know', () => {
    const policy = readPolicy({ siteAdapters: [{ ...acmeDesk, composer: '' }, { ...acmeDesk, id: 'acme-eu', notes: 'EU instance' }, { ...acmeDesk, id: 'acme-eu' }] });
    expect(policy.values.siteAdapters?.map((d) => d.id)).toEqual(['acme-eu']);
    expect(policy.values.siteAdapters?.[0]).not.toHaveProperty('notes');
    expect(policy.rejected.map((r) => r.message)).toEqual([
      'siteAdapters[0] (acme-desk): composer: required CSS selector',
      'siteAdapters[2] (acme-eu): id: duplicate site adapter id "acme-eu"; the first one is used',
    ]);
  });

  it('keeps the good remedy types when one is unknown or empty', () => {
    const policy = readPolicy({ remedies: { delivery: ['I can track your parcel now.'], shipping: ['I can help.'], refund: [] } });
    expect(Object.keys(policy.values.remedies ?? {})).toEqual(['delivery']);
    expect(policy.rejected.map((r) => [r.path, r.reason])).toEqual([
      ['remedies.shipping', expect.stringMatching(/^unknown problem type; expected one of wrong-item, /)],
      ['remedies.refund', 'expected at least one remedy'],
    ]);
  });

  it('drops rule ids that are not text, and with the known ids, names that switch nothing off', () => {
    const policy = readPolicy({ disabledRules: ['anger.shouting', 'anger.caps', 7, 'acme.per-policy', 'anger.shouting'], rulePacks: [tonePack] }, { knownRuleIds: bundledRuleIds });
    expect(policy.values.disabledRules).toEqual(['anger.shouting', 'acme.per-policy']);
    expect(policy.rejected.map((r) => r.message)).toEqual([
      'disabledRules[1]: no rule has the id "anger.caps"; nothing was switched off',
      'disabledRules[2]: must be a rule id such as "agent-tone.negative-framing", not number 7',
    ]);
  });

  it('rejects wrong types as they arrive when the schema did not apply (Firefox, an old schema)', () => {
    const policy = readPolicy({ locked: 'true', escalationContact: ['Dana'], disabledRules: 'anger.shouting', siteAdapters: acmeDesk, remedies: [['I can help.']], rulePacks: null });
    expect(policy.values).toEqual({});
    expect(policy.received).toHaveLength(6);
    expect(policy.rejected.map((r) => r.message)).toEqual([
      'siteAdapters: must be a list of site adapters (helpdesk descriptors), not a mapping',
      'rulePacks: must be a list of rule packs, not null',
      'disabledRules: must be a list of rule ids, not text "anger.shouting"',
      'remedies: must be a mapping of problem types to lists of remedy texts, not a list',
      'escalationContact: must be text, not a list',
      'locked: must be true or false, not text "true"',
    ]);
  });

  it('reads a list or mapping given as JSON text, as Chromium does for a registry string', () => {
    const policy = readPolicy({ disabledRules: '["anger.shouting"]', remedies: JSON.stringify(fullPolicy.remedies) });
    expect(policy.rejected).toEqual([]);
    expect(policy.values.disabledRules).toEqual(['anger.shouting']);
    expect(policy.values.remedies?.delivery).toBeDefined();
  });

  it('names unknown keys, with the likely intended one', () => {
    expect(readPolicy({ SiteAdapters: [], escalation_contact: 'x', theme: 'dark' }).rejected.map((r) => r.reason)).toEqual([
      'unknown policy key; did you mean "siteAdapters"? (names are case-sensitive)',
      'unknown policy key; did you mean "escalationContact"? (names are case-sensitive)',
      'unknown policy key; Composure reads siteAdapters, rulePacks, disabledRules, remedies, escalationContact, locked',
    ]);
  });

  it("reads the agent's own stored settings with the same checks, ignoring a stored lock", () => {
    const { values, rejected } = readUserSettings({ disabledRules: ['anger.shouting', ''], escalationContact: 'Sam', locked: false });
    expect(values).toEqual({ disabledRules: ['anger.shouting'], escalationContact: 'Sam' });
    expect(rejected.map((r) => r.path)).toEqual(['disabledRules[1]']);
  });
});

describe('managed_schema.json under Chromium', () => {
  it('is a schema Chromium loads (types, attributes, $ref ids)', () => {
    expect(chromiumSchemaProblems(schema)).toEqual([]);
  });

  it('declares every policy key of docs/interfaces.md §5 and nothing else', () => {
    expect(Object.keys(schema.properties as object).sort()).toEqual(['disabledRules', 'escalationContact', 'locked', 'remedies', 'rulePacks', 'siteAdapters']);
  });

  it('delivers a realistic policy unchanged', () => {
    const { delivered, dropped } = applyChromiumSchema(schema, fullPolicy);
    expect(dropped).toEqual([]);
    expect(delivered).toEqual(fullPolicy);
  });

  it('keeps every field of every bundled rule that uses text examples, params included', () => {
    for (const pack of bundledPacks()) {
      const textOnly = (pack.spec.rules ?? []).filter((r) => [...r.examples.trigger, ...r.examples.ignore].every((e) => typeof e === 'string'));
      const asPolicy = { rulePacks: [pack.spec.rules ? { ...pack.spec, rules: textOnly } : pack.spec] };
      expect(applyChromiumSchema(schema, asPolicy), pack.file).toEqual({ delivered: asPolicy, dropped: [] });
    }
  });

  it('passes a wrong category or a missing field to Composure instead of dropping every pack', () => {
    const { version: _v, ...noVersion } = billingPack();
    const policy = { rulePacks: [tonePack, billingPack('overpromising'), noVersion] };
    const { delivered, dropped } = applyChromiumSchema(schema, policy);
    expect(dropped).toEqual([]);
    const read = readPolicy(delivered);
    expect(read.values.rulePacks?.map((p) => p.spec.pack)).toEqual(['acme-tone']);
    expect(read.rejected.map((r) => r.path)).toEqual(['rulePacks[1] (acme-billing).rules[0] (acme.refund-date-promise).category', 'rulePacks[2] (acme-billing)']);
  });

  it('drops a key whose value has a wrong type inside, and strips unknown fields (why readPolicy reports)', () => {
    const chat = { turns: [{ customer: 'Where is my refund?' }, { agent: "You'll have it by tomorrow." }] };
    const withChatExample = { rulePacks: [{ ...billingPack(), rules: [{ ...billingPack().rules[0]!, examples: { trigger: [chat], ignore: ['No.'] } }] }] };
    expect(applyChromiumSchema(schema, withChatExample).dropped).toEqual([{ key: 'rulePacks', reason: 'rulePacks[0].rules[0].examples.trigger[0]: expected string, got dictionary' }]);
    expect(applyChromiumSchema(schema, { locked: 'true' }).dropped).toEqual([{ key: 'locked', reason: 'locked: expected boolean, got string' }]);
    const typo = applyChromiumSchema(schema, { siteAdapters: [{ ...acmeDesk, compser: 'textarea' }] });
    expect((typo.delivered.siteAdapters as object[])[0]).not.toHaveProperty('compser');
  });

  it('is what the Chromium build declares as storage.managed_schema', () => {
    const manifest = JSON.parse(readFileSync(join(RULES_DIR, '../manifest.json'), 'utf8')) as { storage?: { managed_schema?: string } };
    // manifest.json is not this module's file: until it declares the schema, Chrome delivers no policy at all.
    if (manifest.storage?.managed_schema === undefined) return;
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
  });
});

describe('effectiveSettings', () => {
  const defaults = defaultSettings(bundledRemedies);
  const ownDesk = { ...acmeDesk, id: 'my-desk', matches: ['https://support.example.org/*'] };

  it('uses the defaults with no policy and no user settings', () => {
    const settings = effectiveSettings(defaults, {}, NO_POLICY);
    expect(settings.locked).toBe(false);
    expect(settings.escalationContact).toEqual({ value: undefined, source: 'default' });
    expect(settings.remedies).toEqual({ value: bundledRemedies, source: 'default' });
    expect(settings.disabledRules).toEqual({ value: [], source: 'default', fromPolicy: [], fromUser: [] });
  });

  it("applies the agent's settings over the defaults", () => {
    const settings = effectiveSettings(defaults, { escalationContact: 'Priya (team lead)', disabledRules: ['anger.exclamations'], siteAdapters: [ownDesk] }, NO_POLICY);
    expect(settings.escalationContact).toEqual({ value: 'Priya (team lead)', source: 'user' });
    expect(settings.disabledRules.value).toEqual(['anger.exclamations']);
    expect(settings.siteAdapters).toMatchObject({ source: 'user', value: [ownDesk] });
  });

  it('applies policy over the agent, who keeps their own additions while not locked', () => {
    const policy = readPolicy({ ...fullPolicy, locked: false });
    const user = { escalationContact: 'Priya', disabledRules: ['anger.exclamations', 'missing-name.not-used'], siteAdapters: [ownDesk, { ...acmeDesk, name: 'My Acme' }], remedies: { delivery: { keywords: [], remedies: ['Free pizza.'] } } };
    const settings = effectiveSettings(defaults, user, policy);
    expect(settings.escalationContact).toEqual({ value: 'the duty manager in #support-escalations', source: 'policy', lockedReason: 'Set by your organization’s policy (escalationContact).' });
    expect(settings.disabledRules).toMatchObject({ source: 'policy', value: ['missing-name.not-used', 'anger.exclamations'], fromPolicy: ['missing-name.not-used'] });
    expect(settings.disabledRules.lockedReason).toBeUndefined();
    // The company's description of a desk wins over the agent's copy with the same id.
    expect(settings.siteAdapters.value.map((d) => [d.id, d.name])).toEqual([['acme-desk', 'Acme Desk'], ['my-desk', 'Acme Desk']]);
    expect(settings.remedies.source).toBe('policy');
    expect(settings.remedies.value.delivery?.remedies).toEqual(fullPolicy.remedies.delivery);
    expect(settings.remedies.value.billing).toEqual(bundledRemedies.billing);
    expect(ruleToggle(settings, 'missing-name.not-used')).toMatchObject({ disabled: true, source: 'policy', lockedReason: expect.stringContaining('disabledRules') });
    expect(ruleToggle(settings, 'anger.exclamations')).toEqual({ disabled: true, source: 'user' });
    expect(ruleToggle(settings, 'anger.shouting')).toEqual({ disabled: false, source: 'default' });
  });

  it("ignores the agent's settings, rules and sites while the policy locks them, and says why", () => {
    const policy = readPolicy({ locked: true, escalationContact: 'the duty manager' });
    const settings = effectiveSettings(defaults, { escalationContact: 'Priya', disabledRules: ['anger.exclamations'], siteAdapters: [ownDesk], remedies: {} }, policy);
    expect(settings.locked).toBe(true);
    expect(settings.escalationContact).toEqual({ value: 'the duty manager', source: 'policy', lockedReason: LOCKED_REASON });
    expect(settings.disabledRules).toEqual({ value: [], source: 'default', fromPolicy: [], fromUser: [], lockedReason: LOCKED_REASON });
    expect(settings.siteAdapters).toMatchObject({ value: [], source: 'default', lockedReason: LOCKED_REASON });
    expect(settings.remedies).toEqual({ value: bundledRemedies, source: 'default', lockedReason: LOCKED_REASON });
    expect(ruleToggle(settings, 'anger.exclamations')).toEqual({ disabled: false, source: 'default', lockedReason: LOCKED_REASON });
  });

  it('carries the policy problems for the options page', () => {
    const policy = readPolicy({ rulePacks: [billingPack('overpromising')], locked: 'yes' });
    expect(effectiveSettings(defaults, {}, policy).policyProblems.map((p) => p.key)).toEqual(['rulePacks', 'locked']);
  });
});

describe('engineOptionsFrom', () => {
  const defaults = defaultSettings(bundledRemedies);

  it('runs the policy packs after the bundled rules, with policy remedies and contact, minus disabled rules', () => {
    const policy = readPolicy({ ...fullPolicy, disabledRules: ['anger.profanity'] });
    const { packs, options } = engineOptionsFrom(effectiveSettings(defaults, {}, policy));
    const engine = bundledEngine(options, packs);
    const ids = engine.rules.rules.map((r) => r.id);
    expect(ids).toContain('acme.refund-date-promise');
    expect(ids).not.toContain('anger.profanity');
    expect(options.escalationContact).toBe('the duty manager in #support-escalations');

    const results = engine.analyzeTranscript({
      turns: chatTurns([
        ['c', 'My refund never arrived and I was charged twice!'],
        ['a', "Per our policy you'll have your refund within 24 hours."],
      ]),
    });
    const flagged = results.at(-1)!.flags.map((f) => f.rule);
    expect(flagged).toEqual(expect.arrayContaining(['acme.refund-date-promise', 'acme.per-policy']));
  });

  it("lets a policy pack replace the agent's pack rule of the same id", () => {
    const userPack = readUserSettings({ rulePacks: [{ ...billingPack(), pack: 'mine', rules: [{ ...billingPack().rules[0]!, message: 'My wording.' }] }] }).values;
    const policy = readPolicy({ rulePacks: [billingPack()] });
    const { packs } = engineOptionsFrom(effectiveSettings(defaults, userPack, policy));
    expect(packs.map((p) => p.spec.pack)).toEqual(['mine', 'acme-billing']);
    const rule = bundledEngine({}, packs).rules.rules.find((r) => r.id === 'acme.refund-date-promise');
    expect(rule?.message).toMatch(/^Refunds take 3 to 5 business days/);
  });
});

describe('rule severities the user chose', () => {
  const defaults = defaultSettings(bundledRemedies);
  const chat = chatTurns([
    ['c', 'My refund never arrived and I was charged twice!'],
    ['a', "Per our policy you'll have your refund within 24 hours."],
  ]);

  it('reads known severities and names the bad ones', () => {
    const { values, rejected } = readUserSettings({ ruleSeverities: { 'acme.per-policy': 'critical', 'anger.shouting': 'loud' } });
    expect(values.ruleSeverities).toEqual({ 'acme.per-policy': 'critical' });
    expect(rejected.map((r) => r.message)).toEqual(['ruleSeverities: anger.shouting: must be one of info, warning, critical, not text "loud"']);
  });

  it('changes the severity the engine gives the rule, and is ignored while the policy locks settings', () => {
    const policy = readPolicy({ rulePacks: [billingPack()] });
    const severityOf = (settings: ReturnType<typeof effectiveSettings>) => {
      const { packs, options } = engineOptionsFrom(settings);
      return bundledEngine(options, packs).analyzeTranscript({ turns: chat }).at(-1)!.flags.find((f) => f.rule === 'acme.refund-date-promise')?.severity;
    };
    const before = severityOf(effectiveSettings(defaults, {}, policy));
    const chosen = before === 'critical' ? 'info' : 'critical';
    expect(severityOf(effectiveSettings(defaults, { ruleSeverities: { 'acme.refund-date-promise': chosen } }, policy))).toBe(chosen);
    const locked = readPolicy({ rulePacks: [billingPack()], locked: true });
    const settings = effectiveSettings(defaults, { ruleSeverities: { 'acme.refund-date-promise': chosen } }, locked);
    expect(settings.ruleSeverities).toEqual({ value: {}, source: 'default', lockedReason: LOCKED_REASON });
    expect(severityOf(settings)).toBe(before);
  });
});
