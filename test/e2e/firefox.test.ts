import puppeteer, { type Browser } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, ROOT, fixture, servePages } from './harness';

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
});
