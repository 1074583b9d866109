// Debian's Chromium as the tests drive it: our own --headless=new among the args, no sandbox,
// and no background networking (the machine has no internet; Chromium would keep trying).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { serveDeskFixtures } from '../fixtures/desks/index';

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

/**
 * Chromium with every desk fixture served at its real address and `modules` injected into each
 * page before the page's own scripts (as `globalThis[name]`): how the adapter tests read desks.
 */
export async function launchDeskPages(modules: string[], name: string): Promise<{ browser: Browser; context: BrowserContext }> {
  const [code, browser] = await Promise.all([bundleForPage(modules, name), chromium.launch({ executablePath: CHROMIUM, headless: false, args: HEADLESS_FLAGS })]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: code });
  await serveDeskFixtures(context);
  return { browser, context };
}
