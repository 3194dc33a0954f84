// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAutoFillProfile, watchForForms } from '../../../src/content/autofill/auto';
import { findSupportForm } from '../../../src/content/autofill/form';
import type { MatchedField } from '../../../src/content/autofill/match';

/** What storage holds, per area, as the extension's pages would have saved it. */
const stored = vi.hoisted(() => ({ sync: {} as Record<string, unknown>, local: {} as Record<string, unknown> }));
vi.mock('webextension-polyfill', () => {
  const area = (name: 'sync' | 'local') => ({
    get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((k) => k in stored[name]).map((k) => [k, stored[name][k]])),
  });
  return { default: { storage: { sync: area('sync'), local: area('local') } } };
});

const SETTINGS = { role: 'indirectProvider', helpdeskAgent: false, cloud: 'commercial', memoryDays: 30 };
const PROFILE = {
  firstName: 'Paula',
  lastName: 'Okafor',
  email: 'paula@fabrikam-partner.com',
  additionalEmails: [],
  phone: '',
  contactMethod: 'email',
  country: '',
  timeZone: '',
  language: '',
};

const SUPPORT_FORM = `
  <label for="e">Email</label><input id="e">
  <fieldset><legend>Preferred contact method</legend>
    <label><input type="radio" name="m" value="email">Email</label><label><input type="radio" name="m" value="phone">Phone</label>
  </fieldset>`;

/** Lets every debounce run out: longer than the observer's longest wait. */
const settle = () => vi.advanceTimersByTimeAsync(3000);

let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchForForms ("fill automatically")', () => {
  it('hands over each appearance of a support form once, and ignores other changes', async () => {
    const handed: MatchedField[][] = [];
    stop = watchForForms(document, () => findSupportForm(document), async (fresh) => void handed.push(fresh));
    document.body.innerHTML = '<p>Loading…</p>';
    const container = document.body.appendChild(document.createElement('section'));
    container.innerHTML = SUPPORT_FORM;
    await settle();
    expect(handed).toHaveLength(1);
    expect(handed[0]!.map((m) => m.key).sort()).toEqual(['contactMethod', 'email']);

    // Unrelated changes after the fill do not hand the same fields over again.
    document.body.appendChild(document.createElement('div')).textContent = 'Saved';
    await settle();
    expect(handed).toHaveLength(1);

    // The portal renders the form anew (next request): that is a new appearance.
    container.innerHTML = SUPPORT_FORM;
    await settle();
    expect(handed).toHaveLength(2);
  });

  it('does nothing on a page without a support form', async () => {
    const handed: MatchedField[][] = [];
    stop = watchForForms(document, () => findSupportForm(document), async (fresh) => void handed.push(fresh));
    document.body.innerHTML = '<label>First name <input></label><label>Last name <input></label>';
    await settle();
    expect(handed).toEqual([]);
  });
});

describe('readAutoFillProfile', () => {
  afterEach(() => {
    stored.sync = {};
    stored.local = {};
  });

  it('is null while the setting is off, and the profile once it is on', async () => {
    stored.sync = { settings: { v: 1, data: { ...SETTINGS, autoFill: false } }, profile: { v: 1, data: PROFILE } };
    expect(await readAutoFillProfile()).toBeNull();
    stored.sync.settings = { v: 1, data: { ...SETTINGS, autoFill: true } };
    expect(await readAutoFillProfile()).toMatchObject({ firstName: 'Paula', email: 'paula@fabrikam-partner.com' });
  });

  it("applies the organisation's cached policy: its switch and its team mailbox win", async () => {
    stored.sync = { settings: { v: 1, data: { ...SETTINGS, autoFill: false } }, profile: { v: 1, data: PROFILE } };
    stored.local = {
      managedPolicy: {
        v: 1,
        data: { settings: { autoFill: true }, profile: { additionalEmails: ['csp-desk@fabrikam-partner.com'] }, locked: ['autoFill'], problems: [] },
      },
    };
    expect(await readAutoFillProfile()).toMatchObject({ firstName: 'Paula', additionalEmails: ['csp-desk@fabrikam-partner.com'] });
  });

  it('is null for a profile that cannot be read or has nothing to fill', async () => {
    stored.sync = { settings: { v: 1, data: { ...SETTINGS, autoFill: true } }, profile: { v: 1, data: { firstName: 42 } } };
    expect(await readAutoFillProfile()).toBeNull();
  });
});
