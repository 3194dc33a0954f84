#!/usr/bin/env node
/**
 * Store packages from a fresh build (npm run package builds first):
 *   release/support-path-<version>-chrome.zip    Chrome Web Store / Edge Add-ons upload
 *   release/support-path-<version>-firefox.zip   addons.mozilla.org upload
 *   release/support-path-<version>-sources.zip   the source code Mozilla's reviewers rebuild from (git archive of HEAD)
 * The version is package.json's; vite.config.ts copies it into both manifests, checked here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'release');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const name = (kind) => `support-path-${version}-${kind}.zip`;

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

for (const browser of ['chrome', 'firefox']) {
  const manifestFile = join(ROOT, 'dist', browser, 'manifest.json');
  if (!existsSync(manifestFile)) fail(`no build in dist/${browser}: run npm run build`);
  const built = JSON.parse(readFileSync(manifestFile, 'utf8')).version;
  if (built !== version) fail(`dist/${browser} is version ${built}, package.json says ${version}: rebuild`);
}

mkdirSync(OUT, { recursive: true });
const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
for (const browser of ['chrome', 'firefox']) {
  rmSync(join(OUT, name(browser)), { force: true });
  execFileSync(webExt, ['build', '--source-dir', join(ROOT, 'dist', browser), '--artifacts-dir', OUT, '--filename', name(browser), '--overwrite-dest'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// Reviewers rebuild from exactly what is committed; uncommitted edits would make their build differ from ours.
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
if (dirty) console.warn('package: warning: the working tree has uncommitted changes; the sources zip holds HEAD only.');
execFileSync('git', ['archive', '--format=zip', `--prefix=support-path-${version}/`, '--output', join(OUT, name('sources')), 'HEAD'], { cwd: ROOT });

for (const kind of ['chrome', 'firefox', 'sources']) {
  const file = join(OUT, name(kind));
  console.log(`release/${name(kind)}  ${(statSync(file).size / 1024).toFixed(1)} KiB`);
}
