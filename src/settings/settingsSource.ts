// Where the worker and the options page get the settings in force: the policy from
// `storage.managed`, the user's choices from `storage.local` (one key per setting, never any chat
// text), combined by src/policy. Both contexts read the same way, so the options page shows
// exactly what the engine runs with.
import { bundledRemedies, bundledRulePacks } from '../engine/bundledRules';
import { onStorageChanged, readLocalKeys, readManagedAll, removeLocal, writeLocal } from '../platform/browser';
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

/** The first call after browser start can wait seconds on `storage.managed` (BROWSER-NOTES). */
export async function loadSettings(): Promise<LoadedSettings> {
  const [rawPolicy, rawUser] = await Promise.all([readManagedAll(), readLocalKeys(USER_SETTING_KEYS)]);
  const policy = readPolicy(rawPolicy, { knownRuleIds: bundledRuleIds() });
  const { values: user, rejected: userProblems } = readUserSettings(rawUser);
  return { effective: effectiveSettings(defaultSettings(bundledRemedies()), user, policy), policy, rawPolicy, user, storedUser: rawUser, userProblems };
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
