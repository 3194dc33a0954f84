import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE, type ContactProfile } from '../../../src/core/contact';
import {
  applyManaged,
  loadEffectiveProfile,
  loadEffectiveSettings,
  loadSettingsView,
  overridesAfterSave,
  saveSettingsChoice,
} from '../../../src/shared/managed';
import { followPolicyChanges, parseManagedPolicy, refreshManagedPolicy } from '../../../src/shared/managed-policy';
import { load, save } from '../../../src/shared/storage';
import { DEFAULT_SETTINGS, EMPTY_POLICY, managedPolicyValue, presetOverridesValue, profileValue, settingsValue, type Settings } from '../../../src/shared/stored';
import { fakeBrowser, resetFakeBrowser } from '../options/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../options/fake-browser')).fakeBrowser }));

const USER: Settings = { ...DEFAULT_SETTINGS, role: 'direct', cloud: 'commercial', memoryDays: 10 };

describe('parseManagedPolicy', () => {
  it('keeps every valid field and names each ignored one', () => {
    const policy = parseManagedPolicy({
      settings: { cloud: 'usgov', role: 'reseller?', memoryDays: 7, bogus: 1 },
      profile: { additionalEmails: ['team@contoso.com'], contactMethod: 'fax', company: 'Contoso' },
      locked: ['cloud', 'additionalEmails', 'role', 'nonsense', 42],
      extra: true,
    });
    expect(policy.settings).toEqual({ cloud: 'usgov', memoryDays: 7 });
    expect(policy.profile).toEqual({ additionalEmails: ['team@contoso.com'], company: 'Contoso' });
    // "role" is dropped from the locks: its value was invalid, so there is nothing to lock it to.
    expect(policy.locked).toEqual(['cloud', 'additionalEmails']);
    expect(policy.problems.sort()).toEqual(
      ['extra', 'settings.role', 'settings.bogus', 'profile.contactMethod', 'locked[2]', 'locked[3]', 'locked[4]'].sort(),
    );
  });

  it.each([undefined, null, {}])('reads %s as no policy', (raw) => {
    expect(parseManagedPolicy(raw)).toEqual(EMPTY_POLICY);
  });

  it.each([['a string', 'x'], ['a list', []], ['a number', 3]])('reports a policy that is %s', (_, raw) => {
    expect(parseManagedPolicy(raw)).toEqual({ ...EMPTY_POLICY, problems: ['policy'] });
  });

  it('reports sections of the wrong type without losing the others', () => {
    const policy = parseManagedPolicy({ settings: 'usgov', profile: { company: 'Contoso' }, locked: 'company' });
    expect(policy).toEqual({ settings: {}, profile: { company: 'Contoso' }, locked: [], problems: ['settings', 'locked'] });
  });
});

describe('applyManaged', () => {
  it('lets managed values win over the user’s and reports which fields are locked', () => {
    const result = applyManaged(USER, { values: { cloud: 'usgov', autoFill: true }, locked: ['cloud'] });
    expect(result.value).toEqual({ ...USER, cloud: 'usgov', autoFill: true });
    expect([...result.locked]).toEqual(['cloud']);
    expect([...result.presets]).toEqual(['autoFill']);
  });

  it('returns the user’s value untouched without a policy', () => {
    const result = applyManaged(USER, { values: {}, locked: [] });
    expect(result.value).toEqual(USER);
    expect(result.locked.size + result.presets.size).toBe(0);
  });

  it('keeps the user’s choice over a preset they replaced, until the organisation publishes a new preset', () => {
    const overrides = overridesAfterSave({ ...USER, role: 'advisor' }, { values: { role: 'indirectReseller' }, locked: [] });
    expect(overrides).toEqual({ role: '"indirectReseller"' });
    const user: Settings = { ...USER, role: 'advisor' };
    expect(applyManaged(user, { values: { role: 'indirectReseller' }, locked: [], overrides }).value.role).toBe('advisor');
    expect(applyManaged(user, { values: { role: 'direct' }, locked: [], overrides }).value.role).toBe('direct');
  });

  it('never lets an override defeat a lock', () => {
    const result = applyManaged(USER, { values: { cloud: 'usgov' }, locked: ['cloud'], overrides: { cloud: '"usgov"' } });
    expect(result.value.cloud).toBe('usgov');
  });

  it('presets list values such as a team mailbox in the profile', () => {
    const user: ContactProfile = { ...EMPTY_PROFILE, firstName: 'Ana', additionalEmails: ['me@x.com'] };
    const result = applyManaged(user, { values: { additionalEmails: ['team@contoso.com'] }, locked: ['additionalEmails'] });
    expect(result.value).toEqual({ ...user, additionalEmails: ['team@contoso.com'] });
  });
});

describe('effective values from the cached policy', () => {
  beforeEach(resetFakeBrowser);

  it('applies the cached policy at once, never waiting on storage.managed; a refresh updates the cache', async () => {
    await save(settingsValue, USER);
    await save(managedPolicyValue, { ...EMPTY_POLICY, settings: { cloud: 'usgov' }, locked: ['cloud'] });
    let answer: (value: unknown) => void = () => undefined;
    let reads = 0;
    fakeBrowser.storage.managed.get = () => new Promise((resolve) => ((reads += 1), (answer = resolve)));
    // Reading the effective value neither waits for nor even asks storage.managed.
    expect(await loadEffectiveSettings()).toEqual({ ...USER, cloud: 'usgov' });
    expect(reads).toBe(0);
    // The service worker and the options page refresh the cache, which the next read applies.
    const refreshed = refreshManagedPolicy();
    answer({ settings: { role: 'advisor' } });
    await refreshed;
    expect((await load(managedPolicyValue)).settings).toEqual({ role: 'advisor' });
    expect(await loadEffectiveSettings()).toEqual({ ...USER, role: 'advisor' });
  });

  it('keeps the cache when storage.managed hangs past the timeout', async () => {
    const cached = { ...EMPTY_POLICY, profile: { company: 'Contoso' } };
    await save(managedPolicyValue, cached);
    fakeBrowser.storage.managed.get = () => new Promise(() => undefined);
    expect(await refreshManagedPolicy(20)).toBeNull();
    expect(await load(managedPolicyValue)).toEqual(cached);
  });

  it('reads a throwing storage.managed (Firefox without policies.json) as no policy', async () => {
    await save(managedPolicyValue, { ...EMPTY_POLICY, profile: { company: 'Old' } });
    fakeBrowser.storage.managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    expect(await refreshManagedPolicy()).toEqual(EMPTY_POLICY);
    expect(await load(managedPolicyValue)).toEqual(EMPTY_POLICY);
    expect(await loadEffectiveProfile()).toEqual(profileValue.defaults());
  });

  it('saving in options keeps the user’s own value under a lock and remembers replaced presets', async () => {
    await save(settingsValue, USER);
    const policy = { settings: { cloud: 'usgov' as const, autoFill: true }, locked: ['cloud'] };
    await save(managedPolicyValue, { ...EMPTY_POLICY, ...policy });
    fakeBrowser.storage.managed.get = async () => policy;
    const view = await loadSettingsView();
    await saveSettingsChoice({ ...view.value, autoFill: false, memoryDays: 60 }, view);
    expect(await load(settingsValue)).toEqual({ ...USER, autoFill: false, memoryDays: 60, cloud: 'commercial' });
    expect(await load(presetOverridesValue)).toEqual({ autoFill: 'true' });
    expect(await loadEffectiveSettings()).toEqual({ ...USER, autoFill: false, memoryDays: 60, cloud: 'usgov' });
  });
});

describe('policy changes while a page is open', () => {
  beforeEach(resetFakeBrowser);

  it('refreshes the cache when the browser reports a change in the managed area, even mid-read', async () => {
    const stop = followPolicyChanges();
    let answerOldRead: (value: unknown) => void = () => undefined;
    fakeBrowser.storage.managed.get = () => new Promise((resolve) => (answerOldRead = resolve));
    const oldRead = refreshManagedPolicy();
    fakeBrowser.storage.managed.get = async () => ({ settings: { cloud: 'usgov' }, locked: ['cloud'] });
    for (const listener of fakeBrowser.storage.onChanged.listeners()) listener({ cloud: { newValue: 'usgov' } }, 'managed');
    answerOldRead({});
    await oldRead;
    await vi.waitFor(async () => expect((await load(managedPolicyValue)).locked).toEqual(['cloud']));
    stop();
  });
});
