import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, servePages, visibleText, type Extension } from './harness';

/** Journeys in the real toolbar popup, on a page that is not Partner Center. */
describe('popup: manual entry away from Partner Center', () => {
  let ext: Extension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.browser.newPage();
    await servePages(page, (url) => (url.hostname === 'www.example.com' ? '<h1>Some other site</h1>' : undefined));
    await page.goto('https://www.example.com/');
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  async function typeCustomer(popup: Page, text: string) {
    await popup.waitForSelector('#manual-input');
    await popup.type('#manual-input', text);
    await popup.keyboard.press('Enter');
  }

  it('builds the Azure link for a typed domain when the partner has no admin rights', async () => {
    const popup = await openPopup(ext, page);
    await typeCustomer(popup, 'contoso.onmicrosoft.com');
    await popup.waitForSelector('[data-testid="plan"]');
    await popup.click('input[name="problem"][value="azure"]');
    const href = await popup.$eval('[data-testid="primary-link"]', (a) => (a as HTMLAnchorElement).href);
    expect(href).toBe('https://portal.azure.com/contoso.onmicrosoft.com');
    const text = await visibleText(popup, '[data-testid="plan"]');
    expect(text).toContain('Cloud Solution Provider');
    await popup.close();
  });

  it('copies a ready-to-paste case summary and confirms it', async () => {
    const popup = await openPopup(ext, page);
    await typeCustomer(popup, 'contoso.onmicrosoft.com');
    await popup.click('input[name="problem"][value="m365"]');
    await popup.click('input[name="severity"][value="A"]');
    // What our code hands to the clipboard API is what the partner pastes.
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => void Object.assign(window, { copied: text });
    });
    await popup.click('[data-testid="copy-summary"] button');
    await popup.waitForFunction(() => document.querySelector('[data-testid="copy-summary"]')?.textContent?.includes('Summary copied'));
    const copied = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toContain('contoso.onmicrosoft.com');
    expect(copied).toContain('Microsoft 365');
    expect(copied).toMatch(/\bA\b/);
    expect(copied).toContain('2 hours');
    expect(copied).not.toMatch(/<|>/);
    await popup.close();
  });

  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['https://evil.example/contoso.com', 'scheme'],
    ['contoso.com/path', 'path'],
    ['user@contoso.com', 'userinfo'],
    ['<img src=x onerror=alert(1)>', ''],
    ['contoso .com', ''],
  ])('refuses %s with a specific error and builds no link', async (input) => {
    const popup = await openPopup(ext, page);
    await typeCustomer(popup, input);
    const error = await popup.waitForSelector('[data-testid="manual-error"]');
    expect((await error!.evaluate((el) => el.textContent ?? '')).length).toBeGreaterThan(10);
    expect(await popup.$('[data-testid="primary-link"]')).toBeNull();
    expect(await popup.$('img')).toBeNull();
    await popup.close();
  });

  it('remembers the typed customer among recent customers, and can forget it', async () => {
    const popup = await openPopup(ext, page);
    const recent = await popup.waitForSelector('[data-testid="recent"]');
    expect(await recent!.evaluate((el) => el.textContent)).toContain('contoso.onmicrosoft.com');
    await popup.click('[data-testid="recent"] .icon-button');
    await popup.waitForFunction(() => !document.querySelector('[data-testid="recent"]'));
    await popup.close();
  });
});
