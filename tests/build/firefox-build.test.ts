// The Firefox variant as a store reviewer meets it: `vite build --mode firefox` into a temporary
// directory (dist/ belongs to the browser tests), then Mozilla's own linter, run offline the way
// a person runs it: `web-ext lint --output json`.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const WEB_EXT = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
// Two builds and a lint of a 4 MB bundle, beside the other unit tests on a 2-core machine.
const SLOW = { timeout: 240_000 };

type LintMessage = { code: string; file?: string; message: string };
type LintReport = { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

interface FirefoxManifest {
  version: string;
  key?: string;
  minimum_chrome_version?: string;
  side_panel?: unknown;
  storage?: unknown;
  permissions: string[];
  background: { scripts?: string[]; service_worker?: string };
  sidebar_action: { default_panel: string };
  options_ui?: { page: string };
  browser_specific_settings: { gecko: { id: string; data_collection_permissions: { required: string[] } } };
}

const run = promisify(execFile);
const outDir = mkdtempSync(join(tmpdir(), 'composure-firefox-'));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
let manifest: FirefoxManifest;

beforeAll(async () => {
  await run(process.execPath, [VITE, 'build', '--mode', 'firefox', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT });
  manifest = readJson<FirefoxManifest>(join(outDir, 'manifest.json'));
}, SLOW.timeout);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the Firefox build (npm run build:firefox)', () => {
  it('passes web-ext lint with no errors, no warnings and no notices', SLOW, async () => {
    // web-ext exits 1 when it finds errors; the report on stdout is what we judge either way.
    const lint = await run(process.execPath, [WEB_EXT, 'lint', '--source-dir', outDir, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((failed: { stdout: string }) => failed);
    const report = JSON.parse(lint.stdout) as LintReport;
    const brief = (messages: LintMessage[]) => messages.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(brief(report.errors)).toEqual([]);
    expect(brief(report.warnings)).toEqual([]);
    expect(brief(report.notices)).toEqual([]);
  });

  it('emits every extension page the manifest names: the sidebar and the options page', () => {
    const source = readJson<{ side_panel: { default_path: string }; options_ui?: { page: string } }>(join(ROOT, 'manifest.json'));
    expect(manifest.sidebar_action.default_panel).toBe(source.side_panel.default_path);
    expect(existsSync(join(outDir, manifest.sidebar_action.default_panel))).toBe(true);
    expect(manifest.options_ui?.page).toBe(source.options_ui?.page);
    if (manifest.options_ui) expect(existsSync(join(outDir, manifest.options_ui.page))).toBe(true);
  });

  it('runs the background as event-page scripts that exist in the build', () => {
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.background.scripts ?? []) expect(existsSync(join(outDir, script))).toBe(true);
  });

  it('carries the gecko id and no Chrome-only keys', () => {
    expect(manifest.browser_specific_settings.gecko.id).toBe('composure@composure.dev');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('minimum_chrome_version');
    expect(manifest).not.toHaveProperty('side_panel');
    expect(manifest).not.toHaveProperty('storage');
    expect(manifest.permissions).not.toContain('sidePanel');
  });

  it('takes its version from package.json', () => {
    expect(manifest.version).toBe(readJson<{ version: string }>(join(ROOT, 'package.json')).version);
  });
});
