import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, openPartnerCenterShell, openExtensionPage, openPopup, visibleText, type Extension } from './harness';

const CONTOSO = '4a22108e-d576-4e29-a49c-e2ef13acb571';
const ADATUM = 'fef1aa18-64fd-4788-a88c-79a001641a5b';

/** Issue 3's journeys in the real popup, on a Partner Center stand-in that loads data after the route renders. */
describe('support paths in the popup for the customer in front', () => {
  let ext: Extension;
  const shell = fixture('partner-center/spa-shell.html');

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  const openShell = (path: string) => openPartnerCenterShell(ext, shell, path);

  /** Opens the popup once the customer card has the tenant and is no longer refreshing, then picks a problem. */
  async function planFor(page: Page, tenantId: string, problem: string, wait: (popup: Page) => Promise<unknown> = async () => undefined): Promise<Page> {
    const popup = await openPopup(ext, page);
    await popup.waitForFunction(
      (id) => document.querySelector('[data-testid="tenant-id"]')?.textContent === id && !document.querySelector('[data-testid="refreshing"]'),
      { timeout: 15_000 },
      tenantId,
    );
    await wait(popup);
    await popup.click(`input[name="problem"][value="${problem}"]`);
    await popup.waitForSelector(`input[name="problem"][value="${problem}"]:checked`);
    return popup;
  }

  const primaryHref = async (popup: Page) => {
    const link = await popup.$('[data-testid="primary-link"]');
    if (!link) throw new Error(`no primary link; popup says: ${await visibleText(popup)}`);
    return link.evaluate((a) => (a as HTMLAnchorElement).href);
  };
  const adminShows = (text: string) => (popup: Page) =>
    popup.waitForFunction((want) => document.querySelector('[data-testid="admin-access"]')?.textContent === want, { timeout: 15_000 }, text);

  async function setOption(choose: (options: Page) => Promise<void>): Promise<void> {
    const options = await openExtensionPage(ext, 'src/options/index.html');
    await choose(options);
    await options.waitForFunction(() => document.body.innerText.includes('Saved'));
    await options.close();
  }

  it('no admin rights (no GDAP after in-app navigation): Azure goes through the customer domain, with the CSP plan and own contact', async () => {
    const page = await openShell(`/dashboard/commerce2/customers/${ADATUM}/account`);
    // The account data arrives after the route renders; the partner sees the domain before moving on.
    await page.waitForFunction(() => document.body.innerText.includes('adatum.com'));
    await page.click(`a[href$="${ADATUM}/adminrelationships"]`);
    const popup = await planFor(page, ADATUM, 'azure', adminShows('No'));
    expect(await primaryHref(popup)).toBe('https://portal.azure.com/adatum.com');
    const plan = await visibleText(popup, '[data-testid="plan"]');
    expect(plan).toContain('Cloud Solution Provider');
    expect(plan).toMatch(/your own contact details/i);
    expect(await visibleText(popup, '[data-testid="customer-card"]')).toContain('Adatum Corporation');

    // Severity A promises a two-hour first response.
    await popup.click('input[name="severity"][value="A"]');
    expect(await visibleText(popup, '[data-testid="first-response"]')).toContain('2 hours');
    await popup.close();
    await page.close();
  });

  it('with delegated-admin links on Service management, Azure and Microsoft 365 open in the customer tenant', async () => {
    const page = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`);
    let popup = await planFor(page, CONTOSO, 'azure', adminShows('Yes'));
    expect(await primaryHref(popup)).toBe(`https://portal.azure.com/#@${CONTOSO}/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest`);
    await popup.close();

    popup = await planFor(page, CONTOSO, 'm365', adminShows('Yes'));
    expect(await primaryHref(popup)).toBe(`https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=Support`);
    await popup.close();
    await page.close();
  });

  it('says what to do for marketplace products, Dynamics 365 and the partner own subscription', async () => {
    const page = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/account`);
    let popup = await planFor(page, CONTOSO, 'marketplace');
    expect(await visibleText(popup, '[data-testid="blocked"]')).toMatch(/publisher \(ISV\)/);
    expect(await popup.$('[data-testid="primary-link"]')).toBeNull();
    await popup.close();

    popup = await planFor(page, CONTOSO, 'dynamics');
    expect(await visibleText(popup, '[data-testid="plan"]')).toContain('Advanced Support for Partners (ASfP)');
    await popup.close();

    popup = await planFor(page, CONTOSO, 'ownSubscription');
    const plan = await visibleText(popup, '[data-testid="plan"]');
    expect(plan).toMatch(/own support entitlement/);
    expect(await primaryHref(popup)).toBe('https://partner.microsoft.com/dashboard/v2/support/servicerequests/create?category=csp');
    await popup.close();
    await page.close();
  });

  it('sends Azure to portal.azure.us once US Government is chosen in options', async () => {
    await setOption(async (options) => {
      await options.click('input[name="cloud"][value="usgov"]');
    });
    const page = await openShell(`/dashboard/commerce2/customers/${ADATUM}/adminrelationships`);
    const popup = await planFor(page, ADATUM, 'azure', adminShows('No'));
    expect(await primaryHref(popup)).toBe('https://portal.azure.us/adatum.com');
    await popup.close();
    await page.close();
    await setOption(async (options) => {
      await options.click('input[name="cloud"][value="commercial"]');
    });
  });

  it('tells an indirect reseller asking for Azure who can file it', async () => {
    await setOption(async (options) => {
      await options.select('#settings-role', 'indirectReseller');
    });
    const page = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/account`);
    const popup = await planFor(page, CONTOSO, 'azure');
    const blocked = await visibleText(popup, '[data-testid="blocked"]');
    expect(blocked).toMatch(/indirect provider/);
    expect(await popup.$('[data-testid="primary-link"]')).toBeNull();
    await popup.close();
    await page.close();
  });
});
