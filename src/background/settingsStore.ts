// The settings in force in the worker: policy over the user's choices over the defaults, read
// through src/settings (the same reading as the options page), kept current on every change,
// plus the session-only snoozes. Rule ids and times only: no chat text is ever stored.
//
// Browser start: the first `storage.managed` read blocks for seconds (measured here: 1.3–2.3 s
// after the worker starts, with or without a policy). The user's settings arrive in
// milliseconds, so the store starts with user + defaults (`policyAnswered: false`) and the engine
// can load and analyse meanwhile; the worker shows no flag until the policy has answered, so a
// rule the policy switches off never flashes. A read that fails or hangs past its wait does not
// count as "no policy": the last policy read applies (src/settings/policySource.ts), or, when
// none was ever read, the defaults with a notice; the read is tried again until it answers.
import { bundledRemedies } from '../settings/bundledRules';
import { readLocalKeys, readSession, writeSession } from '../platform/browser';
import {
  defaultSettings,
  effectiveSettings,
  NO_POLICY,
  readUserSettings,
  switchRule,
  USER_SETTING_KEYS,
  type EffectivePolicy,
  type EffectiveSettings,
  type RuleSwitch,
  type UserSettings,
} from '../policy';
import { policyStandingNotice, type PolicyStanding } from '../settings/policySource';
import { loadSettings, onSettingsChanged, writeUserSetting } from '../settings/settingsSource';
import type { RuleSettings } from './ruleSwitches';

const SNOOZED_KEY = 'snoozedRules';
/** How soon a policy that could not be read is asked for again. */
export const POLICY_RETRY_MS = 30_000;

export class SettingsStore {
  effective: EffectiveSettings;
  /** False until the settings were loaded once (the policy read, kept, or given up on): until then flags wait. */
  policyAnswered = false;
  /** Whether the policy in force was read just now, kept from before, or could not be had. */
  policyStanding: PolicyStanding = { kind: 'read' };
  private retry: ReturnType<typeof setTimeout> | undefined;
  /** When the policy in force was read (undefined: never, here). */
  private policyReadAt: number | undefined;
  private snoozed: Record<string, number> = {};
  private user: UserSettings = {};
  private policy: EffectivePolicy = NO_POLICY;
  private readonly defaults = defaultSettings(bundledRemedies());
  /** Reads may overlap (a change while the first slow read runs): only the latest one applies. */
  private reads = 0;

  constructor(private readonly onChange: () => void) {
    this.effective = effectiveSettings(this.defaults, {}, NO_POLICY);
  }

  /** Call once, at the worker's top level: listens for changes and reads everything. */
  start(): void {
    onSettingsChanged(() => void this.reload());
    // A failed read keeps what is known; the wait ceiling below still lets flags through.
    void this.readUserFirst().catch(() => undefined);
    void this.reload();
    void readSession<Record<string, number>>(SNOOZED_KEY, {}).then((snoozed) => {
      this.snoozed = { ...snoozed, ...this.snoozed };
      this.onChange();
    });
  }

  /** What the panel tells the agent about a policy that could not be read, if anything. */
  get policyNotice(): string | undefined {
    return policyStandingNotice(this.policyStanding);
  }

  get rules(): RuleSettings {
    const { disabledRules, locked } = this.effective;
    return {
      userDisabled: disabledRules.fromUser,
      policyDisabled: disabledRules.fromPolicy,
      locked,
      ...(locked && disabledRules.lockedReason ? { lockedReason: disabledRules.lockedReason } : {}),
      snoozed: this.snoozed,
    };
  }

  /** The panel's "turn off rule" / "turn on": refused while locked, for a policy-disabled rule, or before the policy is known. */
  async setRuleEnabled(rule: string, enabled: boolean): Promise<RuleSwitch> {
    if (!this.policyAnswered) return { ok: false, reason: 'Your organization’s settings are still loading.' };
    const outcome = switchRule(this.effective, this.user, rule, enabled);
    if (!outcome.ok) return outcome;
    // Applied at once so the panel follows the click; the write's change event then finds nothing new.
    this.apply({ ...this.user, disabledRules: outcome.userDisabled }, this.policy);
    await writeUserSetting('disabledRules', outcome.userDisabled.length ? outcome.userDisabled : undefined);
    return outcome;
  }

  async snooze(rule: string, minutes: number, now: number): Promise<void> {
    const snoozed = Object.fromEntries(Object.entries(this.snoozed).filter(([, until]) => until > now));
    snoozed[rule] = now + minutes * 60_000;
    this.snoozed = snoozed;
    this.onChange();
    await writeSession(SNOOZED_KEY, snoozed);
  }

  /** The user's settings alone, while the policy read may still be blocked. */
  private async readUserFirst(): Promise<void> {
    const { values } = readUserSettings(await readLocalKeys(USER_SETTING_KEYS));
    if (!this.policyAnswered) this.apply(values, NO_POLICY);
  }

  private async reload(): Promise<void> {
    const read = ++this.reads;
    clearTimeout(this.retry);
    const loaded = await loadSettings().catch((error: unknown) => void console.warn('[Composure] could not read the settings:', error));
    if (read !== this.reads) return;
    this.policyAnswered = true;
    if (!loaded) {
      // Nothing could be read at all (not even the kept policy): what is in force stays, said as such.
      const reason = 'the settings could not be read';
      this.policyStanding = this.policyReadAt === undefined ? { kind: 'unknown', reason } : { kind: 'kept', readAt: this.policyReadAt, reason };
      this.onChange();
    } else {
      this.policyStanding = loaded.policyStanding;
      if (loaded.policyStanding.kind === 'read') this.policyReadAt = Date.now();
      else if (loaded.policyStanding.kind === 'kept') this.policyReadAt = loaded.policyStanding.readAt;
      this.apply(loaded.user, loaded.policy, loaded.effective);
    }
    if (this.policyStanding.kind !== 'read') this.retry = setTimeout(() => void this.reload(), POLICY_RETRY_MS);
  }

  private apply(user: UserSettings, policy: EffectivePolicy, effective = effectiveSettings(this.defaults, user, policy)): void {
    this.user = user;
    this.policy = policy;
    this.effective = effective;
    this.onChange();
  }
}
