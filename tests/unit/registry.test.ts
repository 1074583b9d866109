// The detector registry is the one place a category is declared: what is written from it (the
// schema's lists, lint's knowledge, README's tables) must match it, and it must match the
// published vocabulary. `npx tsx scripts/generate-registry.ts` rewrites what drifted.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/engine/detectors';
import { CATALOGUE_FILE, catalogueText, MANAGED_SCHEMA_FILE, managedSchemaText, README_FILE, readmeText, SCHEMA_FILE, schemaText, vocabularyProblems } from '../../scripts/registryArtifacts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const HOW = 'out of date: run npx tsx scripts/generate-registry.ts';

describe('the detector registry', () => {
  it('names every category of the vocabulary once, and every kind', () => {
    expect(vocabularyProblems()).toEqual([]);
  });

  it('has every category and kind named where the vocabulary is published (docs/interfaces.md §3)', () => {
    const page = read('docs/interfaces.md');
    const section = page.slice(page.indexOf('## 3.'), page.indexOf('## 4.'));
    for (const d of DETECTORS) expect(section, d.category).toContain(`\`${d.category}\``);
    for (const kind of new Set(DETECTORS.flatMap((d) => d.shows ?? []))) expect(section, kind).toContain(`\`${kind}\``);
  });

  it('declares the params, docs and state of what it registers', () => {
    for (const d of DETECTORS) {
      expect(d.docs, d.category).toMatch(/\S/);
      for (const [name, c] of Object.entries(d.checks ?? {})) expect(c.docs, name).toMatch(/\S/);
      if (d.state) {
        const detectors: object[] = [];
        detectors[d.slot] = d.state.initial();
        expect(d.stateOf({ detectors })).toEqual(d.state.initial());
      }
    }
  });

  it.each([
    [SCHEMA_FILE, () => schemaText(read(SCHEMA_FILE))],
    [MANAGED_SCHEMA_FILE, () => managedSchemaText(read(MANAGED_SCHEMA_FILE))],
    [CATALOGUE_FILE, catalogueText],
    [README_FILE, () => readmeText(read(README_FILE))],
  ])('is what %s says', (file, generate) => {
    expect(read(file) === generate(), `${file} ${HOW}`).toBe(true);
  });
});
