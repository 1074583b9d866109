// The shape of src/: one public way into the engine, the page script free of engine code, and no
// import cycles, neither between files nor between the areas of src/ (background, content, engine,
// options, policy, …) nor between the engine's folders. Imports are read by
// tests/helpers/importGraph.ts (why not a lint plugin: there).
//
// Only src/ is held to the engine boundary. tests/, bench/ and scripts/ may reach engine internals:
// unit tests prove a feature extractor, the pattern automaton or a suggestion builder on its own,
// and the benchmarks and training scripts measure and fit them; exporting those from the engine
// for their sake would widen what the extension and the CLI can lean on.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, importsIn, type ImportEdge } from '../helpers/importGraph';

const ROOT = join(import.meta.dirname, '../..');
const ENGINE = 'src/engine/';
const ENGINE_ENTRY = 'src/engine/index.ts';

const { files, edges, unresolved } = importGraph(ROOT, ['src']);

const describeEdge = (edge: ImportEdge) => `${edge.from} → ${edge.to}${edge.typeOnly ? ' (type)' : ''}${edge.dynamic ? ' (dynamic)' : ''}`;
const describeCycle = (cycle: string[]) => cycle.join(' → ');
/** src/<area>/…: background, content, engine, options, … */
const areaOf = (file: string) => file.split('/').slice(0, 2).join('/');
/** src/engine/<folder>/…; a file at the engine's root (types.ts, engine.ts, …) stands for itself. */
const engineFolderOf = (file: string) => {
  const parts = file.split('/');
  return parts.length > 3 ? `${parts.slice(0, 3).join('/')}/` : file;
};

describe('import scanner', () => {
  it('reads every form of import and export-from the code uses', () => {
    const source = [
      "import { a, type B } from './a';",
      "import type { C } from './c';",
      'import {',
      '  d,',
      '  e,',
      "} from './de';",
      "import * as f from './f';",
      "import g, { h } from './gh';",
      "import './side-effect.css';",
      "export { i } from './i';",
      "export type * from './j';",
      "export * as k from './k';",
      "const l = await import('./l');",
      "// import { m } from './m';",
      "export const from = 'n';",
      "const text = 'import x from y';",
    ].join('\n');
    expect(importsIn(source)).toEqual([
      { specifier: './a', typeOnly: false, dynamic: false },
      { specifier: './c', typeOnly: true, dynamic: false },
      { specifier: './de', typeOnly: false, dynamic: false },
      { specifier: './f', typeOnly: false, dynamic: false },
      { specifier: './gh', typeOnly: false, dynamic: false },
      { specifier: './side-effect.css', typeOnly: false, dynamic: false },
      { specifier: './i', typeOnly: false, dynamic: false },
      { specifier: './j', typeOnly: true, dynamic: false },
      { specifier: './k', typeOnly: false, dynamic: false },
      { specifier: './l', typeOnly: false, dynamic: true },
    ]);
  });

  it('finds the file behind every relative import in src/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  it('reports a cycle as the path that closes it', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, typeOnly: false, dynamic: false });
    expect(importCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([['a', 'b', 'c', 'a']]);
    expect(importCycles([edge('a', 'b'), edge('b', 'c')])).toEqual([]);
  });
});

describe('the engine boundary', () => {
  it('is crossed only through src/engine/index.ts', () => {
    const backDoors = edges.filter((edge) => !edge.from.startsWith(ENGINE) && edge.to.startsWith(ENGINE) && edge.to !== ENGINE_ENTRY);
    expect(backDoors.map(describeEdge), 'import these from src/engine/index.ts (export them there if they belong to the engine)').toEqual([]);
  });
});

describe('the page script', () => {
  // The engine runs in the service worker; the wink model alone is ~3.5 MB, and the bundler keeps
  // any engine module with top-level work once one value is imported from the engine's entry.
  it('takes only types from the engine', () => {
    const entry = 'src/content/index.ts';
    const reachedFrom = new Map<string, string>([[entry, '']]);
    const pathTo = (file: string): string => (file === entry ? file : `${pathTo(reachedFrom.get(file)!)} → ${file}`);
    const intoEngine: string[] = [];
    for (const file of reachedFrom.keys()) {
      for (const edge of edges) {
        if (edge.from !== file || edge.typeOnly || reachedFrom.has(edge.to)) continue;
        if (edge.to.startsWith(ENGINE)) intoEngine.push(`${pathTo(file)} → ${edge.to}`);
        else reachedFrom.set(edge.to, file);
      }
    }
    expect(reachedFrom.size).toBeGreaterThan(10);
    expect(intoEngine, 'code the content script bundles imports engine code').toEqual([]);
  });
});

describe('import cycles in src/', () => {
  // Type-only imports count: a cycle of types still ties two modules into one.
  it('has none between files', () => {
    expect(importCycles(edges).map(describeCycle)).toEqual([]);
  });

  it('has none between the areas (background, content, engine, options, policy, …)', () => {
    expect(importCycles(edges, areaOf).map(describeCycle)).toEqual([]);
  });

  // The engine's folders layer: the detectors read the shared conversation state, the pipeline
  // runs the detectors over it; a detector the state reads back would tie the two into one.
  it('has none between the engine\'s folders (conversation, detectors, pipeline, rules, …)', () => {
    const engineEdges = edges.filter((edge) => edge.from.startsWith(ENGINE) && edge.to.startsWith(ENGINE));
    expect(importCycles(engineEdges, engineFolderOf).map(describeCycle)).toEqual([]);
  });
});
