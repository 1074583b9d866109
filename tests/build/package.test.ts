// `npm run package`, run as a person runs it (scripts/package.mjs in a child process), pointed at
// temporary directories so dist/ stays the browser tests'. The zips are what a store or an admin
// uploads: each must be exactly its fresh build, stamped with package.json's version.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// Two vite builds, a web-ext lint and two zips, beside the other unit tests.
const SLOW_MS = 300_000;

interface BuiltManifest {
  version?: string;
  key?: string;
  background: { service_worker?: string; scripts?: string[] };
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  options_ui?: { page: string };
  storage?: { managed_schema: string };
  content_scripts: { js: string[] }[];
}

const work = mkdtempSync(join(tmpdir(), 'composure-package-'));
const dirs = { artifacts: join(work, 'artifacts'), chrome: join(work, 'chrome'), firefox: join(work, 'firefox') };
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zips = new Map<string, Record<string, Uint8Array>>();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

function manifestIn(zip: Record<string, Uint8Array>): BuiltManifest {
  const bytes = zip['manifest.json'];
  if (!bytes) throw new Error('the zip has no manifest.json');
  return JSON.parse(new TextDecoder().decode(bytes)) as BuiltManifest;
}

beforeAll(async () => {
  await promisify(execFile)(
    process.execPath,
    ['scripts/package.mjs', '--artifacts', dirs.artifacts, '--chrome-dir', dirs.chrome, '--firefox-dir', dirs.firefox],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  for (const name of readdirSync(dirs.artifacts)) zips.set(name, unzipSync(readFileSync(join(dirs.artifacts, name))));
}, SLOW_MS);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package', () => {
  it('writes one zip per browser, named after package.json version', () => {
    expect([...zips.keys()].sort()).toEqual([`composure-chrome-${version}.zip`, `composure-firefox-${version}.zip`]);
  });

  it('stamps both manifests with package.json version, the only version there is', () => {
    for (const zip of zips.values()) expect(manifestIn(zip).version).toBe(version);
    // A second version in manifest.json would drift from package.json: the build supplies it.
    expect(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'))).not.toHaveProperty('version');
  });

  it('zips exactly the files of each fresh build', () => {
    expect(Object.keys(zips.get(`composure-chrome-${version}.zip`)!).filter((p) => !p.endsWith('/')).sort()).toEqual(filesUnder(dirs.chrome));
    expect(Object.keys(zips.get(`composure-firefox-${version}.zip`)!).filter((p) => !p.endsWith('/')).sort()).toEqual(filesUnder(dirs.firefox));
  });

  it('the Chrome zip holds the worker, content script, side panel, options page and policy schema its manifest names', () => {
    const zip = zips.get(`composure-chrome-${version}.zip`)!;
    const manifest = manifestIn(zip);
    expect(manifest.key).toBeTruthy();
    const named = [
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((c) => c.js),
      manifest.side_panel?.default_path,
      manifest.options_ui?.page,
      manifest.storage?.managed_schema,
    ];
    expect(named.every((path) => typeof path === 'string')).toBe(true);
    for (const path of named) expect(Object.keys(zip)).toContain(path);
  });

  it('the Firefox zip holds the background scripts, content script, sidebar and options page its manifest names', () => {
    const zip = zips.get(`composure-firefox-${version}.zip`)!;
    const manifest = manifestIn(zip);
    expect(manifest).not.toHaveProperty('key');
    const named = [
      ...(manifest.background.scripts ?? []),
      ...manifest.content_scripts.flatMap((c) => c.js),
      manifest.sidebar_action?.default_panel,
      manifest.options_ui?.page,
    ];
    expect(named.every((path) => typeof path === 'string')).toBe(true);
    for (const path of named) expect(Object.keys(zip)).toContain(path);
  });
});
