/**
 * `npm run demo`: the built extension in Chromium with our fixture pages served at the real URLs, so someone
 * without a Partner Center account can see it work. `npm run demo -- --screenshot <dir>` runs headless and
 * writes a PNG of the popup on every demo page, in English and Portuguese, light and dark.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type WebWorker } from 'puppeteer-core';
import { CHROME_BUILD, chromiumPath, launchExtension, openPopup, servePages, type Extension, type Responder } from '../e2e/harness';
import { demoPages, type DemoPage } from './pages';

/** The part of the worker's chrome API the demo uses (evaluated inside the service worker). */
declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

const POPUP_SIZE = { width: 380, height: 600 };

/** A sample partner profile, so the demo can show "Fill my contact details" on the portal form. */
const DEMO_PROFILE = {
  firstName: 'Paula',
  lastName: 'Okafor',
  email: 'paula.okafor@fabrikam-partner.com',
  additionalEmails: ['csp-support@fabrikam-partner.com'],
  phone: '+55 11 4000-1234',
  contactMethod: 'email',
  country: 'Brazil',
  timeZone: 'America/Sao_Paulo',
  language: 'pt-BR',
};

async function seedProfile(worker: WebWorker): Promise<void> {
  await worker.evaluate((profile) => chrome.storage.sync.set({ profile: { v: 1, data: profile } }), DEMO_PROFILE);
}

const DEMO_PAGES = await demoPages();
const serveAll: Responder = (url) => DEMO_PAGES.map((page) => page.serve(url)).find((answer) => answer !== undefined);

async function screenshots(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const lang of ['en', 'pt-BR']) {
    const ext = await launchExtension({ lang });
    await seedProfile(ext.worker);
    try {
      for (const demo of DEMO_PAGES) {
        for (const scheme of ['light', 'dark'] as const) {
          const file = resolve(dir, `popup-${demo.name}-${lang}-${scheme}.png`);
          await shoot(ext, demo, scheme, file);
          console.log(`wrote ${file}`);
        }
      }
    } finally {
      await ext.browser.close();
    }
  }
}

async function shoot(ext: Extension, demo: DemoPage, scheme: 'light' | 'dark', file: string): Promise<void> {
  const page = await ext.browser.newPage();
  await servePages(page, serveAll);
  await page.goto(demo.url);
  const popup = await openPopup(ext, page);
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await popup.setViewport(POPUP_SIZE);
  // The popup settles once it shows a customer read to the end, or the entry field (and, on a portal, the fill offer).
  await popup.waitForFunction(
    (portal) =>
      ((document.querySelector('[data-testid="customer-card"]') && !document.querySelector('[data-testid="refreshing"]')) ||
        document.querySelector('#manual-input')) &&
      (!portal || document.querySelector('[data-testid="fill-button"]')),
    { timeout: 15_000 },
    demo.url.startsWith('https://portal.azure.com/'),
  );
  await popup.screenshot({ path: file as `${string}.png` });
  await popup.close();
  await page.close();
}

async function interactive(): Promise<void> {
  if (!process.env.DISPLAY) {
    console.log('No display here. Run `npm run demo -- --screenshot <dir>` for pictures instead.');
    process.exitCode = 1;
    return;
  }
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: false,
    pipe: true,
    enableExtensions: [CHROME_BUILD],
    defaultViewport: null,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const worker = await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
  if (worker) await seedProfile(worker);
  for (const demo of DEMO_PAGES) {
    const page = await browser.newPage();
    await servePages(page, serveAll);
    await page.goto(demo.url);
  }
  console.log('Chromium is open with the demo pages. Click the Support Path button in the toolbar. Close the window to end.');
  await new Promise((done) => browser.on('disconnected', done));
}

const flag = process.argv.indexOf('--screenshot');
if (flag >= 0) {
  const dir = process.argv[flag + 1];
  if (!dir) throw new Error('--screenshot needs a folder');
  await screenshots(resolve(dir));
} else {
  await interactive();
}
