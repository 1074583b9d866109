// The bundled rule files, compiled into the extension (Vite inlines them as text at build
// time; nothing is fetched at run time). Node tools read rules/ from disk instead.
import { loadRulePackYaml, type LoadedPack } from './rules/loadRulePack';
import { parseRemedyCatalogue, type RemedyCatalogue } from './suggestions';

const ruleFiles = import.meta.glob('../../rules/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const REMEDIES_FILE = 'remedies.yaml';

// Parsed once per context: the worker asks for them for the rule ids, each engine rebuild and the options page.
let packs: readonly LoadedPack[] | undefined;
let remedies: RemedyCatalogue | undefined;

/** Shared, compiled once: callers copy the list (`[...bundledRulePacks(), ...more]`) and never change a pack. */
export function bundledRulePacks(): LoadedPack[] {
  packs ??= Object.entries(ruleFiles)
    .filter(([path]) => !path.endsWith(REMEDIES_FILE))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => loadRulePackYaml(text, `rules/${path.split('/').pop()}`));
  return [...packs];
}

export function bundledRemedies(): RemedyCatalogue {
  const entry = Object.entries(ruleFiles).find(([path]) => path.endsWith(REMEDIES_FILE));
  remedies ??= entry ? parseRemedyCatalogue(entry[1], `rules/${REMEDIES_FILE}`) : {};
  return remedies;
}
