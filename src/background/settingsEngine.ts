// The engine the worker runs, built from the settings in force: the bundled rules plus the
// policy's and the user's packs, without the disabled rules, with the team's remedies and
// escalation contact. Built on first use (the first conversation), rebuilt only when one of its
// inputs changed: a policy edit that touches only `siteAdapters` keeps the engine.
import { createEngine, type Engine, type EngineOptions, type LoadedPack } from '../engine';
import { bundledRulePacks } from '../settings/bundledRules';
import { engineInputsKey, engineOptionsFrom, type EffectiveSettings } from '../policy';

export type BuildEngine = (packs: LoadedPack[], options: EngineOptions) => Engine;

// bundledRulePacks() parses the bundled YAML once per worker life, not on every rebuild.
const buildWithBundledRules: BuildEngine = (packs, options) => createEngine([...bundledRulePacks(), ...packs], options);

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
