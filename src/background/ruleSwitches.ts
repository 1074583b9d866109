// Which rules the panel hides, and whether the agent may switch one: pure, so it is tested in Node.
import { ruleToggle, type EffectiveSettings, type UserSettings } from '../policy';

/** What the panel needs to know about rules: what is off, by whom, and whether the agent may change it. */
export interface RuleSettings {
  /** The user's switched-off rules in force (none while the policy locks settings). */
  userDisabled: string[];
  policyDisabled: string[];
  locked: boolean;
  /** Why the agent cannot switch rules on or off (policy `locked`). */
  lockedReason?: string;
  /** rule id → epoch ms until which it stays hidden. */
  snoozed: Record<string, number>;
}

/** Switched off by the agent or by policy, or snoozed until later. */
export function isRuleHidden(settings: RuleSettings, rule: string, now: number): boolean {
  return settings.userDisabled.includes(rule) || settings.policyDisabled.includes(rule) || (settings.snoozed[rule] ?? 0) > now;
}

export type RuleSwitch = { ok: true; userDisabled: string[] } | { ok: false; reason: string };

/** The user's list of switched-off rules after switching `rule`, or why they may not. */
export function switchRule(settings: EffectiveSettings, user: UserSettings, rule: string, enabled: boolean): RuleSwitch {
  const { lockedReason } = ruleToggle(settings, rule);
  if (lockedReason) return { ok: false, reason: lockedReason };
  const others = (user.disabledRules ?? []).filter((r) => r !== rule);
  return { ok: true, userDisabled: enabled ? others : [...others, rule] };
}
