import puppeteer, { type Browser, type HTTPRequest, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = resolve(ROOT, 'dist/chrome');
export const FIREFOX_BUILD = resolve(ROOT, 'dist/firefox');

/** Headless Chromium on a machine with no network: no sandbox (root), no background fetches that would fail. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian chromium (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

export interface Extension {
  browser: Browser;
  extensionId: string;
  worker: WebWorker;
}

/** Real headless Chromium with the built extension loaded, as a partner would have it. */
export async function launchExtension(options: { lang?: string; build?: string } = {}): Promise<Extension> {
  const build = options.build ?? CHROME_BUILD;
  if (!existsSync(resolve(build, 'manifest.json'))) throw new Error(`No build at ${build}: run npm run build first`);
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: [build],
    args: [...CHROMIUM_FLAGS, ...(options.lang ? [`--lang=${options.lang}`, `--accept-lang=${options.lang}`] : [])],
    env: { ...process.env, ...(options.lang ? { LANGUAGE: options.lang.replace('-', '_') } : {}) },
  });
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const worker = await workerTarget.worker();
  if (!worker) throw new Error('extension service worker did not start');
  // The worker target can appear a moment before the extension API is bound in it.
  await waitFor(() => worker.evaluate('typeof chrome !== "undefined" && !!chrome.runtime?.id'), 'the worker\'s extension API');
  return { browser, extensionId: new URL(workerTarget.url()).host, worker };
}

/** Polls a condition that no event announces, until it holds or the time is up. */
async function waitFor(check: () => Promise<unknown>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export type Responder = (url: URL) => { body: string; contentType?: string; status?: number } | string | undefined;

/**
 * Serves fixtures at real production URLs, so the manifest's match patterns apply exactly as in production.
 * Anything the responder does not answer is aborted: the machine has no network and tests must not need one.
 */
export async function servePages(page: Page, respond: Responder): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      void request.abort();
      return;
    }
    // The extension's own pages (Chromium or Firefox scheme) and data: URLs load as they are.
    if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:' || url.protocol === 'data:') {
      void request.continue();
      return;
    }
    const answer = respond(url);
    if (answer === undefined) {
      void request.abort();
      return;
    }
    const { body, contentType = 'text/html; charset=utf-8', status = 200 } = typeof answer === 'string' ? { body: answer } : answer;
    void request.respond({ status, contentType, body });
  });
}

/**
 * Opens a Partner Center URL in a new tab with every Partner Center path answered by one page, as the real
 * single-page app's shell is (e.g. fixtures/partner-center/spa-shell.html, which routes on location.pathname).
 */
export async function openPartnerCenterShell(ext: Extension, shellHtml: string, path: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await servePages(page, (url) => (url.origin === 'https://partner.microsoft.com' ? shellHtml : undefined));
  await page.goto(`https://partner.microsoft.com${path}`);
  return page;
}

/** Reads a fixture file under test/fixtures. */
export function fixture(relativePath: string): string {
  return readFileSync(resolve(ROOT, 'test/fixtures', relativePath), 'utf8');
}

/** Opens the real toolbar popup for the page in front, as a toolbar click would. */
export async function openPopup(ext: Extension, page: Page): Promise<Page> {
  await page.bringToFront();
  const popupUrl = `chrome-extension://${ext.extensionId}/src/popup/index.html`;
  const isPopup = (t: Target) => t.type() === 'page' && t.url().startsWith(popupUrl);
  // A popup closed a moment ago can still be listed; only a target that was not there before is the new one.
  const before = new Set(ext.browser.targets().filter(isPopup));
  await ext.worker.evaluate('chrome.action.openPopup()');
  const target = await ext.browser.waitForTarget((t) => isPopup(t) && !before.has(t), { timeout: 10_000 });
  const popup = await target.asPage();
  if (!popup) throw new Error('popup page not available');
  await popup.waitForFunction(() => document.getElementById('app')?.childElementCount, { timeout: 10_000 });
  return popup;
}

/** Opens an extension page (options) in a normal tab. */
export async function openExtensionPage(ext: Extension, path: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.waitForFunction(() => document.getElementById('app')?.childElementCount, { timeout: 10_000 });
  return page;
}

/** Text content of the popup's main region, whitespace folded, for assertions a person would make. */
export async function visibleText(page: Page, selector = 'body'): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
}
