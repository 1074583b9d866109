// The engine the worker runs, built from the settings in force: the bundled rules plus the
// policy's and the user's packs, without the disabled rules, with the team's remedies and
// escalation contact. Built on first use (the first conversation), rebuilt only when one of its
// inputs changed: a policy edit that touches only `siteAdapters` keeps the engine.
import type { Engine } from '../engine/api';
import { bundledRulePacks } from '../engine/bundledRules';
import { createEngine, type EngineOptions } from '../engine/engine';
import type { LoadedPack } from '../engine/rules/loadRulePack';
import { engineOptionsFrom, type EffectiveSettings } from '../policy';

export type BuildEngine = (packs: LoadedPack[], options: EngineOptions) => Engine;

// bundledRulePacks() parses the bundled YAML once per worker life, not on every rebuild.
const buildWithBundledRules: BuildEngine = (packs, options) => createEngine([...bundledRulePacks(), ...packs], options);

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

export class SettingsEngine {
  private engine: Engine | undefined;
  private builtFrom: string | undefined;
  private settings: EffectiveSettings | undefined;
  /** How long the latest build took (ms), for the panel's timing line. */
  buildMs: number | undefined;

  constructor(private readonly build: BuildEngine = buildWithBundledRules) {}

  /**
   * New settings. True when an engine was already running and its inputs changed: the caller
   * re-runs the open conversations on the next `current()`. Nothing is built here.
   */
  update(settings: EffectiveSettings): boolean {
    this.settings = settings;
    if (!this.engine || engineInputsKey(settings) === this.builtFrom) return false;
    this.engine = undefined;
    return true;
  }

  get built(): boolean {
    return this.engine !== undefined;
  }

  current(): Engine {
    if (!this.engine) {
      if (!this.settings) throw new Error('the engine was asked for before any settings were known');
      const started = performance.now();
      const { packs, options } = engineOptionsFrom(this.settings);
      this.engine = this.build(packs, options);
      this.builtFrom = engineInputsKey(this.settings);
      this.buildMs = Math.round(performance.now() - started);
    }
    return this.engine;
  }
}
