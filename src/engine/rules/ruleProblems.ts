// Mistakes in a rule the schema cannot see, because they depend on what the engine does with
// the rule: a check's params (each check reads its own, typed), template slots the suggestion
// filler knows, and suggestion kinds a category's detector actually shows. Without these, a
// misspelt `cuont: 1` or a `suggest:` the panel never offers is silently ignored.
import type { ParamType } from '../checkParams';
// What the checks and detectors declare (src/engine/detectors), as generated for rule loading.
import { CHECK_PARAMS, KINDS_SHOWN } from '../detectorCatalogue';
import type { RuleSpec } from './types';

/** Slots the suggestion filler knows (src/engine/suggestions/fillTemplate.ts). */
export const TEMPLATE_SLOTS = ['name', 'firstName', 'problem', 'remedy', 'contact', 'day'] as const;

export interface RuleProblem {
  /** Path inside the rule: ['params', 'cuont']. */
  path: (string | number)[];
  reason: string;
}

export function ruleProblems(rule: RuleSpec): RuleProblem[] {
  return [...paramProblems(rule), ...suggestProblems(rule)];
}

function paramProblems(rule: RuleSpec): RuleProblem[] {
  const params = rule.params ?? {};
  if (!rule.check) return Object.keys(params).length > 0 ? [{ path: ['params'], reason: 'params are read only by a check; this rule has no `check:`' }] : [];
  const known = CHECK_PARAMS[rule.check] ?? {};
  const names = Object.keys(known);
  const problems: RuleProblem[] = [];
  for (const [name, value] of Object.entries(params)) {
    const type = known[name];
    if (!type) {
      const takes = names.length ? `it takes ${names.join(', ')}` : 'it takes none';
      problems.push({ path: ['params', name], reason: `${rule.check} has no param "${name}"; ${takes}` });
      continue;
    }
    const wrong = typeProblem(type, value);
    if (wrong) problems.push({ path: ['params', name], reason: wrong });
  }
  return problems;
}

function typeProblem(type: ParamType, value: unknown): string | undefined {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : `must be a number of at least 0, not ${JSON.stringify(value)}`;
    case 'signal':
      return typeof value === 'string' && value.trim() !== '' ? undefined : `must be the name of a signal (signals: in a rule file), not ${JSON.stringify(value)}`;
    case 'text list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : `must be a list of texts, not ${JSON.stringify(value)}`;
  }
}

const SLOT = /\{([^{}]*)\}/g;

function suggestProblems(rule: RuleSpec): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const shown = KINDS_SHOWN[rule.category] ?? [];
  (rule.suggest ?? []).forEach((suggestion, i) => {
    if (!shown.includes(suggestion.kind)) {
      const which = shown.length ? `it shows only ${shown.join(', ')}` : 'it shows no suggestions';
      problems.push({ path: ['suggest', i, 'kind'], reason: `the ${rule.category} detector never shows "${suggestion.kind}" suggestions (${which}), so these would never appear` });
    }
    suggestion.text.forEach((text, j) => {
      for (const [, slot] of text.matchAll(SLOT)) {
        if (!(TEMPLATE_SLOTS as readonly string[]).includes(slot!)) {
          problems.push({ path: ['suggest', i, 'text', j], reason: `unknown slot {${slot}}; slots are ${TEMPLATE_SLOTS.map((s) => `{${s}}`).join(' ')}` });
        }
      }
    });
  });
  return problems;
}
