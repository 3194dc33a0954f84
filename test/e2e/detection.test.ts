import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, openPartnerCenterShell, openPopup, type Extension } from './harness';

const CONTOSO = '4a22108e-d576-4e29-a49c-e2ef13acb571';
const ADATUM = 'fef1aa18-64fd-4788-a88c-79a001641a5b';
const LAMNA = '4c538e79-55dc-4241-a6b4-eae0a7bf5622';

/** The slice of the worker's `chrome` API these checks call (evaluated inside the service worker). */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
  storage: Record<'local' | 'session', { get(key: string): Promise<Record<string, unknown>> }>;
};

interface TabState { tenantId: string | null; pageKind: string; status: string; evidence: string[] }
interface StoredCustomer { name: string | null; domain: string | null; admin: { value: string; source: string | null } }

describe('customer detection on Partner Center pages (real Chromium)', () => {
  let ext: Extension;
  const shell = fixture('partner-center/spa-shell.html');

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  const openShell = (path: string) => openPartnerCenterShell(ext, shell, path);

  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const id = await ext.worker.evaluate(async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)?.id, url);
    if (id === undefined) throw new Error(`no tab for ${url}`);
    return id;
  }

  async function tabState(page: Page): Promise<TabState | null> {
    const key = `tab:${await tabIdOf(page)}`;
    return ext.worker.evaluate(async (k) => ((await chrome.storage.session.get(k))[k] as { data: TabState } | undefined)?.data ?? null, key);
  }

  /** Polls the worker's storage until `check` passes: the state the popup renders from. */
  async function waitForTabState(page: Page, check: (state: TabState | null) => boolean): Promise<TabState | null> {
    const tabId = await tabIdOf(page);
    const deadline = Date.now() + 12_000;
    for (;;) {
      const state = await ext.worker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { data: TabState } | undefined)?.data ?? null, `tab:${tabId}`);
      if (check(state)) return state;
      if (Date.now() > deadline) throw new Error(`tab state never matched; last: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function customer(tenantId: string): Promise<StoredCustomer | undefined> {
    return ext.worker.evaluate(
      async (id) => ((await chrome.storage.local.get('customers')).customers as { data: Record<string, StoredCustomer> } | undefined)?.data[id],
      tenantId,
    );
  }

  async function popupTenant(page: Page): Promise<string | null> {
    const popup = await openPopup(ext, page);
    const shown = await popup.$eval('body', () => document.querySelector('[data-testid="tenant-id"]')?.textContent ?? null);
    await popup.close();
    return shown;
  }

  async function popupTenantOnceShown(page: Page): Promise<string | null> {
    const popup = await openPopup(ext, page);
    await popup.waitForSelector('[data-testid="tenant-id"]', { timeout: 12_000 });
    const shown = await popup.$eval('[data-testid="tenant-id"]', (el) => el.textContent);
    await popup.close();
    return shown;
  }

  const ready = (tenantId: string | null, pageKind: string) => (state: TabState | null) =>
    state?.status === 'ready' && state.tenantId === tenantId && state.pageKind === pageKind;

  it('reads name, domain and tenant on an Account page, and the popup shows the tenant', async () => {
    const page = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/account`);
    await waitForTabState(page, ready(CONTOSO, 'account'));
    expect(await customer(CONTOSO)).toMatchObject({ name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' });
    expect(await popupTenantOnceShown(page)).toBe(CONTOSO);
    // The toolbar button says a customer is detected, with the name in its tooltip.
    const tabId = await tabIdOf(page);
    const mark = await ext.worker.evaluate(
      async (id) => ({ badge: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }),
      tabId,
    );
    expect(mark.badge).not.toBe('');
    expect(mark.title).toContain('Contoso Ltd');
    await page.close();
  });

  it('never shows the previous customer after in-app navigation, not even while the new page loads; back and forward follow', async () => {
    const page = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/account`);
    await waitForTabState(page, ready(CONTOSO, 'account'));

    await page.evaluate(() => Object.assign(window, { holdData: true }));
    await page.click(`a[href$="${ADATUM}/account"]`);
    // The popup opens while the spinner is still up: it may say "loading", never Contoso.
    const whileLoading = await popupTenant(page);
    expect(await page.$('[role="progressbar"]')).not.toBeNull();
    expect(whileLoading).not.toBe(CONTOSO);
    await page.evaluate(() => {
      const held = window as unknown as { holdData?: boolean; releaseData?: () => void };
      held.holdData = false;
      held.releaseData?.();
    });
    expect(await popupTenantOnceShown(page)).toBe(ADATUM);
    expect(await customer(ADATUM)).toMatchObject({ name: 'Adatum Corporation', domain: 'adatum.com' });

    await page.click(`a[href$="${ADATUM}/adminrelationships"]`);
    await waitForTabState(page, ready(ADATUM, 'adminRelationships'));
    expect(await customer(ADATUM)).toMatchObject({ domain: 'adatum.com', admin: { value: 'no', source: 'gdapNone' } });

    await page.goBack();
    await waitForTabState(page, ready(ADATUM, 'account'));
    await page.goBack();
    await waitForTabState(page, ready(CONTOSO, 'account'));
    expect(await popupTenantOnceShown(page)).toBe(CONTOSO);
    await page.goForward();
    await waitForTabState(page, ready(ADATUM, 'account'));
    expect(await customer(CONTOSO)).toMatchObject({ name: 'Contoso Ltd' });
    await page.close();
  });

  it('keeps two tabs on two customers apart', async () => {
    const first = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`);
    const second = await openShell(`/dashboard/commerce2/customers/${ADATUM}/account`);
    await waitForTabState(first, ready(CONTOSO, 'serviceManagement'));
    await waitForTabState(second, ready(ADATUM, 'account'));
    expect(await customer(CONTOSO)).toMatchObject({ admin: { value: 'yes', source: 'delegatedAdminLinks' } });
    expect(await popupTenantOnceShown(first)).toBe(CONTOSO);
    expect(await popupTenantOnceShown(second)).toBe(ADATUM);
    await first.close();
    await second.close();
  });

  it('reads a Brazilian Portuguese page, and keeps a name with markup as text that never runs', async () => {
    const page = await openShell(`/pt-br/dashboard/commerce2/customers/${LAMNA}/account`);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await waitForTabState(page, ready(LAMNA, 'account'));
    expect(await customer(LAMNA)).toMatchObject({ name: '<img src=x onerror=alert(1)>', domain: 'lamna.onmicrosoft.com' });
    expect(await popupTenantOnceShown(page)).toBe(LAMNA);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('reads the customer list only when the popup asks, then follows its selected row', async () => {
    const page = await openShell('/dashboard/commerce2/customers/list');
    await page.waitForSelector('input[type="radio"]:checked');
    // Arriving costs the page nothing: no reading, no message, and no hook the page's own scripts can see.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await tabState(page)).toBeNull();
    expect(await page.evaluate(() => 'supportPathReadList' in window)).toBe(false);
    expect(await popupTenantOnceShown(page)).toBe(ADATUM);
    const state = await waitForTabState(page, ready(ADATUM, 'customerList'));
    expect(state?.evidence).toContain('row:radio');
    // Picking another row is noticed without a navigation.
    await page.click('tr:nth-child(4) input[type="radio"]');
    await waitForTabState(page, ready(LAMNA, 'customerList'));
    // After a reload the stored pick is the old document's. With the new list's data held back, the popup
    // must wait for the fresh reading, never show the stale pick.
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { holdData: boolean }).holdData = true;
    });
    await page.reload();
    expect((await tabState(page))?.tenantId).toBe(LAMNA);
    const popup = await openPopup(ext, page);
    // Without the check the stale pick shows until the content script reports "loading", 400 ms after the ask.
    const staleShown = await popup
      .waitForFunction(() => document.querySelector('[data-testid="tenant-id"]') !== null, { polling: 'mutation', timeout: 1500 })
      .then(() => true, () => false);
    expect(staleShown).toBe(false);
    await page.evaluate(() => (window as unknown as { releaseData(): void }).releaseData());
    await popup.waitForFunction((id) => document.querySelector('[data-testid="tenant-id"]')?.textContent === id, { timeout: 10_000 }, ADATUM);
    await popup.close();
    await page.close();
  });

  it('stops naming the customer left behind on arriving at the list, and reads a row the partner picks', async () => {
    const page = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/account`);
    await waitForTabState(page, ready(CONTOSO, 'account'));
    const tabId = await tabIdOf(page);
    expect(await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');
    await page.evaluate(() => {
      history.pushState(null, '', '/dashboard/commerce2/customers/list');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitForTabState(page, (state) => state?.pageKind === 'customerList' && state.status === 'loading' && state.tenantId === null);
    expect(await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await (await page.waitForSelector('tr:nth-child(4) input[type="radio"]'))!.click();
    await waitForTabState(page, ready(LAMNA, 'customerList'));
    expect(await popupTenantOnceShown(page)).toBe(LAMNA);
    await page.close();
  });

  it('leaves no badge for the customer left behind when the list loads as a new document, though the list is not read', async () => {
    const page = await openShell(`/dashboard/commerce2/customers/${CONTOSO}/account`);
    await waitForTabState(page, ready(CONTOSO, 'account'));
    const tabId = await tabIdOf(page);
    const badge = () => ext.worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
    expect((await badge()).text).not.toBe('');
    await page.goto('https://partner.microsoft.com/dashboard/commerce2/customers/list');
    await page.waitForSelector('input[type="radio"]:checked');
    // The browser resets a tab's badge and title on a new document; the list sends nothing until asked.
    expect(await badge()).toEqual({ text: '', title: 'Support Path' });
    expect((await tabState(page))?.pageKind).toBe('account');
    expect(await popupTenantOnceShown(page)).toBe(ADATUM);
    await page.close();
  });

  it('reads the older /commerce/customers/<id>/… URLs', async () => {
    const page = await openShell(`/commerce/customers/${ADATUM}/account`);
    await waitForTabState(page, ready(ADATUM, 'account'));
    expect(await popupTenantOnceShown(page)).toBe(ADATUM);
    await page.close();
  });
});
