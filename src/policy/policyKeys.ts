// The enterprise policy keys of docs/interfaces.md §5 and what reading them produces. The key names are a
// public contract: admins have them in registry files and configuration profiles.
import type { LoadedPack, RemedyCatalogue, Severity } from '../engine';
import type { SiteDescriptor } from '../sites/siteDescriptor';

export const POLICY_KEYS = ['siteAdapters', 'rulePacks', 'disabledRules', 'remedies', 'escalationContact', 'locked'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** What the admin may set, and the user too where the policy allows: every key but `locked`. */
export interface ComposureSettings {
  /** Helpdesks described as data (docs/interfaces.md §4), read before the built-in adapters. */
  siteAdapters: SiteDescriptor[];
  /** Packs added after the bundled ones; a rule with a bundled rule's id replaces it. */
  rulePacks: LoadedPack[];
  disabledRules: string[];
  remedies: RemedyCatalogue;
  escalationContact: string | undefined;
}
export type SettingKey = keyof ComposureSettings;

/** What only the user sets (no policy key): rule id → the severity they chose in the options page. */
export interface UserOnlySettings {
  ruleSeverities: Record<string, Severity>;
}
/** Everything the user may keep in `storage.local`, each under its own key. */
export type UserSettings = Partial<ComposureSettings & UserOnlySettings>;
export type UserSettingKey = keyof UserSettings;
export const SETTING_KEYS: readonly SettingKey[] = ['siteAdapters', 'rulePacks', 'disabledRules', 'remedies', 'escalationContact'];

/** The values the policy set that passed validation; a key is absent when it was not set or nothing of it was usable. */
export interface PolicyValues extends Partial<ComposureSettings> {
  locked?: boolean;
}

/** One part of the policy that was not applied, and why, worded for the admin reading the options page. */
export interface PolicyRejection {
  /** The policy key, or the unknown key as written. */
  key: string;
  /** Where, as the admin finds it in their policy: `rulePacks[1] (acme-billing).rules[0] (acme.refund-promise).category`. */
  path: string;
  reason: string;
  /** `rulePacks[1] (acme-billing): rules[0] (acme.refund-promise).category: must be one of …` */
  message: string;
}

export interface EffectivePolicy {
  /** What was accepted. A list keeps its good entries when some are rejected. */
  values: PolicyValues;
  /** Policy keys present in the managed storage, accepted or not. */
  received: PolicyKey[];
  rejected: PolicyRejection[];
}

export const NO_POLICY: EffectivePolicy = Object.freeze({ values: {}, received: [], rejected: [] }) as EffectivePolicy;
export const USER_SETTING_KEYS: readonly UserSettingKey[] = [...SETTING_KEYS, 'ruleSeverities'];
