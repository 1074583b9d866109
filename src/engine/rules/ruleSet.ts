// Combines loaded packs into the one rule set an engine runs: later packs override earlier
// rules of the same id (a policy pack can retune a bundled rule), signals add up, settings
// override, and rules switched off by the user or the policy are dropped.
import { DEFAULT_ANGRY_THRESHOLD } from '../anger';
import { compileMatcher, mergeMatchSpecs, PatternIndex, sharingIndex } from './matcher';
import { matchOf } from './loadRulePack';
import type { LoadedPack } from './loadRulePack';
import type { Severity } from '../types';
import type { CompiledRule, EngineSettings, MatchSpec, RuleSet } from './types';

export const DEFAULT_SETTINGS: Required<EngineSettings> = {
  // Calibrated with the anger model on held-out data (docs/anger-model.md).
  angryThreshold: DEFAULT_ANGRY_THRESHOLD,
  levelSmoothing: 0.5,
  trendDelta: 0.08,
  heatedLevel: 0.55,
};

/** `severities`: rule id → severity chosen in the options page (a QA lead or agent retuning a rule). */
export function buildRuleSet(packs: LoadedPack[], disabledRules: Iterable<string> = [], severities: Readonly<Record<string, Severity>> = {}): RuleSet {
  const disabled = new Set(disabledRules);
  const rules = new Map<string, CompiledRule>();
  const signalSpecs = new Map<string, MatchSpec>();
  let settings: Required<EngineSettings> = { ...DEFAULT_SETTINGS };
  for (const pack of packs) {
    settings = { ...settings, ...pack.spec.settings };
    for (const [name, spec] of Object.entries(pack.spec.signals ?? {})) {
      const known = signalSpecs.get(name);
      signalSpecs.set(name, known ? mergeMatchSpecs(known, matchOf(spec)) : matchOf(spec));
    }
    for (const rule of pack.rules) {
      rules.delete(rule.id); // re-insert so an override keeps its pack's order
      rules.set(rule.id, rule);
    }
  }
  // One pattern index for every rule and signal: a turn's words are walked once for all of them.
  const index = new PatternIndex();
  const signals = new Map([...signalSpecs].map(([name, spec]) => [name, compileMatcher(spec, index)]));
  return {
    rules: [...rules.values()]
      .filter((r) => r.enabled && !disabled.has(r.id))
      .map((r) => (severities[r.id] && severities[r.id] !== r.severity ? { ...r, severity: severities[r.id]! } : r))
      .map((r) => sharingIndex(r, index)),
    signals,
    settings,
  };
}
