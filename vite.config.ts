// The extension build (`npm run build`, `npm run build:firefox`). The CLI has its own config
// (vite.cli.config.ts). manifest.json is the single source of the extension's shape; the
// Firefox build derives its differences from it here. package.json's `version` is the only
// version: the build writes it into the manifest, and scripts/package.mjs names the zips after it.
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';

const CONTENT_SCRIPT = 'src/content/index.ts';

type Manifest = Record<string, unknown> & {
  background: { service_worker: string };
  side_panel: { default_path: string };
  options_ui?: { page: string };
  options_page?: string;
};

// The content script's matches in manifest.json are the built-in desks' patterns, written out so
// reviewers see every host the extension touches; tests/browser/manifest.test.ts keeps them equal to
// src/adapters/registry.ts.
function loadManifest(): Manifest {
  const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
  return { ...manifest, version };
}

// The extension's own pages. crxjs emits the ones Chrome's manifest names, but in the Firefox
// build it does not emit the sidebar page; naming them all as inputs keeps every page in the zip.
function extensionPages(manifest: Manifest): Record<string, string> {
  const pages = [manifest.side_panel.default_path, manifest.options_ui?.page, manifest.options_page];
  // `src/options/index.html` → `options`: the name of the page's chunk in assets/.
  const chunkName = (page: string) => page.replace(/^src\//, '').replace(/(\/index)?\.html$/, '').replaceAll('/', '-');
  return Object.fromEntries(pages.filter((p): p is string => typeof p === 'string').map((p) => [chunkName(p), p]));
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
    // Firefox asks every new add-on to declare what it collects (nothing leaves the browser);
    // the declaration needs Firefox 140 (an ESR) and Firefox for Android 142.
    browser_specific_settings: {
      gecko: { id: 'composure@composure.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
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

// Our pages never render raw HTML, yet preact keeps an `innerHTML =` sink for
// dangerouslySetInnerHTML, which web-ext lint reports as unsafe. Replacing it with a throw makes
// "no markup from a helpdesk page is ever parsed as HTML" true of the shipped code, in both builds.
// A preact release that words the sink differently fails the build here instead of shipping it.
const PREACT_HTML_SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
function noRawHtmlSink(): Plugin {
  return {
    name: 'composure-no-raw-html-sink',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0] ?? id)) return null;
      const sinks = code.match(PREACT_HTML_SINK)?.length ?? 0;
      if (sinks !== 1) this.error(`expected one innerHTML sink in ${id}, found ${sinks}: update noRawHtmlSink`);
      return { code: code.replace(PREACT_HTML_SINK, '(()=>{throw Error("Composure renders no raw HTML")})()'), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = loadManifest();
  return {
    plugins: [
      preact(),
      noRawHtmlSink(),
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
      rollupOptions: firefox ? { input: extensionPages(manifest) } : {},
    },
    // Extension pages are served from chrome-extension://<id>/, never from a dev server in tests.
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
