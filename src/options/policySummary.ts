// What the options page says about the enterprise policy: each key it received, summarised in a
// line an admin can check against their policy file, and the docs/interfaces.md §5 keys that did not
// arrive. Chromium drops a key whose value does not fit managed_schema.json before we see it,
// so a key the admin set but that is absent here was most likely dropped for its shape.
import { packName } from './rulesInForce';
import { POLICY_KEYS, type EffectivePolicy, type PolicyKey, type PolicyRejection } from '../policy';

export interface PolicyKeySummary {
  key: PolicyKey;
  summary: string;
}

export function receivedPolicySummary(policy: EffectivePolicy): PolicyKeySummary[] {
  return policy.received.map((key) => {
    const summary = keySummary(policy, key);
    // What was received is not all in force when entries were refused: say so on the key's own line.
    const refused = new Set(policy.rejected.filter((r) => r.key === key).map(rejectedItem)).size;
    return { key, summary: refused ? `${summary} · ${count(refused, 'entry', 'entries')} not applied (see below)` : summary };
  });
}

/** What the admin's mistake costs, in the words of the setting: an entry skipped, or the whole key. */
export function rejectionConsequence(rejection: PolicyRejection): string {
  const whole = rejection.path === rejection.key;
  switch (rejection.key) {
    case 'siteAdapters':
      return whole ? 'No desk from the policy is read.' : 'This desk is not read; the policy’s other desks are.';
    case 'rulePacks':
      return whole ? 'No rule pack from the policy is used.' : 'This pack is skipped; the policy’s other packs apply.';
    case 'disabledRules':
      return whole ? 'No rule is switched off by the policy.' : 'This entry is ignored; the other rules listed are switched off.';
    case 'remedies':
      return whole ? 'Composure’s own remedies are used.' : 'This problem type keeps Composure’s own remedies.';
    case 'escalationContact':
      return 'No escalation contact is set by the policy.';
    case 'locked':
      return 'Settings are not locked.';
    default:
      return 'Ignored: Composure does not read this key.';
  }
}

/** The entry a rejection is about: `siteAdapters[1] (acme-desk-legacy)`, `remedies.billing`, or the key itself. */
function rejectedItem(rejection: PolicyRejection): string {
  const match = /^[^.[\s]+(\[\d+\]( \([^)]*\))?|\.[\w-]+)?/.exec(rejection.path);
  return match ? match[0] : rejection.path;
}

function keySummary(policy: EffectivePolicy, key: PolicyKey): string {
  const values = policy.values;
  switch (key) {
    case 'siteAdapters':
      return listed(values.siteAdapters?.map((d) => d.id), 'desk', 'desks');
    case 'rulePacks':
      return listed(values.rulePacks?.map((p) => `${packName(p)} (${count(p.rules.length, 'rule', 'rules')})`), 'pack', 'packs');
    case 'disabledRules':
      return listed(values.disabledRules, 'rule switched off', 'rules switched off');
    case 'remedies':
      return listed(values.remedies ? Object.keys(values.remedies) : undefined, 'problem type', 'problem types');
    case 'escalationContact':
      return values.escalationContact ?? 'not usable (see below)';
    case 'locked':
      return values.locked === undefined ? 'not usable (see below)' : values.locked ? 'yes: users cannot change settings' : 'no';
  }
}

/** docs/interfaces.md §5 keys missing from the managed storage as received. */
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
