// The bundled rule files, compiled into the extension (Vite inlines them as text at build
// time; nothing is fetched at run time). Node tools read rules/ from disk instead. Outside the
// engine, which stays free of bundler features so Node can load it as it is.
import { remediesIn, rulePacksIn, type LoadedPack, type RemedyCatalogue } from '../engine';

const ruleFiles = import.meta.glob('../../rules/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
/** Named as the CLI and the tests name them: `rules/agent.yaml`. */
const namedRuleFiles = Object.entries(ruleFiles).map(([path, text]) => [`rules/${path.split('/').pop()}`, text] as const);

// Parsed once per context: the worker asks for them for the rule ids, each engine rebuild and the options page.
let packs: readonly LoadedPack[] | undefined;
let remedies: RemedyCatalogue | undefined;

/** Shared, compiled once: callers copy the list (`[...bundledRulePacks(), ...more]`) and never change a pack. */
export function bundledRulePacks(): LoadedPack[] {
  packs ??= rulePacksIn(namedRuleFiles);
  return [...packs];
}

export function bundledRemedies(): RemedyCatalogue {
  remedies ??= remediesIn(namedRuleFiles);
  return remedies;
}
