// `composure migrate [FILE|DIR]`: rewrites version 1 rule files as version 2, in place.
// A v1 `words` entry's `|` chose between single words at one position; the v2 pattern says so
// with brackets ("speak|speaking to" → "(speak | speaking) to"), so the meaning is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { isRemediesFile, migrateRuleFileYaml } from '../engine';
import { displayPath, ruleFilesIn } from './loadRules';
import { parseArgs } from './options';

export function migrateCommand(args: string[], bundledRules: string): number {
  const { positional, switches } = parseArgs(args, [], ['check']);
  const target = positional[0] ?? bundledRules;
  let toMigrate = 0;
  for (const path of ruleFilesIn(target)) {
    if (isRemediesFile(path)) continue;
    const name = displayPath(path);
    const result = migrateRuleFileYaml(readFileSync(path, 'utf8'), name);
    if (!result.changed) {
      process.stdout.write(`${name}: already version 2\n`);
      continue;
    }
    toMigrate++;
    if (switches.has('check')) {
      process.stdout.write(`${name}: version 1, would be migrated (${result.patterns} patterns)\n`);
      continue;
    }
    writeFileSync(path, result.text);
    process.stdout.write(`${name}: migrated to version 2 (${result.patterns} patterns)\n`);
  }
  // --check is for CI: a version 1 file left behind is a failure.
  return switches.has('check') && toMigrate > 0 ? 1 : 0;
}
