// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountSupportForm } from '../../fixtures/portals/support-forms.js';
import { fillForm, findSupportForm } from '../../../src/content/autofill/form';
import { UndoHistory } from '../../../src/content/autofill/undo';
import type { ContactProfile } from '../../../src/core/contact';

const PARTNER: ContactProfile = {
  firstName: 'Paula',
  lastName: 'Okafor',
  email: 'paula.okafor@fabrikam-partner.com',
  additionalEmails: ['support-team@fabrikam-partner.com', 'lead@fabrikam-partner.com'],
  phone: '+55 11 4000-1234',
  contactMethod: 'phone',
  country: 'Brazil',
  timeZone: '(UTC-03:00) Brasilia',
  language: 'pt-BR',
};

let root: { unmount(): void } | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
});

/** What the React form holds in its own state, as it renders it. */
function formState(): Record<string, string> {
  return JSON.parse(document.getElementById('form-state')?.textContent ?? 'null');
}

async function mount(form: 'azure' | 'm365', locale: 'en' | 'pt-BR' = 'en') {
  document.body.innerHTML = '<main id="root"></main>';
  root = mountSupportForm(document.getElementById('root'), { form, locale });
  // The phone field appears once its shadow root is attached, after the first effect.
  await expect.poll(() => document.querySelector('.shadow-host')?.shadowRoot?.querySelector('input') ?? document.querySelector('#contact-phone')).toBeTruthy();
}

describe('Azure "Additional details" form (React, controlled inputs)', () => {
  it('puts the partner, not the prefilled customer, into the form state', async () => {
    await mount('azure');
    const form = findSupportForm(document);
    expect(form).not.toBeNull();
    const result = await fillForm(form!, PARTNER, 'replace');
    await expect.poll(formState).toMatchObject({
      firstName: 'Paula',
      lastName: 'Okafor',
      email: 'paula.okafor@fabrikam-partner.com',
      additionalEmails: 'support-team@fabrikam-partner.com; lead@fabrikam-partner.com',
      phone: '+55 11 4000-1234',
      contactMethod: 'phone',
      country: 'BR',
      timeZone: '(UTC-03:00) Brasilia',
      language: 'Portuguese (Brazil)',
      supportPlan: 'Cloud Solution Provider',
    });
    expect(formState()).toMatchObject({
      // Not contact fields, hidden or read-only: left exactly as they were.
      description: 'Virtual machines in East US fail to start since 09:00.',
      legacyPhone: '',
      signedInEmail: 'admin@contoso-customer.onmicrosoft.com',
    });
    expect(result.filled.sort()).toEqual(
      ['additionalEmails', 'contactMethod', 'country', 'email', 'firstName', 'language', 'lastName', 'phone', 'supportPlan', 'timeZone'].sort(),
    );
  });

  it('fills the Portuguese form from the same profile', async () => {
    await mount('azure', 'pt-BR');
    const form = findSupportForm(document);
    expect(form).not.toBeNull();
    await fillForm(form!, PARTNER, 'replace');
    await expect.poll(formState).toMatchObject({
      firstName: 'Paula',
      lastName: 'Okafor',
      email: 'paula.okafor@fabrikam-partner.com',
      phone: '+55 11 4000-1234',
      contactMethod: 'phone',
      country: 'BR',
      language: 'Português (Brasil)',
      supportPlan: 'Provedor de Soluções na Nuvem',
    });
  });

  it('in empty-only mode keeps what the portal prefilled and fills the rest', async () => {
    await mount('azure');
    const result = await fillForm(findSupportForm(document)!, PARTNER, 'emptyOnly');
    await expect.poll(formState).toMatchObject({ phone: '+55 11 4000-1234', timeZone: '(UTC-03:00) Brasilia' });
    expect(formState()).toMatchObject({ firstName: 'Carla', email: 'carla.mendes@contoso-customer.com', country: 'US', supportPlan: 'Basic' });
    expect(result.skipped).toEqual(expect.arrayContaining(['firstName', 'lastName', 'email', 'country', 'supportPlan']));
    expect(result.filled).toEqual(expect.arrayContaining(['phone', 'timeZone', 'additionalEmails']));
  });

  it('undo brings back the prefilled values in the form state', async () => {
    await mount('azure');
    const history = new UndoHistory();
    history.record((await fillForm(findSupportForm(document)!, PARTNER, 'replace')).restores);
    await expect.poll(() => formState().email).toBe(PARTNER.email);
    expect(history.canUndo).toBe(true);
    await history.undo();
    await expect.poll(formState).toMatchObject({
      firstName: 'Carla',
      email: 'carla.mendes@contoso-customer.com',
      phone: '',
      contactMethod: 'email',
      country: 'US',
      supportPlan: 'Basic',
      language: 'English',
    });
    expect(history.canUndo).toBe(false);
  });
});

describe('Microsoft 365 admin center service request (React)', () => {
  it('fills phone, email and contact method, and the form submits them', async () => {
    await mount('m365');
    const form = findSupportForm(document);
    expect(form).not.toBeNull();
    const result = await fillForm(form!, PARTNER, 'replace');
    expect(result.filled.sort()).toEqual(['contactMethod', 'email', 'phone']);
    await expect.poll(formState).toEqual({
      description: 'Users cannot receive external mail.',
      phone: '+55 11 4000-1234',
      email: 'paula.okafor@fabrikam-partner.com',
      contactMethod: 'phone',
    });
    document.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await expect.poll(() => JSON.parse(document.getElementById('submitted')?.textContent ?? 'null')).toMatchObject({ email: PARTNER.email });
  });
});
