import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, openPopup, servePages, type Extension } from './harness';

const TENANT = '4a22108e-d576-4e29-a49c-e2ef13acb571';

describe('foundation: the built extension in real Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  it('reports the tenant of a Partner Center customer page in the toolbar popup', async () => {
    const page = await ext.browser.newPage();
    await servePages(page, (url) => (url.hostname === 'partner.microsoft.com' ? fixture('partner-center/minimal-account.html') : undefined));
    await page.goto(`https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/account`);
    const popup = await openPopup(ext, page);
    await popup.waitForSelector('[data-testid="tenant-id"]');
    expect(await popup.$eval('[data-testid="tenant-id"]', (el) => el.textContent)).toBe(TENANT);
  });

  it('shows no customer on a site that is not Partner Center', async () => {
    const page = await ext.browser.newPage();
    await servePages(page, (url) => (url.hostname === 'example.com' ? '<h1>Elsewhere</h1>' : undefined));
    await page.goto('https://example.com/');
    const popup = await openPopup(ext, page);
    expect(await popup.$('[data-testid="tenant-id"]')).toBeNull();
  });
});
