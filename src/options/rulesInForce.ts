// Every rule the engine would load, as the options page lists it: the bundled packs, then the
// user's, then the policy's (later packs replace a rule of the same id, as buildRuleSet does),
// each with where it comes from and whether it is on, so a QA lead sees one list and not packs.
import type { CompiledExample, FlagCategory, LoadedPack, RuleSpec, Severity } from '../engine';
import { ruleToggle, type EffectiveSettings, type SettingSource } from '../policy';

export type PackSource = 'bundled' | 'user' | 'policy';

export interface SourcedPack {
  pack: LoadedPack;
  source: PackSource;
}

export interface RuleInForce {
  id: string;
  category: FlagCategory;
  /** The severity the engine uses: the user's choice, else the rule file's. */
  severity: Severity;
  fileSeverity: Severity;
  message: string;
  description?: string;
  /** The pack's name (its `pack` field, else its file). */
  packName: string;
  packSource: PackSource;
  /** Packs whose rule of the same id this one replaced, earliest first. */
  replaces: string[];
  /** False when the engine skips it: switched off by the user, the policy or its own file. */
  on: boolean;
  /** Who switched it off or on, for the row's note. */
  toggleSource: SettingSource;
  /** Why the user cannot switch it; absent when they can. */
  lockedReason?: string;
  spec: RuleSpec;
  examples: CompiledExample[];
}

export function packName(pack: LoadedPack): string {
  return pack.spec.pack ?? pack.file;
}

/** Bundled files all belong to one pack: their file (rules/anger.yaml) says more. */
function packLabel(pack: LoadedPack, source: PackSource): string {
  return source === 'bundled' ? pack.file : packName(pack);
}

/** The packs in the engine's load order, each with its source. */
export function sourcedPacks(bundled: LoadedPack[], settings: EffectiveSettings): SourcedPack[] {
  const fromPolicy = new Set(settings.rulePacks.fromPolicy);
  return [
    ...bundled.map((pack) => ({ pack, source: 'bundled' as const })),
    ...settings.rulePacks.value.map((pack) => ({ pack, source: fromPolicy.has(pack) ? ('policy' as const) : ('user' as const) })),
  ];
}

export function rulesInForce(packs: SourcedPack[], settings: EffectiveSettings): RuleInForce[] {
  const byId = new Map<string, RuleInForce>();
  for (const { pack, source } of packs) {
    const specs = new Map((pack.spec.rules ?? []).map((spec) => [spec.id, spec]));
    for (const rule of pack.rules) {
      const spec = specs.get(rule.id)!;
      const earlier = byId.get(rule.id);
      byId.delete(rule.id); // re-insert: an override takes its pack's place, as in the engine
      const toggle = ruleToggle(settings, rule.id);
      const offInFile = !rule.enabled;
      const chosen = settings.ruleSeverities.value[rule.id];
      byId.set(rule.id, {
        id: rule.id,
        category: rule.category,
        severity: chosen ?? rule.severity,
        fileSeverity: rule.severity,
        message: rule.message,
        description: rule.description,
        packName: packLabel(pack, source),
        packSource: source,
        replaces: earlier ? [...earlier.replaces, earlier.packName] : [],
        on: !toggle.disabled && !offInFile,
        toggleSource: toggle.source,
        lockedReason: toggle.lockedReason ?? (offInFile ? `Switched off in its rule file (${packName(pack)}: enabled: false).` : undefined),
        spec,
        examples: rule.examples,
      });
    }
  }
  return [...byId.values()];
}

/** The user's `ruleSeverities` after choosing `severity` for `id`; the file's own severity needs no entry. */
export function severitiesAfterChoice(stored: Readonly<Record<string, Severity>>, rule: Pick<RuleInForce, 'id' | 'fileSeverity'>, severity: Severity): Record<string, Severity> {
  const { [rule.id]: _previous, ...rest } = stored;
  return severity === rule.fileSeverity ? rest : { ...rest, [rule.id]: severity };
}

