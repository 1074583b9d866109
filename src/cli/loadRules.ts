// Reads a rules directory from disk for the CLI: every *.yaml but the remedy catalogue is a
// rule pack; remedies.yaml (if present) is the catalogue.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadRulePackYaml, type LoadedPack } from '../engine/rules/loadRulePack';
import { RuleFileError } from '../engine/rules/ruleFileError';
import { parseRemedyCatalogue, type RemedyCatalogue } from '../engine/suggestions';
import { displayPath } from './paths';

export const REMEDIES_FILE = 'remedies.yaml';

export interface RulesOnDisk {
  packs: LoadedPack[];
  remedies: RemedyCatalogue;
}

export function ruleFilesIn(dir: string): string[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new RuleFileError(dir, undefined, undefined, 'no such directory');
  }
  if (stat.isFile()) return [dir];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export { displayPath };

export function loadRulesDir(dir: string): RulesOnDisk {
  const packs: LoadedPack[] = [];
  let remedies: RemedyCatalogue = {};
  for (const path of ruleFilesIn(dir)) {
    const text = readFileSync(path, 'utf8');
    if (path.endsWith(REMEDIES_FILE)) remedies = parseRemedyCatalogue(text, displayPath(path));
    else packs.push(loadRulePackYaml(text, displayPath(path)));
  }
  return { packs, remedies };
}
