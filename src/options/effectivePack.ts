// The rules in force written out as one rule file (rules/schema.json), with the severities and
// on/off choices of this browser baked in: a QA lead tunes rules in the options page, exports,
// and hands the file to colleagues, to the CLI (`composure test`) or to the admin's policy.
import { stringify } from 'yaml';
import type { RulePackSpec, RuleSpec } from '../engine';
import type { RuleInForce } from './rulesInForce';

export const EFFECTIVE_PACK_NAME = 'composure-effective';

export function effectivePack(rules: readonly RuleInForce[], exportedAt = new Date()): RulePackSpec {
  return {
    version: 2,
    pack: EFFECTIVE_PACK_NAME,
    description: `The rules in force in Composure on ${exportedAt.toISOString().slice(0, 10)}, with their severities and on/off state. Load it after the bundled rules.`,
    rules: rules.map(ruleAsInForce),
  };
}

export function effectivePackYaml(rules: readonly RuleInForce[], exportedAt = new Date()): string {
  // No line folding: phrases and regexes stay on one line each, as people write them.
  return stringify(effectivePack(rules, exportedAt), { lineWidth: 0 });
}

export function effectivePackFileName(exportedAt = new Date()): string {
  return `${EFFECTIVE_PACK_NAME}-${exportedAt.toISOString().slice(0, 10)}.yaml`;
}

function ruleAsInForce(rule: RuleInForce): RuleSpec {
  const { id, category, enabled: _enabled, severity: _severity, ...rest } = rule.spec;
  // Key order as a person writes a rule: id, category and severity first.
  return { id, category, severity: rule.severity, ...(rule.on ? {} : { enabled: false }), ...rest };
}
