// What ships (dist/), checked as a reviewer would: least privilege, no code any page can fetch,
// a strict CSP, no eval and no network API in the bundles.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlMatchesPattern } from '../../src/sites/matchPattern';
import { builtInMatchPatterns } from '../../src/adapters/registry';
import { DIST, EXTENSION_ID } from './browser';
import { createHash } from 'node:crypto';

interface BuiltManifest {
  key: string;
  permissions: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_scripts: { matches: string[]; js: string[]; all_frames?: boolean }[];
  content_security_policy: { extension_pages: string };
  commands: Record<string, unknown>;
  side_panel: { default_path: string };
}

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('built manifest', () => {
  it('asks only for the side panel, storage and scripting, and reads only the built-in desks until asked', () => {
    // scripting: registering admins' and users' own desks (siteAdapters) and re-reading open desk tabs after an update.
    expect(manifest.permissions.sort()).toEqual(['scripting', 'sidePanel', 'storage']);
    // The same hosts as the content script: Chrome lets scripting.executeScript (re-reading open desk
    // tabs after an update) reach only host_permissions, not content-script matches. No new warning.
    expect((manifest.host_permissions ?? []).sort()).toEqual(builtInMatchPatterns().sort());
    // Other sites only on demand: the agent grants a desk's origin when they add it (or their admin's).
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    // Only the agent's workspace: never a desk host's public help centre.
    for (const helpCentre of ['https://acme.zendesk.com/hc/en-us', 'https://acme.freshdesk.com/support/home', 'https://app.chatwoot.com/hc/acme/en/articles/1', 'https://acme.zammad.com/help/en-us']) {
      expect(manifest.content_scripts[0]!.matches.some((pattern) => urlMatchesPattern(helpCentre, pattern)), helpCentre).toBe(false);
    }
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]!.matches.sort()).toEqual(builtInMatchPatterns().sort());
  });

  it('has a stable extension id from its public key', () => {
    const der = Buffer.from(manifest.key, 'base64');
    const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe(EXTENSION_ID);
  });

  it('exposes no file to web pages and injects one self-contained content script', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const [script] = manifest.content_scripts[0]!.js;
    const code = readFileSync(join(DIST, script!), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
    expect(code).not.toContain('chrome.runtime.getURL');
  });

  it('locks extension pages down with a strict CSP', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
  });

  it('offers the commands to open the panel and insert the top suggestion', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual(['insert-top-suggestion', 'open-panel']);
  });

  it('ships no eval and no network API', () => {
    const offenders = filesUnder(DIST)
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => {
        const code = readFileSync(file, 'utf8');
        // `x.eval(` calls and `eval(t,n){` definitions are re2js's matcher method, not the global.
        const hits = code.match(/(?<![.\w$])(eval|fetch|importScripts)\((?![\w$,\s]*\)\s*\{)|new Function\b|XMLHttpRequest|WebSocket\b|sendBeacon|EventSource\b/g) ?? [];
        return hits.map((hit) => `${file.slice(DIST.length)}: ${hit}`);
      });
    expect(offenders).toEqual([]);
  });
});
