// Debian's Chromium as the tests drive it (BROWSER-NOTES.md): our own --headless=new, no sandbox,
// and no background networking (the machine has no internet; Chromium would keep trying).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export const HEADLESS_FLAGS = ['--headless=new', ...QUIET_FLAGS];

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Project modules bundled by vite as one IIFE for a page, their exports published as
 * `globalThis[name]` (init scripts run wrapped in a function, so the global is set explicitly).
 */
export async function bundleForPage(modules: string[], name: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'composure-page-bundle-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, modules.map((m) => `export * from ${JSON.stringify(join(ROOT, m))};\n`).join(''));
  try {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name } },
    });
    const [result] = Array.isArray(output) ? output : [output];
    const code = (result as { output: { code: string }[] }).output[0]!.code;
    return `${code};globalThis.${name} = ${name};`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
