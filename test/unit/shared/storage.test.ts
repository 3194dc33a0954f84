import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { fakeBrowser, resetFakeBrowser } from '../options/fake-browser';
import { decodeStored, dismissQuarantined, listQuarantined, load, save, watch, type StoredValue } from '../../../src/shared/storage';
import { DEFAULT_SETTINGS, profileValue, settingsValue } from '../../../src/shared/stored';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../options/fake-browser')).fakeBrowser }));

/** A value at version 3 whose history is: v1 a bare name, v2 { name }, v3 { name, tags }. */
const nameValue: StoredValue<{ name: string; tags: string[] }> = {
  area: 'local',
  key: 'name',
  version: 3,
  schema: z.object({ name: z.string(), tags: z.array(z.string()) }),
  defaults: () => ({ name: 'nobody', tags: [] }),
  migrations: {
    1: (data) => ({ name: String(data) }),
    2: (data) => ({ ...(data as object), tags: [] }),
  },
};

const stored = async (areaName: 'local' | 'sync', key: string) => (await fakeBrowser.storage[areaName].get(key))[key];

describe('typed storage', () => {
  beforeEach(resetFakeBrowser);

  it('round-trips a value inside a versioned envelope', async () => {
    const settings = { ...DEFAULT_SETTINGS, cloud: 'usgov' as const, memoryDays: 90 };
    await save(settingsValue, settings);
    expect(await stored('sync', 'settings')).toEqual({ v: 1, data: settings });
    expect(await load(settingsValue)).toEqual(settings);
  });

  it('returns the defaults when nothing is stored, without writing anything', async () => {
    expect(await load(profileValue)).toEqual(profileValue.defaults());
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuses to save a value its schema rejects', async () => {
    await expect(save(settingsValue, { ...DEFAULT_SETTINGS, memoryDays: 0 })).rejects.toThrow();
    expect(await stored('sync', 'settings')).toBeUndefined();
  });

  it('migrates step by step from any older version and writes the result back', async () => {
    fakeBrowser.storage.local.seed({ name: { v: 1, data: 'Ana' } });
    expect(await load(nameValue)).toEqual({ name: 'Ana', tags: [] });
    expect(await stored('local', 'name')).toEqual({ v: 3, data: { name: 'Ana', tags: [] } });
    expect(decodeStored(nameValue, { v: 2, data: { name: 'Bo' } })).toEqual({ ok: true, value: { name: 'Bo', tags: [] }, migrated: true });
  });

  it.each([
    ['garbage inside a current envelope', { v: 1, data: 'garbage' }, 'schema mismatch'],
    ['no envelope at all', 'plain text', 'not an envelope'],
    ['a version from a newer release', { v: 9, data: {} }, 'version 9 is newer than 1'],
  ])('quarantines %s, keeping the raw value, and uses the defaults', async (_, raw, problem) => {
    fakeBrowser.storage.sync.seed({ profile: raw });
    expect(await load(profileValue)).toEqual(profileValue.defaults());
    expect(await stored('sync', 'profile')).toBeUndefined();
    const quarantined = await stored('local', 'quarantine:sync:profile');
    expect(quarantined).toMatchObject({ problem, raw });
    expect(await listQuarantined()).toEqual(['quarantine:sync:profile']);
  });

  it('quarantines a value whose migration throws', async () => {
    const broken = { ...nameValue, migrations: { 1: () => { throw new Error('boom'); } } };
    fakeBrowser.storage.local.seed({ name: { v: 1, data: 'x' } });
    expect(await load(broken)).toEqual(broken.defaults());
    expect(await stored('local', 'quarantine:local:name')).toMatchObject({ problem: expect.stringContaining('boom') });
  });

  it('dismissing the notice removes only quarantine keys', async () => {
    fakeBrowser.storage.local.seed({ 'quarantine:sync:profile': { raw: 1 }, customers: { v: 1, data: {} } });
    await dismissQuarantined();
    expect(await listQuarantined()).toEqual([]);
    expect(await stored('local', 'customers')).toEqual({ v: 1, data: {} });
  });

  it('watch() delivers decoded changes of its own key and area only', async () => {
    const seen: unknown[] = [];
    const stop = watch(settingsValue, (value) => seen.push(value));
    await save(settingsValue, { ...DEFAULT_SETTINGS, autoFill: true });
    await fakeBrowser.storage.local.set({ settings: { v: 1, data: DEFAULT_SETTINGS } });
    await fakeBrowser.storage.sync.set({ settings: { v: 1, data: 'garbage' } });
    stop();
    await save(settingsValue, DEFAULT_SETTINGS);
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, autoFill: true }, null]);
  });
});
