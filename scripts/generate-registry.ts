// Writes what is generated from the detector registry (./registryArtifacts.ts): rules/schema.json's
// lists, managed_schema.json's descriptions, lint's knowledge and README's tables.
//   npx tsx scripts/generate-registry.ts           # write
//   npx tsx scripts/generate-registry.ts --check   # exit 1 if any is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATALOGUE_FILE, catalogueText, MANAGED_SCHEMA_FILE, managedSchemaText, README_FILE, readmeText, SCHEMA_FILE, schemaText, vocabularyProblems } from './registryArtifacts';

const ROOT = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');

const problems = vocabularyProblems();
for (const p of problems) process.stderr.write(`${p}\n`);
if (problems.length > 0) process.exit(1);

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const outputs: [string, string][] = [
  [SCHEMA_FILE, schemaText(read(SCHEMA_FILE))],
  [MANAGED_SCHEMA_FILE, managedSchemaText(read(MANAGED_SCHEMA_FILE))],
  [CATALOGUE_FILE, catalogueText()],
  [README_FILE, readmeText(read(README_FILE))],
];
let stale = 0;
for (const [file, text] of outputs) {
  let current: string | undefined;
  try {
    current = read(file);
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  stale++;
  if (check) process.stderr.write(`${file}: out of date; run npx tsx scripts/generate-registry.ts\n`);
  else {
    writeFileSync(join(ROOT, file), text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
if (check && stale > 0) process.exit(1);
if (stale === 0) process.stdout.write('up to date\n');
