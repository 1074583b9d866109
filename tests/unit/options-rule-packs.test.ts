// Rule packs in the options page: import errors as "file:line: field: reason", what is stored,
// and the export of the rules in force, which must load again and give the same engine.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine';
import { defaultSettings, effectiveSettings, engineOptionsFrom, LOCKED_REASON, readPolicy, switchRule } from '../../src/policy';
import { effectivePackYaml } from '../../src/options/effectivePack';
import { exampleWarnings, lintWarnings, importRulePack, packsAfterImport, packsAfterRemoval } from '../../src/options/rulePackImport';
import { rulesInForce, severitiesAfterChoice, sourcedPacks } from '../../src/options/rulesInForce';
import type { ComposureEngine } from '../../src/engine/engine';
import { bundledEngine, bundledPacks } from '../helpers/engine';
import { REFUND_PACK } from '../fixtures/rulePacks';

const BROKEN_PACK = `version: 1
pack: acme-broken
rules:
  - id: overpromise.refund-today
    category: overpromises
    message: Refunds take 3–5 days.
    match:
      regex: ["(unclosed"]
    examples:
      trigger: ["You'll be refunded today."]
      ignore: ["I can request a refund."]
`;

const ruleSummary = (engine: ComposureEngine) => engine.rules.rules.map((r) => `${r.id}:${r.severity}`).sort();

describe('importing a rule pack', () => {
  it('accepts a good pack and keeps it as its JSON value', () => {
    const result = importRulePack(REFUND_PACK, 'acme-billing.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stored).toEqual(parse(REFUND_PACK));
    expect(JSON.parse(JSON.stringify(result.stored))).toEqual(result.stored);
    expect(result.pack.rules.map((r) => r.id)).toEqual(['overpromise.refund-today']);
  });

  it('names the file, line and field of every problem', () => {
    const result = importRulePack(BROKEN_PACK, 'acme-broken.yaml');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^acme-broken\.yaml:5: rules\[0\] \(overpromise\.refund-today\)\.category: /)] });
    const syntax = importRulePack('version: 1\nrules: [\n', 'bad.yaml');
    expect(syntax.ok).toBe(false);
    if (!syntax.ok) expect(syntax.errors[0]).toMatch(/^bad\.yaml:\d+: YAML syntax: /);
    const json = importRulePack('{"version": 1, "rules": [{"id": "Bad Id", "category": "anger", "message": "x", "match": {"phrases": ["x"]}, "examples": {"trigger": ["x"], "ignore": ["y"]}}]}', 'pack.json');
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.errors[0]).toMatch(/^pack\.json:1: rules\[0\] \(Bad Id\)\.id: /);
  });

  it('names an unnamed pack after its file and replaces a stored pack of the same name', () => {
    const unnamed = importRulePack(REFUND_PACK.replace('pack: acme-billing\n', ''), 'team-rules.json');
    expect(unnamed.ok && unnamed.stored.pack).toBe('team-rules');
    const first = { version: 1, pack: 'acme-billing', rules: [] };
    const other = { version: 1, pack: 'acme-tone', rules: [] };
    const imported = importRulePack(REFUND_PACK, 'acme-billing.yaml');
    if (!imported.ok) throw new Error('expected the pack to load');
    expect(packsAfterImport([first, other], imported.stored)).toEqual([imported.stored, other]);
    expect(packsAfterImport([other], imported.stored)).toEqual([other, imported.stored]);
    expect(packsAfterRemoval([first, other], 'acme-billing')).toEqual([other]);
  });

  it("warns of what lint would find in the pack, by file, line and field", () => {
    const untested = importRulePack(REFUND_PACK.replace('phrases: ["refund today", "refunded today"]', 'patterns: ["(refund | refunded) today", "money back (now | today)"]').replace('version: 1', 'version: 2'), 'acme-billing.yaml');
    if (!untested.ok) throw new Error('expected the pack to load');
    expect(lintWarnings(bundledEngine({}, [untested.pack]), untested.pack)).toEqual([
      expect.stringMatching(/^acme-billing\.yaml:9: rules\[0\] \(overpromise\.refund-today\)\.match\.patterns\[1\]: no trigger example of the rule exercises this word pattern/),
    ]);
    const clean = importRulePack(REFUND_PACK, 'acme-billing.yaml');
    if (!clean.ok) throw new Error('expected the pack to load');
    expect(lintWarnings(bundledEngine({}, [clean.pack]), clean.pack)).toEqual([]);
  });

  it('reports the examples that do not behave as written, worded like `composure test`', () => {
    const wrong = importRulePack(REFUND_PACK.replace('ignore: ["I can request a refund for you now."]', 'ignore: ["Refunded today, as promised."]'), 'acme-billing.yaml');
    if (!wrong.ok) throw new Error('expected the pack to load');
    const warnings = exampleWarnings(bundledEngine({}, [wrong.pack]), wrong.pack);
    expect(warnings).toEqual([expect.stringMatching(/^acme-billing\.yaml:12 overpromise\.refund-today expected not to fire, fired: .*overpromise\.refund-today.* — "Refunded today, as promised\."$/)]);
    const good = importRulePack(REFUND_PACK, 'acme-billing.yaml');
    if (good.ok) expect(exampleWarnings(bundledEngine({}, [good.pack]), good.pack)).toEqual([]);
  });
});

describe('exporting the rules in force', () => {
  it('round-trips: the exported file imports again and gives the same rules and severities', () => {
    const userPack = importRulePack(REFUND_PACK, 'acme-billing.yaml');
    if (!userPack.ok) throw new Error('expected the pack to load');
    const policy = readPolicy({ disabledRules: ['anger.sarcasm-hint'] });
    const user = {
      rulePacks: [userPack.pack],
      disabledRules: ['agent-tone.negative-framing'],
      ruleSeverities: severitiesAfterChoice({}, { id: 'anger.demand', fileSeverity: 'warning' }, 'critical'),
    };
    const settings = effectiveSettings(defaultSettings({}), user, policy);
    const bundled = bundledPacks();
    const rules = rulesInForce(sourcedPacks(bundled, settings), settings);
    const { packs, options } = engineOptionsFrom(settings);
    const inForce = createEngine([...bundled, ...packs], options);

    const exported = importRulePack(effectivePackYaml(rules, new Date('2026-11-25T10:00:00Z')), 'composure-effective-2026-11-25.yaml');
    if (!exported.ok) throw new Error(`the export does not load again:\n${exported.errors.join('\n')}`);
    const reloaded = createEngine([...bundled, exported.pack]);

    expect(ruleSummary(reloaded)).toEqual(ruleSummary(inForce));
    expect(ruleSummary(reloaded)).toContain('anger.demand:critical');
    expect(ruleSummary(reloaded)).toContain('overpromise.refund-today:critical');
    expect(ruleSummary(reloaded).some((r) => r.startsWith('agent-tone.negative-framing:'))).toBe(false);
    expect(ruleSummary(reloaded).some((r) => r.startsWith('anger.sarcasm-hint:'))).toBe(false);
    // Every rule is in the file, those switched off with `enabled: false`, so it can switch them on again.
    expect(exported.pack.rules).toHaveLength(rules.length);
    expect(exported.pack.rules.find((r) => r.id === 'agent-tone.negative-framing')?.enabled).toBe(false);
  });

  it('lists every rule once with where it comes from and who decided it', () => {
    const policy = readPolicy({ disabledRules: ['anger.sarcasm-hint'] });
    const settings = effectiveSettings(defaultSettings({}), { ruleSeverities: { 'anger.demand': 'info' } }, policy);
    const rules = rulesInForce(sourcedPacks(bundledPacks(), settings), settings);
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rules.find((r) => r.id === 'anger.sarcasm-hint')).toMatchObject({ on: false, toggleSource: 'policy', lockedReason: expect.stringContaining('policy') });
    expect(rules.find((r) => r.id === 'anger.demand')).toMatchObject({ on: true, severity: 'info', fileSeverity: 'warning', packSource: 'bundled' });
  });
});

describe('while the policy locks settings', () => {
  it('every rule is read-only with the policy’s reason, and none can be switched from the playground', () => {
    const settings = effectiveSettings(defaultSettings({}), { disabledRules: ['anger.demand'] }, readPolicy({ locked: true }));
    const rules = rulesInForce(sourcedPacks(bundledPacks(), settings), settings);
    expect(rules.every((rule) => rule.lockedReason === LOCKED_REASON)).toBe(true);
    // The user's own choice is kept in storage but not applied while locked.
    expect(rules.find((rule) => rule.id === 'anger.demand')?.on).toBe(true);
    expect(settings.ruleSeverities.lockedReason).toBe(LOCKED_REASON);
    expect(switchRule(settings, {}, 'anger.demand', false).ok).toBe(false);
  });
});
