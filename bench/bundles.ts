// Bundle size per entry point of the built extension (dist/): what Chrome loads for the content
// script, the service worker, the side panel and the options page, raw and gzip (node:zlib).
// An entry's size counts every file it loads (static imports followed), so chunks shared by two
// entries count in both.
// Run: npm run build && npx tsx bench/bundles.ts [--dist DIR]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../tests/browser/browser';

export interface EntrySize {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string };
  side_panel?: { default_path?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

/** The file and everything it loads: static ES imports, and an HTML page's scripts and styles. */
function filesOf(dist: string, file: string, found = new Set<string>()): Set<string> {
  const path = resolve(dist, file);
  if (found.has(path) || !existsSync(path)) return found;
  found.add(path);
  const text = readFileSync(path, 'utf8');
  const references = file.endsWith('.html')
    ? [...text.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    : file.endsWith('.js')
      ? [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.js)["']/g)].map((m) => m[1]!)
      : [];
  for (const reference of references) {
    if (/^[a-z]+:/i.test(reference)) continue;
    const next = reference.startsWith('/') ? join(dist, reference) : join(dirname(path), reference);
    filesOf(dist, relative(dist, next), found);
  }
  return found;
}

export function bundleSizes(dist = DIST): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const entries: [string, string[]][] = [
    ['content script', (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])],
    ['service worker', manifest.background?.service_worker ? [manifest.background.service_worker] : []],
    ['side panel', manifest.side_panel?.default_path ? [manifest.side_panel.default_path] : []],
    ['options page', [manifest.options_ui?.page ?? manifest.options_page].filter((p): p is string => Boolean(p))],
  ];
  return entries
    .filter(([, roots]) => roots.length)
    .map(([entry, roots]) => {
      const files = new Set<string>();
      for (const root of roots) filesOf(dist, root, files);
      let rawBytes = 0;
      let gzipBytes = 0;
      for (const file of files) {
        const bytes = readFileSync(file);
        rawBytes += bytes.length;
        gzipBytes += gzipSync(bytes, { level: 9 }).length;
      }
      return { entry, files: [...files].map((f) => relative(dist, f)), rawBytes, gzipBytes };
    });
}

export function printBundleSizes(sizes: EntrySize[]): void {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log('Bundle size per entry point (dist/, every file the entry loads; gzip -9 via node:zlib):');
  for (const { entry, files, rawBytes, gzipBytes } of sizes) {
    console.log(`  ${entry.padEnd(16)} ${kib(rawBytes).padStart(12)} raw ${kib(gzipBytes).padStart(12)} gzip   (${files.length} files)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  printBundleSizes(bundleSizes(argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : DIST));
}
