// What the agent (and their admin, by policy) switched off. Rule ids and times only: no chat text
// is ever stored. Policy wins over the user's choices (CONTRACTS §5).
import { onStorageChanged, readLocal, readManaged, readSession, writeLocal, writeSession } from '../platform/browser';

const DISABLED_KEY = 'disabledRules';
const SNOOZED_KEY = 'snoozedRules';

export interface RuleSettings {
  userDisabled: string[];
  policyDisabled: string[];
  locked: boolean;
  /** rule id → epoch ms until which it stays hidden. */
  snoozed: Record<string, number>;
}

/** Switched off by the agent or by policy, or snoozed until later. */
export function isRuleHidden(settings: RuleSettings, rule: string, now: number): boolean {
  return settings.userDisabled.includes(rule) || settings.policyDisabled.includes(rule) || (settings.snoozed[rule] ?? 0) > now;
}

export class SettingsStore {
  current: RuleSettings = { userDisabled: [], policyDisabled: [], locked: false, snoozed: {} };
  private loaded: Promise<void> | undefined;

  constructor(private readonly onChange: () => void) {
    onStorageChanged((area, keys) => {
      if (area === 'managed' || keys.includes(DISABLED_KEY) || keys.includes(SNOOZED_KEY)) void this.reload();
    });
  }

  /** Local settings arrive fast; the first managed read can block seconds after browser start. */
  load(): Promise<void> {
    this.loaded ??= this.reload();
    return this.loaded;
  }

  async setRuleEnabled(rule: string, enabled: boolean): Promise<void> {
    if (this.current.locked || this.current.policyDisabled.includes(rule)) return;
    const others = this.current.userDisabled.filter((r) => r !== rule);
    this.current.userDisabled = enabled ? others : [...others, rule];
    this.onChange();
    await writeLocal(DISABLED_KEY, this.current.userDisabled);
  }

  async snooze(rule: string, minutes: number, now: number): Promise<void> {
    const snoozed = Object.fromEntries(Object.entries(this.current.snoozed).filter(([, until]) => until > now));
    snoozed[rule] = now + minutes * 60_000;
    this.current.snoozed = snoozed;
    this.onChange();
    await writeSession(SNOOZED_KEY, snoozed);
  }

  private async reload(): Promise<void> {
    const [userDisabled, snoozed] = await Promise.all([
      readLocal<string[]>(DISABLED_KEY, []),
      readSession<Record<string, number>>(SNOOZED_KEY, {}),
    ]);
    this.current = { ...this.current, userDisabled: asStrings(userDisabled), snoozed };
    this.onChange();
    const [policyDisabled, locked] = await Promise.all([
      readManaged<unknown>(DISABLED_KEY, []),
      readManaged<unknown>('locked', false),
    ]);
    this.current = { ...this.current, policyDisabled: asStrings(policyDisabled), locked: locked === true };
    this.onChange();
  }
}

// Storage is an edge: validate, then trust.
function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
