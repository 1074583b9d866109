// Where the worker and the options page get the settings in force: the policy from
// `storage.managed`, the user's choices from `storage.local` (one key per setting, never any chat
// text), combined by src/policy. Both contexts read the same way, so the options page shows
// exactly what the engine runs with.
import { bundledRemedies, bundledRulePacks } from './bundledRules';
import { onStorageChanged, readLocal, readLocalKeys, readManaged, removeLocal, writeLocal } from '../platform/browser';
import { decidePolicy, type KeptPolicy, type PolicyStanding } from './policySource';
import {
  defaultSettings,
  effectiveSettings,
  readPolicy,
  readUserSettings,
  USER_SETTING_KEYS,
  type EffectivePolicy,
  type EffectiveSettings,
  type PolicyRejection,
  type UserSettingKey,
  type UserSettings,
} from '../policy';

export interface LoadedSettings {
  effective: EffectiveSettings;
  policy: EffectivePolicy;
  /** The managed storage as received (after Chromium's own schema check), for the options page. */
  rawPolicy: Record<string, unknown>;
  /** Whether that policy was read just now, kept from an earlier read, or could not be had at all. */
  policyStanding: PolicyStanding;
  /** The user's stored values, validated, before policy is applied (the options page edits these). */
  user: UserSettings;
  /** The user's values as stored (rule packs as the JSON of the rules/ schema), to edit and write back. */
  storedUser: Record<string, unknown>;
  /** Stored user values that could not be read (an older version's format, a hand edit). */
  userProblems: PolicyRejection[];
}

let bundledIds: Set<string> | undefined;
function bundledRuleIds(): Set<string> {
  bundledIds ??= new Set(bundledRulePacks().flatMap((pack) => pack.rules.map((rule) => rule.id)));
  return bundledIds;
}

/** How long a read of `storage.managed` may take before the kept policy applies (the first read after browser start can block 3–5 s). */
export const POLICY_READ_WAIT_MS = 10_000;
/** The last policy read (settings only, never chat text): applies while a later read fails or hangs. */
const KEPT_POLICY_KEY = 'policyLastRead';

export async function loadSettings(): Promise<LoadedSettings> {
  const [read, kept, rawUser] = await Promise.all([
    readManaged(POLICY_READ_WAIT_MS),
    readLocal<KeptPolicy | undefined>(KEPT_POLICY_KEY, undefined),
    readLocalKeys(USER_SETTING_KEYS),
  ]);
  const decision = decidePolicy(read, kept, Date.now());
  if (decision.keep) await writeLocal(KEPT_POLICY_KEY, decision.keep).catch(() => undefined);
  const rawPolicy = decision.values;
  const policy = readPolicy(rawPolicy, { knownRuleIds: bundledRuleIds() });
  const { values: user, rejected: userProblems } = readUserSettings(rawUser);
  return {
    effective: effectiveSettings(defaultSettings(bundledRemedies()), user, policy),
    policy,
    rawPolicy,
    policyStanding: decision.standing,
    user,
    storedUser: rawUser,
    userProblems,
  };
}

/** Calls back when the policy or one of the user's settings changed (any context may have written it). */
export function onSettingsChanged(listener: () => void): void {
  onStorageChanged((area, keys) => {
    if (area === 'managed' || (area === 'local' && keys.some((key) => (USER_SETTING_KEYS as readonly string[]).includes(key)))) listener();
  });
}

/**
 * Stores one of the user's settings in its stored form (rule packs as the JSON of the rules/
 * schema, read back through readUserSettings); `undefined` removes it (back to the default).
 * Callers check `locked` first.
 */
export async function writeUserSetting(key: UserSettingKey, value: unknown): Promise<void> {
  if (value === undefined) await removeLocal(key);
  else await writeLocal(key, value);
}
