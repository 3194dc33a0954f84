// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../src/options/Options';
import { load, save } from '../../../src/shared/storage';
import { DEFAULT_SETTINGS, EMPTY_POLICY, managedPolicyValue, profileValue, settingsValue } from '../../../src/shared/stored';
import { fakeBrowser, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

let root: HTMLElement;

async function openOptions(): Promise<void> {
  render(h(Options, null), root);
  await vi.waitFor(() => expect(root.querySelector('#profile-firstName')).not.toBeNull());
}

/** The control a label names, as a person finds it. */
function byLabel<T extends HTMLElement = HTMLInputElement>(text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.replace('*', '').trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : label.querySelector('input, select');
  if (!control) throw new Error(`label "${text}" names no control`);
  return control as T;
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const text = () => root.textContent ?? '';
const click = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!.click();

describe('options page', () => {
  beforeEach(() => {
    resetFakeBrowser();
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('shows an inline, linked error for a bad email and saves nothing until it is fixed', async () => {
    await openOptions();
    type(byLabel('First name'), 'Ana');
    type(byLabel('Last name'), 'Souza');
    type(byLabel('Primary email'), 'ana at fabrikam');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="profile-status"]')?.textContent).toBe('Unsaved changes'));
    click('Save profile');
    const email = byLabel('Primary email');
    await vi.waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const errorId = email.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe('Enter an email address such as name@example.com.');
    expect(await load(profileValue)).toEqual(profileValue.defaults());

    type(email, 'ana@fabrikam.com');
    click('Save profile');
    await vi.waitFor(async () => expect((await load(profileValue)).email).toBe('ana@fabrikam.com'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="profile-status"]')?.textContent).toBe('Saved'));
    expect(email.getAttribute('aria-invalid')).toBe('false');
  });

  it('preselects the browser time zone for a new profile', async () => {
    await openOptions();
    expect(byLabel<HTMLSelectElement>('Time zone').value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('disables and marks the fields an organisation locked, and shows its presets', async () => {
    await save(settingsValue, { ...DEFAULT_SETTINGS, cloud: 'commercial' });
    await save(managedPolicyValue, {
      ...EMPTY_POLICY,
      settings: { cloud: 'usgov' },
      profile: { additionalEmails: ['team@contoso.com'] },
      locked: ['cloud'],
      problems: ['settings.role'],
    });
    fakeBrowser.storage.managed.get = () => new Promise(() => undefined);
    await openOptions();
    const usGov = byLabel('US Government');
    expect(usGov.checked).toBe(true);
    expect(usGov.closest('fieldset')?.disabled).toBe(true);
    expect(usGov.closest('fieldset')?.textContent).toContain('Set by your organisation');
    expect(byLabel('Additional emails').value).toBe('team@contoso.com');
    expect(byLabel('Additional emails').disabled).toBe(false);
    expect(text()).toContain('Suggested by your organisation');
    expect(text()).toContain('ignored because they are not valid: settings.role');
  });

  it('saves a setting as soon as it changes and says so', async () => {
    await openOptions();
    const role = byLabel<HTMLSelectElement>('Your partner role');
    role.value = 'advisor';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await load(settingsValue)).role).toBe('advisor'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="settings-status"]')?.textContent).toBe('Saved'));
  });

  it('refuses a memory duration outside 1–365 days', async () => {
    await openOptions();
    const days = byLabel('Forget a customer after this many days without a visit');
    type(days, '400');
    days.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(text()).toContain('Enter a whole number from 1 to 365.'));
    type(days, '90');
    days.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await load(settingsValue)).memoryDays).toBe(90));
  });

  it('says when a stored value was unreadable, and the notice can be dismissed', async () => {
    fakeBrowser.storage.sync.seed({ profile: { v: 1, data: 'garbage' } });
    await openOptions();
    await vi.waitFor(() => expect(text()).toContain('could not be read and were set aside'));
    expect(byLabel('First name').value).toBe('');
    click('Dismiss');
    await vi.waitFor(() => expect(text()).not.toContain('could not be read'));
    expect(await fakeBrowser.storage.local.get('quarantine:sync:profile')).toEqual({});
  });

  it('shows the shortcut that opens the popup', async () => {
    await openOptions();
    await vi.waitFor(() => expect(text()).toContain('Support Path opens with Alt+Shift+S.'));
  });
});
