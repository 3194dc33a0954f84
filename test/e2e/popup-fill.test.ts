import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openExtensionPage, openPopup, servePages, visibleText, type Extension } from './harness';
import { bundlePortalForms, portalResponder } from './portal-fixtures';

const AZURE_FORM = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

/** The partner's journey: save the profile in options, then "Fill my contact details" from the toolbar popup. */
describe('popup: fill my contact details', () => {
  let ext: Extension;
  let bundle: string;
  beforeAll(async () => {
    [bundle, ext] = await Promise.all([bundlePortalForms(), launchExtension()]);
  });
  afterAll(async () => {
    await ext?.browser.close();
  });

  async function azureForm(): Promise<Page> {
    const page = await ext.browser.newPage();
    await servePages(page, portalResponder(bundle, () => ({ 'portal.azure.com': 'azure-support.html' })));
    await page.goto(AZURE_FORM);
    await page.waitForSelector('#form-state');
    return page;
  }

  const formState = (page: Page) => page.$eval('#form-state', (el) => JSON.parse(el.textContent ?? 'null') as Record<string, string>);

  it('without a saved profile, the popup offers to open Settings instead of filling', async () => {
    const page = await azureForm();
    const popup = await openPopup(ext, page);
    await popup.waitForFunction(() => document.body.innerText.includes('Settings first'), { timeout: 10_000 });
    expect(await popup.$('[data-testid="fill-button"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('fills the profile saved through the options page into the form, replacing the prefilled customer; Undo restores', async () => {
    const options = await openExtensionPage(ext, 'src/options/index.html');
    const typeInto = async (label: string, text: string) => {
      const id = await options.evaluate((wanted) => {
        const match = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(wanted));
        return match?.htmlFor ?? null;
      }, label);
      if (!id) throw new Error(`no field labelled ${label}`);
      await options.click(`#${id}`, { count: 3 });
      await options.type(`#${id}`, text);
    };
    await typeInto('First name', 'Paula');
    await typeInto('Last name', 'Okafor');
    await typeInto('Primary email', 'paula.okafor@fabrikam-partner.com');
    await typeInto('Phone', '+55 11 4000-1234');
    const save = await options.waitForSelector('xpath/.//button[normalize-space()="Save profile"]');
    await save!.click();
    await options.waitForFunction(() => document.body.innerText.includes('Saved'));
    await options.close();

    const page = await azureForm();
    expect(await formState(page)).toMatchObject({ email: 'carla.mendes@contoso-customer.com' });
    const popup = await openPopup(ext, page);
    const button = await popup.waitForSelector('[data-testid="fill-button"]', { timeout: 10_000 });
    await button!.click();
    await popup.waitForSelector('[data-testid="undo-button"]');
    expect(await visibleText(popup, '[data-testid="fill-status"]')).toMatch(/Filled: .*first name.*email/);
    expect(await formState(page)).toMatchObject({
      firstName: 'Paula',
      lastName: 'Okafor',
      email: 'paula.okafor@fabrikam-partner.com',
      phone: '+55 11 4000-1234',
      supportPlan: 'Cloud Solution Provider',
    });

    await popup.click('[data-testid="undo-button"]');
    await popup.waitForFunction(() => document.querySelector('[data-testid="fill-status"]')?.textContent?.includes('undone'));
    expect(await formState(page)).toMatchObject({ firstName: 'Carla', email: 'carla.mendes@contoso-customer.com' });
    await popup.close();
    await page.close();
  });
});
