#!/usr/bin/env node
// `npm run package`: the zips a store or an admin uploads, built fresh and named after
// package.json's `version` (the only version; vite.config.ts writes it into both manifests):
//   artifacts/composure-chrome-<version>.zip    Chrome Web Store, or an admin's self-hosted CRX
//   artifacts/composure-firefox-<version>.zip   addons.mozilla.org, or Firefox's policies.json
// The Firefox build must pass `web-ext lint` with no errors and no warnings first: AMO runs the
// same linter, and a rejected upload is found out late.
// Options (for tests, which must not overwrite dist/): --artifacts, --chrome-dir, --firefox-dir.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import webExt from 'web-ext';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

function viteBuild(outDir, mode) {
  const args = [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(mode ? ['--mode', mode] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vite build ${mode ?? 'chrome'} failed (exit ${run.status})`);
}

async function lintFirefox(sourceDir) {
  // output 'none': the result comes back as an object instead of being printed.
  const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
  const problems = [...result.errors, ...result.warnings];
  if (problems.length > 0) {
    throw new Error(`web-ext lint: ${problems.map((p) => `${p.code} ${p.file ?? ''}: ${p.message}`).join('; ')}`);
  }
  return result.notices;
}

async function zip(sourceDir, artifactsDir, filename) {
  // web-ext build zips the directory as-is (minus dotfiles) for either browser's manifest.
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir, filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  return extensionPath;
}

export async function packageExtension({
  artifactsDir = resolve(ROOT, 'artifacts'),
  chromeDir = resolve(ROOT, 'dist'),
  firefoxDir = resolve(ROOT, 'dist-firefox'),
} = {}) {
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  viteBuild(chromeDir);
  viteBuild(firefoxDir, 'firefox');
  const notices = await lintFirefox(firefoxDir);
  return {
    version,
    notices: notices.length,
    chrome: await zip(chromeDir, artifactsDir, `composure-chrome-${version}.zip`),
    firefox: await zip(firefoxDir, artifactsDir, `composure-firefox-${version}.zip`),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { artifacts: { type: 'string' }, 'chrome-dir': { type: 'string' }, 'firefox-dir': { type: 'string' } },
  });
  const absolute = (dir) => (dir === undefined ? undefined : resolve(dir));
  const made = await packageExtension({
    artifactsDir: absolute(values.artifacts),
    chromeDir: absolute(values['chrome-dir']),
    firefoxDir: absolute(values['firefox-dir']),
  });
  console.log(JSON.stringify(made, null, 2));
}
