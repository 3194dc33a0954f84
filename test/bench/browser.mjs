import puppeteer from 'puppeteer-core';
// The same browser and flags as the e2e tests, so the bench measures what the tests exercise (run through tsx).
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/harness.ts';
import { READ_LIST_HOOK } from '../../src/shared/list-request.ts';

/**
 * Real headless Chromium; with `extension` (an unpacked build folder) loaded, or without any extension.
 * attachWorker: false leaves the service worker without a DevTools session, which would keep it alive.
 */
export async function launch(extension = null, { attachWorker = true } = {}) {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: extension ? [extension] : false,
    args: CHROMIUM_FLAGS,
  });
  if (!extension) return { browser, worker: null, extensionId: null };
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  return { browser, worker: attachWorker ? await target.worker() : null, extensionId: new URL(target.url()).host };
}

/** Serves pages at their production URLs (so match patterns apply), as the e2e tests do; everything else is aborted. */
export { servePages as serve } from '../e2e/harness.ts';

/** Asks a Partner Center tab to read its customer list, the way the popup does (src/popup/useActiveTab.ts). */
export async function askToReadList(worker, tabId) {
  await worker.evaluate(
    (id, hookName) =>
      chrome.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        func: (hook) => {
          const read = globalThis[hook];
          if (typeof read === 'function') read();
        },
        args: [hookName],
      }),
    tabId,
    READ_LIST_HOOK,
  );
}

/** The tab id the extension knows for a page, found by its URL. */
export async function tabIdOf(worker, page) {
  const url = page.url();
  return worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null, url);
}

/**
 * Resolves true when the worker has stored a tab state for `tabId` that is past loading (and names
 * `tenantId` when given), or false after timeoutMs. Event-driven: it listens to storage changes.
 * (No predicate functions are shipped into the worker: its CSP forbids evaluating strings.)
 */
export async function waitForSettledTab(worker, tabId, { tenantId, timeoutMs = 5000 } = {}) {
  return worker.evaluate(
    (key, wanted, timeout) =>
      new Promise((resolve) => {
        const holds = (stored) =>
          Boolean(stored?.data && stored.data.status !== 'loading' && (wanted === null || stored.data.tenantId === wanted));
        const listener = (changes, area) => {
          if (area === 'session' && changes[key] && holds(changes[key].newValue)) finish(true);
        };
        const timer = setTimeout(() => finish(false), timeout);
        function finish(result) {
          clearTimeout(timer);
          chrome.storage.onChanged.removeListener(listener);
          resolve(result);
        }
        chrome.storage.onChanged.addListener(listener);
        chrome.storage.session.get(key).then((found) => holds(found[key]) && finish(true));
      }),
    `tab:${tabId}`,
    tenantId ?? null,
    timeoutMs,
  );
}
