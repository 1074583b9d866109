// Enterprise policy (docs/interfaces.md §5): read and validate `storage.managed`, combine it with the
// user's settings and the defaults, and derive the engine's options. Pure: no browser API here;
// src/background reads the storage areas and calls these.
export { readPolicy, readUserSettings, type ReadPolicyOptions } from './readPolicy';
export { defaultSettings, effectiveSettings, engineInputsKey, engineOptionsFrom, switchRule, type RuleSwitch, LOCKED_REASON, ruleToggle, type EffectiveSettings, type ListSettingState, type SettingSource, type SettingState } from './effectiveSettings';
export { NO_POLICY, POLICY_KEYS, SETTING_KEYS, type ComposureSettings, type EffectivePolicy, type PolicyKey, type PolicyRejection, type PolicyValues, type SettingKey, USER_SETTING_KEYS, type UserSettingKey, type UserSettings } from './policyKeys';
