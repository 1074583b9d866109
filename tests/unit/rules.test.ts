import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { createEngine } from '../../src/engine/engine';
import { loadRulePackValue, loadRulePackYaml } from '../../src/engine/rules/loadRulePack';
import { RuleFileErrors } from '../../src/engine/rules/ruleFileError';
import { runRuleExamples } from '../../src/engine/runExamples';
import { bundledEngine } from '../helpers/engine';

function errorsOf(text: string): string[] {
  try {
    loadRulePackYaml(text, 'rules/team.yaml');
  } catch (e) {
    if (e instanceof RuleFileErrors) return e.errors.map((x) => x.message);
    if (e instanceof Error) return [e.message];
  }
  return [];
}

const VALID_RULE = `version: 1
rules:
  - id: team.rude-word
    category: agent-tone
    match:
      phrases: [whatever]
    message: Don't say whatever.
    examples:
      trigger: ["Whatever, it's on its way."]
      ignore: ["It's on its way."]
`;

describe('rule files', () => {
  it('every bundled example passes, and there are at least 60', () => {
    const outcomes = runRuleExamples(bundledEngine());
    const failures = outcomes.filter((o) => !o.passed).map((o) => `${o.example.at.file}:${o.example.at.line} ${o.rule.id} (${o.example.expect}) fired=${o.fired.join(',')}`);
    expect(failures).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(60);
  });

  it('the default pack covers every flag category and every playbook step', () => {
    const rules = bundledEngine().rules.rules;
    const categories = new Set(rules.map((r) => r.category));
    expect(categories.size).toBe(12);
    const steps = new Set(rules.map((r) => r.playbook));
    for (let step = 1; step <= 12; step++) if (step !== 5) expect(steps, `playbook step ${step}`).toContain(step);
  });

  it('loads a valid team rule and runs its examples', () => {
    const pack = loadRulePackYaml(VALID_RULE, 'rules/team.yaml');
    const outcomes = runRuleExamples(createEngine([pack]));
    expect(outcomes.map((o) => o.passed)).toEqual([true, true]);
  });

  it('names file, line and field for a wrong category', () => {
    const errors = errorsOf(VALID_RULE.replace('category: agent-tone', 'category: rudeness'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^rules\/team\.yaml:4: rules\[0\] \(team\.rude-word\)\.category: must be one of .*"anger".*got "rudeness"$/);
  });

  it('names a missing field at its rule, and an unknown field by name', () => {
    expect(errorsOf(VALID_RULE.replace("    message: Don't say whatever.\n", ''))[0]).toMatch(/team\.yaml:3: rules\[0\] \(team\.rude-word\): missing required field "message"/);
    expect(errorsOf(VALID_RULE.replace('    message:', '    mesage: x\n    message:'))[0]).toMatch(/team\.yaml:7: rules\[0\] \(team\.rude-word\)\.mesage: unknown field "mesage"/);
  });

  it('reports YAML syntax errors with their line', () => {
    const errors = errorsOf(VALID_RULE.replace('      phrases: [whatever]', '      phrases: [whatever'));
    expect(errors[0]).toMatch(/^rules\/team\.yaml:\d+: YAML syntax: /);
  });

  it('rejects a regex RE2 cannot run in linear time, naming the field', () => {
    const errors = errorsOf(VALID_RULE.replace('      phrases: [whatever]', '      regex: ["(a)\\\\1"]'));
    expect(errors[0]).toMatch(/team\.yaml:6: rules\[0\] \(team\.rude-word\)\.match\.regex\[0\]: invalid regular expression/);
  });

  it('runs a catastrophic pattern like (a+)+$ over 50,000 characters in linear time', () => {
    const pack = loadRulePackYaml(VALID_RULE.replace('      phrases: [whatever]', '      regex: ["(a+)+$"]'), 'rules/team.yaml');
    const matcher = pack.rules[0]!.match!;
    // A backtracking engine would not return from this in any reasonable time.
    expect(matcher.test(analyzeText(`${'a'.repeat(50_000)}!`.slice(0, 4_999)))).not.toBeNull();
    const hostile = { ...analyzeText('x'), raw: `${'a'.repeat(50_000)}!`, normalized: `${'a'.repeat(50_000)}!` };
    expect(matcher.test(hostile)).toBeNull();
  });

  it('rejects duplicate rule ids within a file', () => {
    const twice = VALID_RULE + VALID_RULE.split('rules:\n')[1];
    expect(errorsOf(twice)[0]).toMatch(/duplicate rule id "team\.rude-word"/);
  });

  it('validates a policy pack given as JSON, without lines', () => {
    expect(() => loadRulePackValue({ version: 1, rules: [{ id: 'x', category: 'anger' }] }, 'policy rulePacks[0]')).toThrow(/policy rulePacks\[0\]: rules\[0\] \(x\)\.id: "x" has the wrong form/);
  });

  it('a later pack overrides a bundled rule with the same id', () => {
    const override = loadRulePackValue(
      { version: 1, rules: [{ id: 'agent-tone.dismissive', category: 'agent-tone', match: { phrases: ['sunshine'] }, message: 'Team wording.', examples: { trigger: ['sunshine'], ignore: ['rain'] } }] },
      'policy',
    );
    const engine = bundledEngine({}, [override]);
    expect(engine.rules.rules.find((r) => r.id === 'agent-tone.dismissive')?.message).toBe('Team wording.');
  });

  it('disabled rules stay silent', () => {
    const engine = bundledEngine({ disabledRules: ['anger.repeat-contact'] });
    const conversation = engine.startConversation();
    const r = conversation.addTurn({ speaker: 'customer', text: "This is the THIRD time I'm contacting you and nobody has done anything!!!" });
    expect(r.flags.map((f) => f.rule)).not.toContain('anger.repeat-contact');
  });
});
