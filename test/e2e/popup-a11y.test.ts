import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { fixture, launchExtension, openPopup, servePages, type Extension } from './harness';

async function popupWithPlan(ext: Extension): Promise<Page> {
  const page = await ext.browser.newPage();
  await servePages(page, (url) => (url.hostname === 'www.example.com' ? '<h1>Elsewhere</h1>' : undefined));
  await page.goto('https://www.example.com/');
  const popup = await openPopup(ext, page);
  await popup.waitForSelector('#manual-input');
  await popup.type('#manual-input', 'fabrikam.onmicrosoft.com');
  await popup.keyboard.press('Enter');
  await popup.waitForSelector('[data-testid="plan"]');
  return popup;
}

describe('popup accessibility and keyboard use (English)', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ lang: 'en-US' });
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  it('has no serious or critical axe violations, light and dark, in the entry and plan states', async () => {
    const page = await ext.browser.newPage();
    await servePages(page, () => '<h1>Elsewhere</h1>');
    await page.goto('https://www.example.com/');
    const entry = await openPopup(ext, page);
    await entry.waitForSelector('#manual-input');
    expect(await seriousViolations(entry)).toEqual([]);
    await entry.close();

    const popup = await popupWithPlan(ext);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await seriousViolations(popup), scheme).toEqual([]);
    }
    await popup.close();
  });

  it('starts in the entry field, and Tab reaches the pickers and the link with a visible focus', async () => {
    const page = await ext.browser.newPage();
    await servePages(page, () => '<h1>Elsewhere</h1>');
    await page.goto('https://www.example.com/');
    const popup = await openPopup(ext, page);
    await popup.waitForSelector('#manual-input');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('manual-input');
    await popup.keyboard.type('fabrikam.onmicrosoft.com');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-testid="plan"]');

    const reached = new Set<string>();
    for (let step = 0; step < 25; step += 1) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const outline = getComputedStyle(el).outlineStyle;
        return { what: el.getAttribute('data-testid') ?? el.getAttribute('name') ?? el.tagName, outline };
      });
      if (!focused) continue;
      expect(focused.outline, `focus ring on ${focused.what}`).not.toBe('none');
      reached.add(focused.what);
    }
    expect(reached).toContain('problem');
    expect(reached).toContain('severity');
    expect(reached).toContain('primary-link');
    // Arrow keys move between problem choices, as in any radio group.
    await popup.focus('input[name="problem"][value="azure"]');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.$eval('input[name="problem"]:checked', (el) => (el as HTMLInputElement).value)).toBe('m365');
    await popup.close();
  });

  it('fits the popup window without horizontal scrolling', async () => {
    const popup = await popupWithPlan(ext);
    const size = await popup.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      bodyWidth: document.body.getBoundingClientRect().width,
    }));
    expect(size.bodyWidth).toBeLessThanOrEqual(400);
    expect(size.width).toBeLessThanOrEqual(size.client);
    await popup.close();
  });
});

describe('popup layout while a customer page loads', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  it('keeps the customer card the same height from loading to loaded, so nothing jumps', async () => {
    const page = await ext.browser.newPage();
    const shell = fixture('partner-center/spa-shell.html');
    await servePages(page, (url) => (url.hostname === 'partner.microsoft.com' ? shell : undefined));
    // The stand-in app holds its data back until released, as a slow network would.
    await page.evaluateOnNewDocument(() => Object.assign(window, { holdData: true }));
    await page.goto('https://partner.microsoft.com/dashboard/commerce2/customers/4a22108e-d576-4e29-a49c-e2ef13acb571/account');
    const popup = await openPopup(ext, page);
    const loading = await popup.waitForSelector('[data-testid="loading"]');
    const loadingHeight = await loading!.evaluate((el) => el.getBoundingClientRect().height);
    await page.evaluate(() => (window as unknown as { releaseData?: () => void }).releaseData?.());
    const card = await popup.waitForSelector('[data-testid="customer-card"]', { timeout: 15_000 });
    await popup.waitForFunction(() => !document.querySelector('[data-testid="refreshing"]'));
    const cardHeight = await card!.evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(cardHeight - loadingHeight)).toBeLessThanOrEqual(12);
    await popup.close();
    await page.close();
  });
});

describe('popup in Portuguese', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ lang: 'pt-BR' });
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  it('speaks Brazilian Portuguese when the browser does', async () => {
    const popup = await popupWithPlan(ext);
    expect(await popup.$eval('[data-testid="first-response"]', (el) => el.textContent)).toContain('Primeira resposta esperada');
    const heading = await popup.$eval('legend', (el) => el.textContent);
    expect(heading).toBe('Sobre o que é o problema?');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^pt/);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });
});
