import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactProfile } from '../../src/core/contact';
import { launchExtension, servePages, type Extension } from './harness';
import { bundlePortalForms, portalResponder } from './portal-fixtures';

// The popup's "Fill my contact details" sends these messages from an extension page; here the service worker
// sends them the same way (tabs.sendMessage to every frame of the active tab) and the tests read the forms'
// own React state.

/** As the options page stores it: country as typed, an IANA time zone and a BCP 47 language tag. */
const PARTNER: ContactProfile = {
  firstName: 'Paula',
  lastName: 'Okafor',
  email: 'paula.okafor@fabrikam-partner.com',
  additionalEmails: ['support-team@fabrikam-partner.com'],
  phone: '+55 11 4000-1234',
  contactMethod: 'phone',
  country: 'Brazil',
  // UTC-03:00 all year since 2019, so the form's '(UTC-03:00) Brasilia' is the right choice on any date.
  timeZone: 'America/Sao_Paulo',
  language: 'pt-BR',
};
const CUSTOMER_EMAIL = 'carla.mendes@contoso-customer.com';
const AZURE_BLADE = '#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
const PORTAL_FRAME = 'https://x.hosting.portal.azure.net/support/blade.html';

type Reply = { reply?: { formFound: boolean; portal: string; filled: string[]; skipped: string[]; canUndo: boolean }; error?: string };

describe('auto-fill of Microsoft support forms in real Chromium', () => {
  let ext: Extension;
  let bundle: string;
  let page: Page;
  /** Which fixture each host serves in the current test. */
  let hosts: Record<string, string> = {};
  beforeAll(async () => {
    [bundle, ext] = await Promise.all([bundlePortalForms(), launchExtension()]);
    // One tab for the whole file: opening a tab costs more than a navigation.
    page = await ext.browser.newPage();
    await servePages(page, portalResponder(bundle, () => hosts));
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  /** Loads `url` afresh with each host answered by its fixture (and the fixture's script). */
  async function open(url: string, pages: Record<string, string>): Promise<Page> {
    hosts = pages;
    // Each test's URL differs before its hash, so every goto loads a new document.
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  /** Sends to every frame of the active tab, as the popup does; the first frame that answers is the reply. */
  async function sendToActiveTab(message: unknown): Promise<Reply> {
    return ext.worker.evaluate(async (msg) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      try {
        return { reply: (await tabs.sendMessage(tab!.id, msg)) as Reply['reply'] };
      } catch (error) {
        return { error: String(error) };
      }
    }, message);
  }

  /**
   * Probes until a frame answers: content scripts run at document_idle, which may come just after the load
   * event that page.goto waits for.
   */
  async function probeUntilAnswered(): Promise<Reply> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const probe = await sendToActiveTab({ type: 'autofillProbe' });
      if (probe.reply || Date.now() > deadline) return probe;
    }
  }

  /** The form's own React state, as it renders it. */
  async function formState(where: Page | Frame): Promise<Record<string, string>> {
    await where.waitForSelector('#form-state');
    return where.$eval('#form-state', (el) => JSON.parse(el.textContent ?? 'null'));
  }

  async function waitForState(where: Page | Frame, expected: Record<string, string>): Promise<void> {
    await where.waitForFunction(
      (want) => {
        const state = JSON.parse(document.getElementById('form-state')?.textContent ?? 'null');
        return state && Object.entries(want).every(([key, value]) => state[key] === value);
      },
      { timeout: 5000 },
      expected,
    );
  }

  function blade(): Frame {
    const frame = page.frames().find((f) => f.url().startsWith('https://x.hosting.portal.azure.net/'));
    if (!frame) throw new Error('portal frame not found');
    return frame;
  }

  it('fills the Azure support form with the partner and the CSP plan, replacing the prefilled customer; Undo restores', async () => {
    await open(`https://portal.azure.com/${AZURE_BLADE}`, { 'portal.azure.com': 'azure-support.html' });
    await page.waitForSelector('#form-state');

    const probe = await probeUntilAnswered();
    expect(probe.reply).toEqual({ formFound: true, portal: 'azure', filled: [], skipped: [], canUndo: false });

    const fill = await sendToActiveTab({ type: 'autofillFill', profile: PARTNER, mode: 'replace' });
    expect(fill.reply?.filled).toEqual(
      expect.arrayContaining(['firstName', 'lastName', 'email', 'phone', 'supportPlan', 'contactMethod', 'country', 'timeZone', 'language']),
    );
    expect(fill.reply?.canUndo).toBe(true);
    expect(await formState(page)).toMatchObject({
      firstName: 'Paula',
      lastName: 'Okafor',
      email: 'paula.okafor@fabrikam-partner.com',
      additionalEmails: 'support-team@fabrikam-partner.com',
      phone: '+55 11 4000-1234',
      contactMethod: 'phone',
      country: 'BR',
      timeZone: '(UTC-03:00) Brasilia',
      language: 'Portuguese (Brazil)',
      supportPlan: 'Cloud Solution Provider',
      // Hidden and read-only fields, and the problem description, are left as they were.
      legacyPhone: '',
      signedInEmail: 'admin@contoso-customer.onmicrosoft.com',
      description: 'Virtual machines in East US fail to start since 09:00.',
    });

    const undo = await sendToActiveTab({ type: 'autofillUndo' });
    expect(undo.reply?.canUndo).toBe(false);
    await waitForState(page, { firstName: 'Carla', email: CUSTOMER_EMAIL, phone: '', supportPlan: 'Basic', country: 'US' });
  });

  it('fills the Portuguese Azure form from the same profile', async () => {
    await open(`https://portal.azure.com/?l=pt-br.pt-br${AZURE_BLADE}`, { 'portal.azure.com': 'azure-support.pt-BR.html' });
    await page.waitForSelector('#form-state');
    expect((await probeUntilAnswered()).reply).toMatchObject({ formFound: true, portal: 'azure' });
    const fill = await sendToActiveTab({ type: 'autofillFill', profile: PARTNER, mode: 'replace' });
    expect(fill.reply).toMatchObject({ formFound: true, portal: 'azure' });
    expect(await formState(page)).toMatchObject({
      firstName: 'Paula',
      lastName: 'Okafor',
      email: 'paula.okafor@fabrikam-partner.com',
      phone: '+55 11 4000-1234',
      country: 'BR',
      timeZone: '(UTC-03:00) Brasilia',
      language: 'Português (Brasil)',
      supportPlan: 'Provedor de Soluções na Nuvem',
    });
  });

  it('fills the form inside a *.portal.azure.net frame of the Azure portal', async () => {
    await open(`https://portal.azure.com/?frame=${encodeURIComponent(PORTAL_FRAME)}${AZURE_BLADE}`, {
      'portal.azure.com': 'portal-frame-host.html',
      'x.hosting.portal.azure.net': 'azure-support.html',
    });
    await blade().waitForSelector('#form-state');
    expect((await probeUntilAnswered()).reply).toMatchObject({ formFound: true, portal: 'azure' });
    const fill = await sendToActiveTab({ type: 'autofillFill', profile: PARTNER, mode: 'replace' });
    expect(fill.reply).toMatchObject({ formFound: true, portal: 'azure' });
    expect(await formState(blade())).toMatchObject({
      firstName: 'Paula',
      email: 'paula.okafor@fabrikam-partner.com',
      phone: '+55 11 4000-1234',
      supportPlan: 'Cloud Solution Provider',
    });
  });

  it('fills the Microsoft 365 admin center service request, and "Contact me" submits the partner', async () => {
    await open('https://admin.microsoft.com/Adminportal/Home#/support/newrequest', { 'admin.microsoft.com': 'm365-service-request.html' });
    await page.waitForSelector('#form-state');
    expect((await probeUntilAnswered()).reply).toMatchObject({ formFound: true, portal: 'm365' });
    const fill = await sendToActiveTab({ type: 'autofillFill', profile: PARTNER, mode: 'replace' });
    expect(fill.reply).toMatchObject({ formFound: true, portal: 'm365' });
    expect(fill.reply?.filled.sort()).toEqual(['contactMethod', 'email', 'phone']);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#submitted');
    expect(await page.$eval('#submitted', (el) => JSON.parse(el.textContent ?? 'null'))).toEqual({
      description: 'Users cannot receive external mail.',
      phone: '+55 11 4000-1234',
      email: 'paula.okafor@fabrikam-partner.com',
      contactMethod: 'phone',
    });
  });

  it.each([
    ['another site', 'https://example.com/support/new', { 'example.com': 'azure-support.html' }, null],
    ['a lookalike of the portal', 'https://portal.azure.com.evil.example/', { 'portal.azure.com.evil.example': 'azure-support.html' }, null],
    [
      'a frame from another site inside the portal',
      `https://portal.azure.com/?frame=${encodeURIComponent('https://evil.example/form.html')}`,
      { 'portal.azure.com': 'portal-frame-host.html', 'evil.example': 'azure-support.html' },
      'https://evil.example/',
    ],
    [
      'a portal frame host embedded by another site',
      `https://example.com/?frame=${encodeURIComponent(PORTAL_FRAME)}`,
      { 'example.com': 'portal-frame-host.html', 'x.hosting.portal.azure.net': 'azure-support.html' },
      'https://x.hosting.portal.azure.net/',
    ],
  ])('gives nothing to the same form on %s', async (_, url, pages, frameUrl) => {
    await open(url, pages);
    const where = frameUrl ? page.frames().find((f) => f.url().startsWith(frameUrl))! : page;
    await where.waitForSelector('#form-state');
    const fill = await sendToActiveTab({ type: 'autofillFill', profile: PARTNER, mode: 'replace' });
    expect(fill.reply).toBeUndefined();
    expect(await formState(where)).toMatchObject({ firstName: 'Carla', email: CUSTOMER_EMAIL, phone: '', supportPlan: 'Basic' });
  });

  it('with "fill automatically" on, fills only the empty fields when the form appears', async () => {
    await ext.worker.evaluate(
      (profile) =>
        (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({
          settings: { v: 1, data: { role: 'indirectProvider', helpdeskAgent: false, cloud: 'commercial', autoFill: true, memoryDays: 30 } },
          profile: { v: 1, data: profile },
        }),
      PARTNER,
    );
    try {
      await open(`https://portal.azure.com/?l=en.en-us${AZURE_BLADE}`, { 'portal.azure.com': 'azure-support.html' });
      await waitForState(page, { phone: '+55 11 4000-1234', timeZone: '(UTC-03:00) Brasilia' });
      // What the portal prefilled stays: an automatic fill never overwrites.
      expect(await formState(page)).toMatchObject({ firstName: 'Carla', email: CUSTOMER_EMAIL, supportPlan: 'Basic' });
    } finally {
      await ext.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
    }
  });
});
