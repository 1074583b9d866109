// Which rules the panel hides: pure, so it is tested in Node. (Whether the agent may switch one: switchRule in src/policy.)

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
