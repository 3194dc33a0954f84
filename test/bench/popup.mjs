import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, tabIdOf, waitForSettledTab } from './browser.mjs';
import { median } from './stats.mjs';

const TENANT = '4a22108e-d576-4e29-a49c-e2ef13acb571';
const PAGE_URL = `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/account`;
const SHOWN = '[data-testid="tenant-id"]';

// Loaded first by both popups in the bench copy: notes the moment the tenant id is in the DOM.
const PROBE = `new MutationObserver((_, observer) => {
  const shown = document.querySelector('${SHOWN}');
  if (!shown || !shown.textContent) return;
  window.__shownAt = performance.timeOrigin + performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true, characterData: true });`;

// The floor: an extension page that does the least a popup can do to show a customer: read one stored value.
const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><script src="/bench-probe.js"></script>
<script type="module" src="/bare.js"></script></head><body><dl><dt>Tenant</dt></dl></body></html>`;
const BARE_JS = `chrome.storage.local.get('benchTenant').then(({ benchTenant }) => {
  const value = document.createElement('dd');
  value.dataset.testid = 'tenant-id';
  value.textContent = benchTenant;
  document.querySelector('dl').append(value);
});`;

/** A copy of the build with the probe in the real popup and a bare popup beside it: same extension, same context. */
function benchCopy(build, popupPath) {
  const dir = mkdtempSync(join(tmpdir(), 'support-path-bench-popup-'));
  cpSync(build, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-probe.js'), PROBE);
  writeFileSync(join(dir, 'bare.html'), BARE_HTML);
  writeFileSync(join(dir, 'bare.js'), BARE_JS);
  const popupFile = join(dir, popupPath);
  writeFileSync(popupFile, readFileSync(popupFile, 'utf8').replace('<head>', '<head>\n<script src="/bench-probe.js"></script>'));
  return dir;
}

/**
 * Popup opened → customer shown, for the real popup and the bare one, interleaved. Time runs from the
 * worker's chrome.action.openPopup() call to the probe seeing the tenant id in the DOM, both read from
 * performance.timeOrigin + now() on the same machine clock.
 */
export async function measurePopup(build, { runs, spaHtml }) {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  const realPopup = manifest.action.default_popup;
  const ext = await launch(benchCopy(build, realPopup));
  try {
    const page = await ext.browser.newPage();
    await serve(page, (url) => (url.hostname === 'partner.microsoft.com' ? spaHtml : undefined));
    await page.goto(PAGE_URL);
    await page.waitForFunction((tenant) => document.body.dataset.shows === tenant, {}, TENANT);
    const tabId = await tabIdOf(ext.worker, page);
    if (!(await waitForSettledTab(ext.worker, tabId, { tenantId: TENANT }))) throw new Error('the extension never reported the customer page');
    await ext.worker.evaluate((tenant) => chrome.storage.local.set({ benchTenant: tenant }), TENANT);

    const openOnce = async (popupPath) => {
      await page.bringToFront();
      const startedAt = await ext.worker.evaluate(async (path) => {
        await chrome.action.setPopup({ popup: path });
        const at = performance.timeOrigin + performance.now();
        await chrome.action.openPopup();
        return at;
      }, popupPath);
      const url = `chrome-extension://${ext.extensionId}/${popupPath}`;
      const target = await ext.browser.waitForTarget((t) => t.type() === 'page' && t.url() === url, { timeout: 10_000 });
      const popup = await target.asPage();
      await popup.waitForFunction(() => window.__shownAt, { polling: 'mutation', timeout: 10_000 });
      const { shownAt, documentAt, text } = await popup.evaluate(
        (selector) => ({ shownAt: window.__shownAt, documentAt: performance.timeOrigin, text: document.querySelector(selector).textContent }),
        SHOWN,
      );
      if (text !== TENANT) throw new Error(`${popupPath} showed ${text}, not ${TENANT}`);
      const closed = new Promise((resolve) => {
        const onDestroyed = (destroyed) => {
          if (destroyed !== target) return;
          ext.browser.off('targetdestroyed', onDestroyed);
          resolve();
        };
        ext.browser.on('targetdestroyed', onDestroyed);
      });
      await popup.close();
      await closed;
      return { total: shownAt - startedAt, inPage: shownAt - documentAt };
    };

    await openOnce(realPopup); // warm-up: the first open pays for compiling shared code once
    await openOnce('bare.html');
    const real = [];
    const bare = [];
    for (let i = 0; i < runs; i += 1) {
      const order = i % 2 === 0 ? ['real', 'bare'] : ['bare', 'real'];
      for (const which of order) (which === 'real' ? real : bare).push(await openOnce(which === 'real' ? realPopup : 'bare.html'));
    }
    const totals = (list) => list.map((sample) => sample.total);
    const inPage = (list) => list.map((sample) => sample.inPage);
    return {
      ratio: median(totals(real)) / median(totals(bare)),
      realMs: median(totals(real)),
      bareMs: median(totals(bare)),
      // The part after the popup document started: where the two pages differ, without the window's own opening.
      documentToShownMs: { real: median(inPage(real)), bare: median(inPage(bare)) },
      runs,
      samples: { real, bare },
    };
  } finally {
    await ext.browser.close();
  }
}
