// A rules folder (the bundled rules/ or a team's own) given as its files' names and texts: every
// file is a rule pack but the remedy catalogue. The extension (files inlined at build time), the
// CLI and the tests (files read from disk) all load it here, so they read the same rules the same way.
import { loadRulePackYaml, type LoadedPack } from './rules/loadRulePack';
import { parseRemedyCatalogue, type RemedyCatalogue } from './suggestions/remedyCatalogue';

export const REMEDIES_FILE = 'remedies.yaml';

/** Each file's name as errors show it (`rules/agent.yaml`) and its text. */
export type RuleFileTexts = Iterable<readonly [name: string, text: string]>;

export interface RuleFolder {
  packs: LoadedPack[];
  remedies: RemedyCatalogue;
}

export const isRemediesFile = (name: string): boolean => name.endsWith(REMEDIES_FILE);

const inNameOrder = (files: RuleFileTexts) => [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Every file but the remedy catalogue as a rule pack, in name order. */
export function rulePacksIn(files: RuleFileTexts): LoadedPack[] {
  return inNameOrder(files)
    .filter(([name]) => !isRemediesFile(name))
    .map(([name, text]) => loadRulePackYaml(text, name));
}

/** The folder's remedy catalogue; `{}` when it has none. */
export function remediesIn(files: RuleFileTexts): RemedyCatalogue {
  const entry = [...files].find(([name]) => isRemediesFile(name));
  return entry ? parseRemedyCatalogue(entry[1], entry[0]) : {};
}

/** Packs and catalogue together, read in name order: a broken file is reported as the first one met. */
export function loadRuleFolder(files: RuleFileTexts): RuleFolder {
  const folder: RuleFolder = { packs: [], remedies: {} };
  for (const [name, text] of inNameOrder(files)) {
    if (isRemediesFile(name)) folder.remedies = parseRemedyCatalogue(text, name);
    else folder.packs.push(loadRulePackYaml(text, name));
  }
  return folder;
}
