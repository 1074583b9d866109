// The extension build (`npm run build`, `npm run build:firefox`). The CLI has its own config
// (vite.cli.config.ts). manifest.json is the single source of the extension's shape; the
// Firefox build derives its differences from it here.
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';

const CONTENT_SCRIPT = 'src/content/index.ts';

type Manifest = Record<string, unknown> & {
  background: { service_worker: string };
  side_panel: { default_path: string };
};

// The content script's matches in manifest.json are the built-in desks' patterns, written out so
// reviewers see every host the extension touches; tests/e2e/manifest.test.ts keeps them equal to
// src/adapters/registry.ts.
function loadManifest(): Manifest {
  return JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest;
}

// Firefox has no side_panel or service-worker background: the same page becomes the sidebar
// and the worker runs as an event page. crxjs does not emit the sidebar page by itself.
function firefoxManifest(manifest: Manifest): Record<string, unknown> {
  // Firefox reads extension policy from policies.json (`3rdparty`), not a managed schema.
  const { side_panel, key: _key, minimum_chrome_version: _min, storage: _storage, ...rest } = manifest;
  const permissions = (rest.permissions as string[]).filter((p) => p !== 'sidePanel');
  return {
    ...rest,
    permissions,
    background: { scripts: [manifest.background.service_worker], type: 'module' } as never,
    sidebar_action: { default_panel: side_panel.default_path, default_title: 'Composure' },
    browser_specific_settings: { gecko: { id: 'composure@composure.dev', strict_min_version: '128.0' } },
  };
}

// crxjs does not copy the enterprise policy schema named in `storage.managed_schema`; Chrome
// refuses to load an extension whose manifest names a schema file that is not there.
function managedSchema(): Plugin {
  return {
    name: 'composure-managed-schema',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'managed_schema.json', source: readFileSync(new URL('./managed_schema.json', import.meta.url), 'utf8') });
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = loadManifest();
  return {
    plugins: [
      preact(),
      ...(firefox ? [] : [managedSchema()]),
      crx({
        manifest: (firefox ? firefoxManifest(manifest) : manifest) as unknown as ManifestV3Export,
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained IIFE: no loader and no web-accessible chunk any helpdesk page could fetch.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT], injectCss: false },
        liveReload: false,
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // The content script is parsed on every helpdesk page load: keep it small.
      minify: true,
      sourcemap: false,
      chunkSizeWarningLimit: 5000,
      // Chrome supports modulepreload natively; the polyfill would be the only fetch() we ship.
      modulePreload: { polyfill: false },
      rollupOptions: firefox ? { input: { sidebar: manifest.side_panel.default_path } } : {},
    },
    // Extension pages are served from chrome-extension://<id>/, never from a dev server in tests.
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
