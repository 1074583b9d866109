// What the options page says about the enterprise policy: each key it received, summarised in a
// line an admin can check against their policy file, and the CONTRACTS §5 keys that did not
// arrive. Chromium drops a key whose value does not fit managed_schema.json before we see it,
// so a key the admin set but that is absent here was most likely dropped for its shape.
import { POLICY_KEYS, type EffectivePolicy, type PolicyKey } from '../policy';

export interface PolicyKeySummary {
  key: PolicyKey;
  summary: string;
}

export function receivedPolicySummary(policy: EffectivePolicy): PolicyKeySummary[] {
  const values = policy.values;
  return policy.received.map((key) => {
    switch (key) {
      case 'siteAdapters':
        return { key, summary: listed(values.siteAdapters?.map((d) => d.id), 'desk', 'desks') };
      case 'rulePacks':
        return { key, summary: listed(values.rulePacks?.map((p) => `${p.spec.pack ?? p.file} (${count(p.rules.length, 'rule', 'rules')})`), 'pack', 'packs') };
      case 'disabledRules':
        return { key, summary: listed(values.disabledRules, 'rule switched off', 'rules switched off') };
      case 'remedies':
        return { key, summary: listed(values.remedies ? Object.keys(values.remedies) : undefined, 'problem type', 'problem types') };
      case 'escalationContact':
        return { key, summary: values.escalationContact ?? 'not usable (see below)' };
      case 'locked':
        return { key, summary: values.locked === undefined ? 'not usable (see below)' : values.locked ? 'yes: users cannot change settings' : 'no' };
    }
  });
}

/** CONTRACTS §5 keys missing from the managed storage as received. */
export function absentPolicyKeys(rawPolicy: Record<string, unknown>): PolicyKey[] {
  return POLICY_KEYS.filter((key) => rawPolicy[key] === undefined);
}

function listed(items: string[] | undefined, one: string, many: string): string {
  if (items === undefined) return 'nothing usable (see below)';
  if (items.length === 0) return `no ${many}`;
  return `${count(items.length, one, many)}: ${items.join(', ')}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
