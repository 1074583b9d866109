// Reads `chrome.storage.managed` (or the user's stored settings) with the project's own
// validators. Chromium drops a policy key whose value does not fit managed_schema.json, and
// Firefox applies no schema at all, so this is where mistakes are found and named: every
// rejection says which key, which entry and field, and why, and the good entries of a list are
// kept (one broken rule pack does not cost the admin their other packs).
import {
  type LoadedPack,
  loadRulePackValue,
  type RemedyCatalogue,
  remedyCatalogueFromValue,
  RuleFileError,
  RuleFileErrors,
  SEVERITIES,
  type Severity,
} from '../engine';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { descriptorProblems } from '../sites/validateDescriptor';
import { POLICY_KEYS, SETTING_KEYS, type UserSettings, type ComposureSettings, type EffectivePolicy, type PolicyKey, type PolicyRejection, type PolicyValues } from './policyKeys';

const MAX_CONTACT_LENGTH = 200;
const DESCRIPTOR_FIELDS = ['id', 'name', 'matches', 'transcript', 'message', 'text', 'agentWhen', 'customerWhen', 'systemWhen', 'author', 'time', 'customerName', 'composer', 'typing'] as const;

export interface ReadPolicyOptions {
  /** Ids of the bundled rules: a `disabledRules` entry naming no rule (a typo) is then reported. */
  knownRuleIds?: Iterable<string>;
}

/** Validates every policy key of docs/interfaces.md §5; see EffectivePolicy. `raw` is what `storage.managed.get()` returned. */
export function readPolicy(raw: unknown, options: ReadPolicyOptions = {}): EffectivePolicy {
  const rejected: PolicyRejection[] = [];
  const values: PolicyValues = {};
  const received: PolicyKey[] = [];
  if (!isMapping(raw)) return { values, received, rejected };
  for (const key of Object.keys(raw)) {
    if (!isPolicyKey(key)) rejected.push(rejection(key, key, undefined, unknownKeyReason(key, POLICY_KEYS)));
  }
  // In contract order, so that rulePacks are read before disabledRules may name their rules.
  for (const key of POLICY_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    received.push(key);
    const report = reporterFor(key, rejected);
    if (key === 'locked') {
      if (typeof value === 'boolean') values.locked = value;
      else report(key, undefined, `must be true or false, not ${describeValue(value)}`);
      continue;
    }
    const accepted = readSetting(key, value, report, values, options);
    if (accepted !== undefined) (values as Record<string, unknown>)[key] = accepted;
  }
  return { values, received, rejected };
}

/** The user's own settings from extension storage, checked the same way (storage is an edge too). */
export function readUserSettings(raw: unknown): { values: UserSettings; rejected: PolicyRejection[] } {
  const rejected: PolicyRejection[] = [];
  const values: UserSettings = {};
  if (!isMapping(raw)) return { values, rejected };
  for (const key of SETTING_KEYS) {
    if (raw[key] === undefined) continue;
    const accepted = readSetting(key, raw[key], reporterFor(key, rejected), values, {});
    if (accepted !== undefined) (values as Record<string, unknown>)[key] = accepted;
  }
  if (raw.ruleSeverities !== undefined) values.ruleSeverities = readRuleSeverities(raw.ruleSeverities, reporterFor('ruleSeverities', rejected));
  return { values, rejected };
}

function readRuleSeverities(value: unknown, report: Report): Record<string, Severity> {
  const chosen: Record<string, Severity> = {};
  if (!isMapping(value)) return report('ruleSeverities', undefined, `must be a mapping of rule ids to severities, not ${describeValue(value)}`), chosen;
  for (const [id, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) chosen[id] = severity as Severity;
    else report('ruleSeverities', id, `must be one of ${SEVERITIES.join(', ')}, not ${describeValue(severity)}`);
  }
  return chosen;
}

type Report = (item: string, field: string | undefined, reason: string) => void;

function readSetting(key: keyof ComposureSettings, value: unknown, report: Report, sofar: Partial<ComposureSettings>, options: ReadPolicyOptions): unknown {
  switch (key) {
    case 'siteAdapters':
      return readSiteAdapters(value, report);
    case 'rulePacks':
      return readRulePacks(value, report);
    case 'disabledRules':
      return readDisabledRules(value, report, knownIds(options, sofar));
    case 'remedies':
      return readRemedies(value, report);
    case 'escalationContact':
      return readEscalationContact(value, report);
  }
}

function readSiteAdapters(value: unknown, report: Report): SiteDescriptor[] | undefined {
  const list = asList(value, 'siteAdapters', 'a list of site adapters (helpdesk descriptors)', report);
  if (!list) return undefined;
  const accepted: SiteDescriptor[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const item = itemName('siteAdapters', index, entry);
    const problems = descriptorProblems(entry);
    for (const problem of problems) {
      const [field, reason] = splitProblem(problem);
      report(item, field, reason);
    }
    if (problems.length > 0) return;
    const descriptor = knownFields(entry as Record<string, unknown>) as unknown as SiteDescriptor;
    if (seen.has(descriptor.id)) return report(item, 'id', `duplicate site adapter id "${descriptor.id}"; the first one is used`);
    seen.add(descriptor.id);
    accepted.push(descriptor);
  });
  return accepted;
}

function readRulePacks(value: unknown, report: Report): LoadedPack[] | undefined {
  const list = asList(value, 'rulePacks', 'a list of rule packs', report);
  if (!list) return undefined;
  const accepted: LoadedPack[] = [];
  list.forEach((entry, index) => {
    const item = itemName('rulePacks', index, entry);
    try {
      accepted.push(loadRulePackValue(entry, `policy ${item}`));
    } catch (e) {
      const errors = e instanceof RuleFileErrors ? e.errors : e instanceof RuleFileError ? [e] : undefined;
      // A pack is admin data: whatever goes wrong reading it is reported, never thrown at the worker.
      if (!errors) return report(item, undefined, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
      for (const error of errors) report(item, error.field === '(top level)' ? undefined : error.field, error.reason);
    }
  });
  return accepted;
}

function readDisabledRules(value: unknown, report: Report, known: Set<string> | undefined): string[] | undefined {
  const list = asList(value, 'disabledRules', 'a list of rule ids', report);
  if (!list) return undefined;
  const accepted: string[] = [];
  list.forEach((entry, index) => {
    const item = `disabledRules[${index}]`;
    if (typeof entry !== 'string' || entry.trim() === '') return report(item, undefined, `must be a rule id such as "agent-tone.negative-framing", not ${describeValue(entry)}`);
    const id = entry.trim();
    if (known && !known.has(id)) return report(item, undefined, `no rule has the id "${id}"; nothing was switched off`);
    if (!accepted.includes(id)) accepted.push(id);
  });
  return accepted;
}

// The catalogue validator stops at the first mistake; reading one problem type at a time keeps
// the admin's other types when one of them is wrong.
function readRemedies(value: unknown, report: Report): RemedyCatalogue | undefined {
  const mapping = asMapping(value, 'remedies', 'a mapping of problem types to lists of remedy texts', report);
  if (!mapping) return undefined;
  const catalogue: RemedyCatalogue = {};
  for (const [type, entry] of Object.entries(mapping)) {
    try {
      Object.assign(catalogue, remedyCatalogueFromValue({ [type]: entry }, 'policy remedies'));
    } catch (e) {
      if (!(e instanceof RuleFileError)) throw e;
      report('remedies', e.field ?? type, e.reason);
    }
  }
  return catalogue;
}

function readEscalationContact(value: unknown, report: Report): string | undefined {
  if (typeof value !== 'string') return void report('escalationContact', undefined, `must be text, not ${describeValue(value)}`);
  const contact = value.trim();
  if (contact === '') return void report('escalationContact', undefined, 'must not be empty');
  if (contact.length > MAX_CONTACT_LENGTH) return void report('escalationContact', undefined, `is longer than ${MAX_CONTACT_LENGTH} characters`);
  return contact;
}

function knownIds(options: ReadPolicyOptions, sofar: Partial<ComposureSettings>): Set<string> | undefined {
  if (!options.knownRuleIds) return undefined;
  // Rules of the policy's own packs count too, whichever order the keys arrived in.
  return new Set([...options.knownRuleIds, ...(sofar.rulePacks ?? []).flatMap((pack) => pack.rules.map((rule) => rule.id))]);
}

// Chromium's registry reader accepts a list or mapping written as JSON text (a REG_SZ); when no
// schema converted it (Firefox, a schema that slipped), read it the same way.
function fromJsonText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function asList(value: unknown, key: string, expected: string, report: Report): unknown[] | undefined {
  const list = fromJsonText(value);
  if (Array.isArray(list)) return list;
  report(key, undefined, `must be ${expected}, not ${describeValue(value)}`);
  return undefined;
}

function asMapping(value: unknown, key: string, expected: string, report: Report): Record<string, unknown> | undefined {
  const mapping = fromJsonText(value);
  if (isMapping(mapping)) return mapping;
  report(key, undefined, `must be ${expected}, not ${describeValue(value)}`);
  return undefined;
}

function knownFields(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(DESCRIPTOR_FIELDS.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]]));
}

/** `rulePacks[1] (acme-billing)`, `siteAdapters[0] (acme-desk)`: the entry as the admin recognises it. */
function itemName(key: string, index: number, entry: unknown): string {
  const name = isMapping(entry) ? (typeof entry.pack === 'string' ? entry.pack : typeof entry.id === 'string' ? entry.id : undefined) : undefined;
  return `${key}[${index}]${name ? ` (${name})` : ''}`;
}

// descriptorProblems words each problem "field: reason".
function splitProblem(problem: string): [string | undefined, string] {
  const at = problem.indexOf(': ');
  return at > 0 && /^\w+$/.test(problem.slice(0, at)) ? [problem.slice(0, at), problem.slice(at + 2)] : [undefined, problem];
}

function reporterFor(key: string, into: PolicyRejection[]): Report {
  return (item, field, reason) => void into.push(rejection(key, item, field, reason));
}

function rejection(key: string, item: string, field: string | undefined, reason: string): PolicyRejection {
  const path = field ? `${item}${field.startsWith('[') ? '' : '.'}${field}` : item;
  return { key, path, reason, message: field ? `${item}: ${field}: ${reason}` : `${item}: ${reason}` };
}

function unknownKeyReason(key: string, known: readonly string[]): string {
  const near = known.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[\s_-]/g, ''));
  return near ? `unknown policy key; did you mean "${near}"? (names are case-sensitive)` : `unknown policy key; Composure reads ${known.join(', ')}`;
}

function isPolicyKey(key: string): key is PolicyKey {
  return (POLICY_KEYS as readonly string[]).includes(key);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
