// The module graph of the TypeScript sources, read from their import and export-from statements.
// The project compiles with the native TypeScript 7, whose package has no JavaScript compiler API
// for the usual lint plugins (eslint-plugin-import, dependency-cruiser) to load, and no second
// TypeScript is at hand; so the statements are matched here. That is enough because the code keeps
// to a narrow form: static imports and re-exports start a line (`import type` and `export type`
// included), and dynamic imports name their module as a string literal.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportEdge {
  /** Paths relative to the root, with forward slashes. */
  from: string;
  to: string;
  /** `import type` / `export type`: erased from the built code, but still a dependency. */
  typeOnly: boolean;
  dynamic: boolean;
}

/** `import … from '…'`, `import '…'`, `export … from '…'`, with `type` after the keyword or not. */
const STATIC_IMPORT = /^[ \t]*(?:import|export)\s+(type\s+)?(?:[^;'"`()=]*?\bfrom\s*)?(['"])([^'"\n]+)\2/gm;
/** `import('…')`. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

export interface ImportSpecifier {
  specifier: string;
  typeOnly: boolean;
  dynamic: boolean;
}

/** Every module `source` names in an import or export-from statement. */
export function importsIn(source: string): ImportSpecifier[] {
  const found: ImportSpecifier[] = [];
  for (const m of source.matchAll(STATIC_IMPORT)) found.push({ specifier: m[3]!, typeOnly: Boolean(m[1]), dynamic: false });
  for (const m of source.matchAll(DYNAMIC_IMPORT)) found.push({ specifier: m[2]!, typeOnly: false, dynamic: true });
  return found;
}

const SOURCE_FILE = /\.tsx?$/;

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(path);
    return SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it; undefined when there is none. */
function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
  /** Relative specifiers that name no file: a scanner or a code mistake. */
  unresolved: { from: string; specifier: string }[];
}

/** The graph of every .ts/.tsx file under `dirs` (relative to `root`); packages are left out. */
export function importGraph(root: string, dirs: string[]): ImportGraph {
  const name = (path: string) => relative(root, path).split('\\').join('/');
  const files = dirs.flatMap((dir) => sourceFilesUnder(join(root, dir)));
  const edges: ImportEdge[] = [];
  const unresolved: ImportGraph['unresolved'] = [];
  for (const file of files) {
    for (const { specifier, typeOnly, dynamic } of importsIn(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(file, specifier);
      if (!target) unresolved.push({ from: name(file), specifier });
      else if (SOURCE_FILE.test(target)) edges.push({ from: name(file), to: name(target), typeOnly, dynamic });
    }
  }
  return { files: files.map(name), edges, unresolved };
}

/**
 * The import cycles among the nodes `nodeOf` puts files in (the file itself, or its folder), one
 * per strongly connected component, each as a path that returns to where it started.
 */
export function importCycles(edges: ImportEdge[], nodeOf: (file: string) => string = (file) => file): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    const [from, to] = [nodeOf(edge.from), nodeOf(edge.to)];
    if (from === to) continue;
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  return stronglyConnected(next).map((component) => cycleThrough(component, next));
}

/** Tarjan's algorithm: the components of more than one node. */
function stronglyConnected(next: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

/** A shortest path from the component's first node back to it, inside the component. */
function cycleThrough(component: string[], next: Map<string, Set<string>>): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const to of [...(next.get(node) ?? [])].sort()) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return component;
}
