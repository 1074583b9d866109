// Reads a rules directory (or one rule file) from disk for the CLI; the engine's loadRuleFolder
// makes packs and the remedy catalogue of it, as it does for the extension's bundled rules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleFolder, RuleFileError, type RuleFolder } from '../engine';
import { displayPath } from './paths';

export type RulesOnDisk = RuleFolder;

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
  return loadRuleFolder(ruleFilesIn(dir).map((path) => [displayPath(path), readFileSync(path, 'utf8')] as const));
}
