import { askToReadList, launch, serve, tabIdOf, waitForSettledTab } from './browser.mjs';
import { median } from './stats.mjs';

const LIST_URL = 'https://partner.microsoft.com/dashboard/commerce2/customers/list';
const customerUrl = (tenant, section) => `https://partner.microsoft.com/dashboard/commerce2/customers/${tenant}/${section}`;
/**
 * Both sides get the same wall-clock windows, so background work (timers, idle-time garbage collection) has the
 * same chance to land in either count: after the page is ready, a settle window long enough for the content
 * script's debounced reading; in-app navigations at a fixed pace, a partner clicking through quickly.
 */
const SETTLE_MS = 1000;
const PACE_MS = 200;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function scriptSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration').value;
}

async function openMeasured(side, html, url) {
  const page = await side.browser.newPage();
  await serve(page, (requested) => (requested.hostname === 'partner.microsoft.com' ? html : undefined));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(url);
  return { page, cdp };
}

/**
 * Script time the renderer spent on the 5,000-row list, page and content scripts together (ScriptDuration counts
 * every world). The list is read only when the popup asks, so after the count the bench asks as the popup does;
 * the reading must then arrive, and what it cost the page is kept in `onDemand`.
 */
async function listRun(side, html, onDemand) {
  const { page, cdp } = await openMeasured(side, html, LIST_URL);
  try {
    await page.waitForFunction(() => document.body.dataset.ready === 'true', { polling: 100, timeout: 30_000 });
    await sleep(SETTLE_MS);
    const seconds = await scriptSeconds(cdp);
    if (side.worker) {
      const tabId = await tabIdOf(side.worker, page);
      await askToReadList(side.worker, tabId);
      if (!(await waitForSettledTab(side.worker, tabId, { timeoutMs: 10_000 }))) throw new Error('the extension never read the customer list it was asked to');
      await sleep(PACE_MS);
      onDemand.push((await scriptSeconds(cdp)) - seconds);
    }
    return seconds;
  } finally {
    await page.close();
  }
}

/**
 * Script time across in-app navigations between customers' account pages (pushState, spinner, late data),
 * one every PACE_MS, counted from the first page settled to SETTLE_MS after the last. With the extension,
 * the worker must then hold the last customer as read, proving the content script followed along.
 */
async function navigationRun(side, html, customers, navigations) {
  const first = customers[0];
  const { page, cdp } = await openMeasured(side, html, customerUrl(first, 'account'));
  try {
    await page.waitForFunction((tenant) => document.body.dataset.shows === tenant, { polling: 50 }, first);
    const tabId = side.worker ? await tabIdOf(side.worker, page) : null;
    const reported = async (tenant) => {
      if (side.worker && !(await waitForSettledTab(side.worker, tabId, { tenantId: tenant }))) {
        throw new Error(`the extension did not report customer ${tenant} after in-app navigation`);
      }
    };
    await reported(first);
    await sleep(SETTLE_MS);
    const before = await scriptSeconds(cdp);
    let last = first;
    for (let step = 1; step <= navigations; step += 1) {
      const startedAt = Date.now();
      last = customers[step % customers.length];
      const path = new URL(customerUrl(last, 'account')).pathname;
      await page.evaluate((to) => window.spa.navigate(to, { delayMs: 20 }), path);
      await page.waitForFunction((count) => Number(document.body.dataset.renders) >= count, { polling: 20 }, step + 1);
      await sleep(startedAt + PACE_MS - Date.now());
    }
    await sleep(SETTLE_MS);
    const seconds = (await scriptSeconds(cdp)) - before;
    await reported(last);
    return seconds;
  } finally {
    await page.close();
  }
}

/** With vs without the extension, two browsers side by side, runs interleaved; ratio of medians. */
export async function measurePageScripting(build, { listRuns, navigationRuns, navigations, listHtml, staticListHtml, spaHtml, customers }) {
  const [withExtension, without] = await Promise.all([launch(build), launch(null)]);
  try {
    const list = { with: [], without: [] };
    const onDemand = [];
    for (let i = 0; i < listRuns; i += 1) {
      const order = i % 2 === 0 ? [withExtension, without] : [without, withExtension];
      for (const side of order) (side === without ? list.without : list.with).push(await listRun(side, listHtml, onDemand));
    }
    const staticList = { with: [], without: [] };
    for (let i = 0; i < listRuns; i += 1) {
      const order = i % 2 === 0 ? [withExtension, without] : [without, withExtension];
      for (const side of order) (side === without ? staticList.without : staticList.with).push(await listRun(side, staticListHtml, onDemand));
    }
    const nav = { with: [], without: [] };
    for (let i = 0; i < navigationRuns; i += 1) {
      const order = i % 2 === 0 ? [withExtension, without] : [without, withExtension];
      for (const side of order) {
        (side === without ? nav.without : nav.with).push(await navigationRun(side, spaHtml, customers, navigations));
      }
    }
    const summary = (pair) => ({
      ratio: median(pair.with) / median(pair.without),
      withMs: median(pair.with) * 1000,
      withoutMs: median(pair.without) * 1000,
      samplesMs: { with: pair.with.map((s) => s * 1000), without: pair.without.map((s) => s * 1000) },
    });
    // A page with no script of its own has no ratio to speak of: the difference is the figure.
    const { ratio: _none, ...staticSummary } = summary(staticList);
    return {
      list: summary(list),
      staticList: { addedMs: staticSummary.withMs - staticSummary.withoutMs, ...staticSummary },
      listReadOnDemand: { ms: median(onDemand) * 1000, samplesMs: onDemand.map((s) => s * 1000) },
      navigation: { ...summary(nav), navigations },
    };
  } finally {
    await Promise.all([withExtension.browser.close(), without.browser.close()]);
  }
}
