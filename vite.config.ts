/// <reference types="vitest/config" />
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

type Browser = 'chrome' | 'firefox';

const GECKO_ID = 'support-path@support-path.dev';
// data_collection_permissions is understood from Firefox 140; storage.session and MV3 action APIs are older.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';
// The build's syntax target; the Partner Center content script also relies on MV3's promise-returning `chrome` API.
const CHROME_MIN_VERSION = '120';

/** The single source manifest, adapted for one browser: the only place the two builds differ. */
export function manifestFor(browser: Browser): ManifestV3Export {
  const source = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));
  const manifest = { ...source, version: pkg.version };
  if (browser === 'firefox') {
    const { service_worker: worker } = source.background;
    manifest.background = { scripts: [worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Not built for Android; this only states the version whose manifest keys match the desktop ones.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    };
    // Firefox reads enterprise values from policies.json "3rdparty", not from a managed schema file.
    delete manifest.storage;
  } else {
    manifest.minimum_chrome_version = CHROME_MIN_VERSION;
  }
  return manifest;
}

/**
 * webextension-polyfill ships as UMD, which the bundler wraps in CommonJS interop helpers. The same file,
 * wrapped as an ES module at build time, needs none: about 0.25 KiB less in each of the popup and options
 * bundles (measured), which the popup's 30 KiB budget needs.
 */
function polyfillAsEsModule(): string {
  const umd = createRequire(import.meta.url).resolve('webextension-polyfill');
  const source = readFileSync(umd, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
  const dir = resolve(import.meta.dirname, 'node_modules/.support-path');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'browser-polyfill.mjs');
  writeFileSync(file, `const module = { exports: {} };\nconst exports = module.exports;\n${source}\nexport default module.exports;\n`);
  return file;
}

export default defineConfig(({ mode }): UserConfig => {
  if (process.env.VITEST) {
    return {
      plugins: [preact()],
      test: {
        projects: [
          {
            extends: true,
            test: {
              name: 'unit',
              include: ['test/unit/**/*.test.{ts,tsx}'],
              environment: 'node',
            },
          },
          {
            extends: true,
            test: {
              name: 'e2e',
              include: ['test/e2e/**/*.test.ts'],
              environment: 'node',
              testTimeout: 60_000,
              hookTimeout: 90_000,
              fileParallelism: false,
            },
          },
        ],
      },
    };
  }
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser })],
    // An alias rather than a plugin: crxjs bundles content scripts (the autofill one uses the polyfill) in a sub-build that keeps only aliases.
    resolve: { alias: { 'webextension-polyfill': polyfillAsEsModule() } },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : `chrome${CHROME_MIN_VERSION}`,
      sourcemap: false,
      minify: true,
    },
    server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
  };
});
