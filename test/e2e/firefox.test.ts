import puppeteer, { type Browser } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, ROOT, fixture, servePages } from './harness';
import { READ_LIST_HOOK } from '../../src/shared/list-request';

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const GECKO_ID = 'support-path@support-path.dev';
const TENANT = 'fef1aa18-64fd-4788-a88c-79a001641a5b';
/** The in-app navigation stand-in the bench and hardening tests use: pushState routes, a spinner, late data. */
const SPA = readFileSync(resolve(ROOT, 'test/bench/fixtures/partner-center-spa.html'), 'utf8');
const NEXT_TENANT = '4a22108e-d576-4e29-a49c-e2ef13acb571';

describe('Firefox ESR smoke', () => {
  let browser: Browser;
  // Firefox gives each install a random moz-extension host; fixing it lets the test open our options page.
  const uuid = randomUUID();
  beforeAll(async () => {
    if (!FIREFOX) throw new Error('Firefox ESR not found: apt-get install firefox-esr');
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
    });
    await browser.installExtension(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads a Partner Center page and remembers the customer, shown in options', async () => {
    const page = await browser.newPage();
    await servePages(page, (url) => (url.hostname === 'partner.microsoft.com' ? fixture('partner-center/minimal-account.html') : undefined));
    await page.goto(`https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${TENANT}/account`);
    const options = await browser.newPage();
    // Extension pages never report a load event to WebDriver BiDi here; the selector below is the real wait.
    void options.goto(`moz-extension://${uuid}/src/options/index.html`).catch(() => undefined);
    const list = await options.waitForSelector('[data-testid="memory-list"]', { timeout: 20_000 });
    expect(await list?.evaluate((el) => el.textContent)).toContain(TENANT);
    await options.close();
    await page.close();
  });

  it('follows in-app navigation to another customer (pushState, data after a spinner)', async () => {
    const page = await browser.newPage();
    await servePages(page, (url) => (url.hostname === 'partner.microsoft.com' ? SPA : undefined));
    await page.goto(`https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/account`);
    await page.waitForFunction((tenant) => document.body.dataset.shows === tenant, {}, TENANT);
    await page.evaluate((path) => (window as unknown as { spa: { navigate(to: string): void } }).spa.navigate(path), `/dashboard/commerce2/customers/${NEXT_TENANT}/account`);
    await page.waitForFunction((tenant) => document.body.dataset.shows === tenant, {}, NEXT_TENANT);
    const options = await browser.newPage();
    void options.goto(`moz-extension://${uuid}/src/options/index.html`).catch(() => undefined);
    await options.waitForSelector('[data-testid="memory-list"]', { timeout: 20_000 });
    // Bellows College's domain is only on its account page, read after the in-app navigation.
    await options.waitForFunction(() => document.querySelector('[data-testid="memory-list"]')?.textContent?.includes('bellows-college.com'), { timeout: 10_000 });
  });

  it('reads the customer list only when asked, the way the popup asks (a hook in the content script\'s own world)', async () => {
    // The selected row is Escola Bellows, whose domain no earlier test has shown.
    const picked = { domain: 'bellows.edu.br' };
    const page = await browser.newPage();
    await servePages(page, (url) => (url.hostname === 'partner.microsoft.com' ? fixture('partner-center/customer-list-ptbr-grid.html') : undefined));
    await page.goto('https://partner.microsoft.com/pt-br/dashboard/commerce2/customers/list');
    // The hook lives in the extension's isolated world: the page's own scripts cannot see or call it.
    expect(await page.evaluate((hook) => hook in window, READ_LIST_HOOK)).toBe(false);
    const options = await browser.newPage();
    void options.goto(`moz-extension://${uuid}/src/options/index.html`).catch(() => undefined);
    await options.waitForSelector('[data-testid="memory-list"]', { timeout: 20_000 });
    expect(await options.evaluate(() => document.querySelector('[data-testid="memory-list"]')?.textContent ?? '')).not.toContain(picked.domain);
    const answered = await options.evaluate(async (hook) => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
      const [tab] = await api.tabs.query({ url: 'https://partner.microsoft.com/pt-br/dashboard/commerce2/customers/list' });
      const [result] = await api.scripting.executeScript({
        target: { tabId: tab!.id!, frameIds: [0] },
        func: (name: string) => {
          const read = (globalThis as unknown as Record<string, unknown>)[name];
          if (typeof read !== 'function') return false;
          read();
          return true;
        },
        args: [hook],
      });
      return result?.result;
    }, READ_LIST_HOOK);
    expect(answered).toBe(true);
    await options.waitForFunction((domain) => document.querySelector('[data-testid="memory-list"]')?.textContent?.includes(domain), { timeout: 10_000 }, picked.domain);
    await options.close();
    await page.close();
  });
});
