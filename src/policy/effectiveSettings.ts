// What is in force: policy over the user's choices, the user's over the defaults (docs/interfaces.md §5),
// with each setting saying where its value came from and, when the user cannot change it, why,
// so the options page can show it instead of a control that silently does nothing.
import { type EngineOptions, type LoadedPack, mergeRemedyCatalogues, type RemedyCatalogue, type Severity } from '../engine';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import type { ComposureSettings, EffectivePolicy, PolicyRejection, UserSettings } from './policyKeys';

export type SettingSource = 'policy' | 'user' | 'default';

export interface SettingState<T> {
  value: T;
  source: SettingSource;
  /** Why the user cannot change this setting; absent when they can. */
  lockedReason?: string;
}

/** A list the policy and the user both add to: the user may add entries but not remove the policy's. */
export interface ListSettingState<T> extends SettingState<T[]> {
  fromPolicy: T[];
  /** The user's entries in force (none while the policy locks settings). */
  fromUser: T[];
}

export interface EffectiveSettings {
  /** The policy set `locked: true`: the user's settings, rules and sites are ignored. */
  locked: boolean;
  siteAdapters: ListSettingState<SiteDescriptor>;
  /** Extra packs in the order the engine must load them after the bundled ones: the user's, then the policy's (later wins). */
  rulePacks: ListSettingState<LoadedPack>;
  disabledRules: ListSettingState<string>;
  remedies: SettingState<RemedyCatalogue>;
  escalationContact: SettingState<string | undefined>;
  /** Rule id → severity the user chose; no policy key sets it (a policy pack retunes a rule by overriding it). */
  ruleSeverities: SettingState<Record<string, Severity>>;
  /** What the policy got wrong, for the options page (the admin sees it there). */
  policyProblems: PolicyRejection[];
}

export const LOCKED_REASON = 'Your organization locks Composure’s settings by policy (locked).';

/** The bundled remedy catalogue and empty lists: what an unmanaged install with no changes runs. */
export function defaultSettings(bundledRemedies: RemedyCatalogue): ComposureSettings {
  return { siteAdapters: [], rulePacks: [], disabledRules: [], remedies: bundledRemedies, escalationContact: undefined };
}

export function effectiveSettings(defaults: ComposureSettings, user: UserSettings, policy: EffectivePolicy): EffectiveSettings {
  const locked = policy.values.locked === true;
  // While locked the user's choices are kept in storage but not applied; unlocking restores them.
  const mine: UserSettings = locked ? {} : user;
  const set = policy.values;
  return {
    locked,
    siteAdapters: listSetting(defaults.siteAdapters, mine.siteAdapters, set.siteAdapters, locked, (a) => a.id),
    rulePacks: listSetting(defaults.rulePacks, mine.rulePacks, set.rulePacks, locked, undefined, 'userFirst'),
    disabledRules: listSetting(defaults.disabledRules, mine.disabledRules, set.disabledRules, locked, (id) => id),
    remedies: remediesSetting(defaults.remedies, mine.remedies, set.remedies, locked),
    escalationContact: scalarSetting('escalationContact', defaults.escalationContact, mine.escalationContact, set.escalationContact, locked),
    ruleSeverities: scalarSetting('ruleSeverities', {}, mine.ruleSeverities, undefined, locked),
    policyProblems: policy.rejected,
  };
}

/** Whether the user may switch `ruleId` on or off, and why not: for the options page's rule toggles. */
export function ruleToggle(settings: EffectiveSettings, ruleId: string): { disabled: boolean; source: SettingSource; lockedReason?: string } {
  if (settings.disabledRules.fromPolicy.includes(ruleId)) {
    return { disabled: true, source: 'policy', lockedReason: 'Switched off for everyone by your organization’s policy (disabledRules).' };
  }
  const disabled = settings.disabledRules.value.includes(ruleId);
  const source: SettingSource = settings.disabledRules.fromUser.includes(ruleId) ? 'user' : 'default';
  return settings.locked ? { disabled, source, lockedReason: LOCKED_REASON } : { disabled, source };
}

export type RuleSwitch = { ok: true; userDisabled: string[] } | { ok: false; reason: string };

/** The user's list of switched-off rules after switching `rule`, or why they may not. */
export function switchRule(settings: EffectiveSettings, user: UserSettings, rule: string, enabled: boolean): RuleSwitch {
  const { lockedReason } = ruleToggle(settings, rule);
  if (lockedReason) return { ok: false, reason: lockedReason };
  const others = (user.disabledRules ?? []).filter((r) => r !== rule);
  return { ok: true, userDisabled: enabled ? others : [...others, rule] };
}

/** What to hand to `createEngine([...bundledRulePacks(), ...packs], options)`. */
export function engineOptionsFrom(settings: EffectiveSettings): { packs: LoadedPack[]; options: EngineOptions } {
  return {
    packs: settings.rulePacks.value,
    options: {
      disabledRules: settings.disabledRules.value,
      remedies: settings.remedies.value,
      escalationContact: settings.escalationContact.value,
      severities: settings.ruleSeverities.value,
    },
  };
}

function listSetting<T>(
  defaults: T[],
  user: T[] | undefined,
  policy: T[] | undefined,
  locked: boolean,
  identity: ((item: T) => string) | undefined,
  order: 'policyFirst' | 'userFirst' = 'policyFirst',
): ListSettingState<T> {
  const fromPolicy = policy ?? [];
  const taken = new Set(identity ? fromPolicy.map(identity) : []);
  // A user's entry with the id of a policy entry (their own copy of the company's desk) gives way.
  const fromUser = (user ?? []).filter((item) => !identity || !taken.has(identity(item)));
  const base = policy === undefined && user === undefined ? defaults : [];
  const value = order === 'policyFirst' ? [...fromPolicy, ...fromUser, ...base] : [...base, ...fromUser, ...fromPolicy];
  const source: SettingSource = policy !== undefined ? 'policy' : user !== undefined ? 'user' : 'default';
  return { value: identity ? unique(value, identity) : value, source, fromPolicy, fromUser, ...(locked ? { lockedReason: LOCKED_REASON } : {}) };
}

// The policy's catalogue is the team's pre-approved offers: while it is set, agents don't add their own.
function remediesSetting(defaults: RemedyCatalogue, user: RemedyCatalogue | undefined, policy: RemedyCatalogue | undefined, locked: boolean): SettingState<RemedyCatalogue> {
  if (policy !== undefined) {
    return { value: mergeRemedyCatalogues(defaults, policy), source: 'policy', lockedReason: locked ? LOCKED_REASON : 'Your organization sets the pre-approved remedies by policy (remedies).' };
  }
  const state: SettingState<RemedyCatalogue> = user !== undefined ? { value: mergeRemedyCatalogues(defaults, user), source: 'user' } : { value: defaults, source: 'default' };
  return locked ? { ...state, lockedReason: LOCKED_REASON } : state;
}

function scalarSetting<T>(key: string, defaults: T, user: T | undefined, policy: T | undefined, locked: boolean): SettingState<T> {
  if (policy !== undefined) {
    return { value: policy, source: 'policy', lockedReason: locked ? LOCKED_REASON : `Set by your organization’s policy (${key}).` };
  }
  const state: SettingState<T> = user !== undefined ? { value: user, source: 'user' } : { value: defaults, source: 'default' };
  return locked ? { ...state, lockedReason: LOCKED_REASON } : state;
}

function unique<T>(items: T[], identity: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = identity(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * What the engine is built from, as one string: equal keys build equal engines. The JSON itself,
 * not a hash of it: a 32-bit hash could collide, and one string per worker costs nothing.
 */
export function engineInputsKey(settings: EffectiveSettings): string {
  const { packs, options } = engineOptionsFrom(settings);
  // A pack's spec is the JSON it was read from; its compiled rules (regexps) follow from it.
  const inputs = { packs: packs.map((pack) => ({ file: pack.file, spec: pack.spec })), options: { ...options, disabledRules: [...(options.disabledRules ?? [])] } };
  return JSON.stringify(inputs);
}
