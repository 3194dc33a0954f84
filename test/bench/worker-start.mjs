import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve } from './browser.mjs';
import { median } from './stats.mjs';

const customerUrl = (tenant) => `https://partner.microsoft.com/dashboard/commerce2/customers/${tenant}/account`;

// Evaluated before the worker's own modules (imports run in order): tells the listener page when the worker began.
// Sent over a BroadcastChannel because attaching DevTools to the worker to ask would keep it from stopping.
const START_MARK = "new BroadcastChannel('bench').postMessage({ origin: performance.timeOrigin, script: performance.timeOrigin + performance.now() });";

// An extension page that notes when the worker stores a sighting; it never messages the worker, so it cannot wake it.
const LISTENER_HTML = '<!doctype html><meta charset="utf-8"><script type="module" src="/bench-listener.js"></script>';
const LISTENER_JS = `let lastStart = null;
new BroadcastChannel('bench').onmessage = (event) => { lastStart = event.data; };
window.nextSighting = (tenant) => new Promise((resolve) => {
  lastStart = null;
  const listener = (changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const data = change.newValue && change.newValue.data;
      if (key.startsWith('tab:') && data && data.tenantId === tenant && data.status !== 'loading') {
        chrome.storage.onChanged.removeListener(listener);
        const handledAt = performance.timeOrigin + performance.now();
        // The start mark can trail the storage event by a task; wait for it rather than guess.
        const withStart = () => (lastStart ? resolve({ handledAt, start: lastStart }) : setTimeout(withStart, 5));
        withStart();
      }
    }
  };
  chrome.storage.onChanged.addListener(listener);
});`;

// The floor: a worker that only stores what a sighting says, with no checks, schemas or memory.
const BARE_WORKER = `chrome.runtime.onMessage.addListener((message, sender) => {
  if (message && message.type === 'sighting' && sender.tab) {
    chrome.storage.session.set({ ['tab:' + sender.tab.id]: { v: 1, data: message.sighting } });
  }
});`;

function benchCopy(build, bare) {
  const dir = mkdtempSync(join(tmpdir(), `support-path-bench-worker-${bare ? 'bare' : 'real'}-`));
  cpSync(build, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const loader = manifest.background.service_worker;
  writeFileSync(join(dir, 'bench-start.js'), START_MARK);
  writeFileSync(join(dir, 'bench-listener.html'), LISTENER_HTML);
  writeFileSync(join(dir, 'bench-listener.js'), LISTENER_JS);
  if (bare) writeFileSync(join(dir, 'bare-worker.js'), BARE_WORKER);
  const body = bare ? "import './bare-worker.js';" : readFileSync(join(dir, loader), 'utf8');
  writeFileSync(join(dir, 'bench-worker.js'), `import './bench-start.js';\n${body}`);
  // The loader sits at the root like bench-worker.js, so its relative imports still resolve.
  manifest.background.service_worker = 'bench-worker.js';
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

async function prepare(build, bare, spaHtml) {
  const side = await launch(benchCopy(build, bare), { attachWorker: false });
  const listener = await side.browser.newPage();
  await listener.goto(`chrome-extension://${side.extensionId}/bench-listener.html`);
  await listener.waitForFunction(() => typeof window.nextSighting === 'function');
  const cdp = await listener.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  return { ...side, listener, cdp, spaHtml };
}

const isOurWorker = (side) => (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${side.extensionId}/`);

/**
 * One cold start: stop the worker through DevTools (ServiceWorker.stopAllWorkers, what chrome://serviceworker-internals
 * does), open a Partner Center customer page, and let its content script's sighting wake the worker. Measured from
 * the worker's time origin (its global scope created) to the moment the sighting is in storage.session.
 */
async function coldStart(side, tenant) {
  const gone = side.browser.targets().some(isOurWorker(side))
    ? new Promise((resolve) => side.browser.on('targetdestroyed', function done(t) {
        if (isOurWorker(side)(t)) {
          side.browser.off('targetdestroyed', done);
          resolve();
        }
      }))
    : Promise.resolve();
  await side.cdp.send('ServiceWorker.stopAllWorkers');
  await gone;
  const handled = side.listener.evaluate((wanted) => window.nextSighting(wanted), tenant);
  const page = await side.browser.newPage();
  await serve(page, (url) => (url.hostname === 'partner.microsoft.com' ? side.spaHtml : undefined));
  await page.goto(customerUrl(tenant));
  const { handledAt, start } = await handled;
  await page.close();
  return { fromWorkerOrigin: handledAt - start.origin, fromScriptStart: handledAt - start.script };
}

export async function measureWorkerStart(build, { runs, spaHtml, customers }) {
  const [real, bare] = await Promise.all([prepare(build, false, spaHtml), prepare(build, true, spaHtml)]);
  try {
    const samples = { real: [], bare: [] };
    for (let i = 0; i < runs; i += 1) {
      const tenant = customers[i % customers.length];
      const order = i % 2 === 0 ? ['real', 'bare'] : ['bare', 'real'];
      for (const which of order) samples[which].push(await coldStart(which === 'real' ? real : bare, tenant));
    }
    const pick = (list, field) => median(list.map((sample) => sample[field]));
    return {
      realMs: pick(samples.real, 'fromWorkerOrigin'),
      bareMs: pick(samples.bare, 'fromWorkerOrigin'),
      ratio: pick(samples.real, 'fromWorkerOrigin') / pick(samples.bare, 'fromWorkerOrigin'),
      realFromScriptStartMs: pick(samples.real, 'fromScriptStart'),
      runs,
      samples,
    };
  } finally {
    await Promise.all([real.browser.close(), bare.browser.close()]);
  }
}
