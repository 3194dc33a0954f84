import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { expireMemory, forgetTab, recordSighting, setAdminOverride } from '../../../src/background/state';
import type { Sighting } from '../../../src/core/customer';
import type { TenantId } from '../../../src/core/tenant';
import { load, QUARANTINE_PREFIX, type StoredValue } from '../../../src/shared/storage';
import { tabStateValue } from '../../../src/shared/stored';

const fake = await vi.hoisted(async () => (await import('./fake-browser')).createFakeBrowser(7));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);
const guid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}` as TenantId;
const A = guid(1);
const B = guid(2);

const sighting = (tenantId: TenantId | null, fields: Partial<Sighting> = {}): Sighting => ({
  tenantId,
  pageKind: 'account',
  status: 'ready',
  name: null,
  domain: null,
  admin: null,
  candidates: [],
  evidence: [],
  ...fields,
});
const stored = (area: 'local' | 'sync' | 'session', key: string) => fake.areas[area].get(key) as { v: number; data: any } | undefined;
const customers = () => stored('local', 'customers')?.data as Record<string, any>;

beforeEach(() => fake.reset());

describe('per-tab state', () => {
  it('records what a tab shows and folds a ready sighting into the customer memory', async () => {
    await recordSighting(5, sighting(A, { name: 'Contoso', domain: 'contoso.com' as never }), NOW);
    expect(stored('session', 'tab:5')).toEqual({ v: 1, data: expect.objectContaining({ tenantId: A, status: 'ready', at: NOW }) });
    expect(customers()[A]).toMatchObject({ tenantId: A, name: 'Contoso', domain: 'contoso.com', lastSeen: NOW });
  });

  it('has the memory written by the time the tab state says ready, so a popup never sees a bare customer', async () => {
    const memoryWhenTabChanged: unknown[] = [];
    const stop = fake.watchStorage((changes, area) => {
      if (area === 'session' && changes['tab:5']) memoryWhenTabChanged.push(customers()?.[A]?.domain);
    });
    try {
      await recordSighting(5, sighting(A, { name: 'Contoso', domain: 'contoso.com' as never }), NOW);
    } finally {
      stop();
    }
    expect(memoryWhenTabChanged).toEqual(['contoso.com']);
  });

  it('switches the tab at once on a loading sighting, without touching the memory', async () => {
    await recordSighting(5, sighting(A, { name: 'Contoso' }), NOW);
    await recordSighting(5, sighting(B, { status: 'loading' }), NOW + 1);
    expect(stored('session', 'tab:5')?.data).toMatchObject({ tenantId: B, status: 'loading' });
    expect(Object.keys(customers())).toEqual([A]);
  });

  it('forgets a closed tab', async () => {
    await recordSighting(5, sighting(A), NOW);
    await forgetTab(5);
    expect(await load(tabStateValue(5))).toBeNull();
    expect(stored('session', 'tab:5')).toBeUndefined();
  });
});

describe('concurrency', () => {
  it('loses no customer when many sightings arrive together', async () => {
    const tenants = Array.from({ length: 40 }, (_, i) => guid(i + 10));
    await Promise.all(tenants.map((tenant, i) => recordSighting(i, sighting(tenant, { name: `Customer ${i}` }), NOW)));
    expect(Object.keys(customers()).sort()).toEqual([...tenants].sort());
    for (let i = 0; i < 40; i += 1) expect(stored('session', `tab:${i}`)?.data.tenantId).toBe(tenants[i]);
  });

  it('keeps every fact when two tabs report different facts about one customer at the same moment', async () => {
    await Promise.all([
      recordSighting(1, sighting(A, { name: 'Contoso' }), NOW),
      recordSighting(2, sighting(A, { domain: 'contoso.com' as never, pageKind: 'account' }), NOW),
      recordSighting(3, sighting(A, { admin: { value: 'yes', source: 'gdapActive' }, pageKind: 'adminRelationships' }), NOW),
      setAdminOverride(B, 'no', NOW),
    ]);
    expect(customers()[A]).toMatchObject({ name: 'Contoso', domain: 'contoso.com', admin: { value: 'yes', source: 'gdapActive' } });
    expect(customers()[B]).toMatchObject({ admin: { value: 'no', source: 'user' } });
  });

  it('keeps a partner override against a later page reading', async () => {
    await recordSighting(1, sighting(A, { name: 'Contoso' }), NOW);
    await setAdminOverride(A, 'no', NOW + 1);
    await recordSighting(1, sighting(A, { admin: { value: 'yes', source: 'gdapActive' } }), NOW + 2);
    expect(customers()[A]).toMatchObject({ name: 'Contoso', admin: { value: 'no', source: 'user' } });
  });

  it('keeps going after a failed write', async () => {
    const set = fake.browser.storage as { session: { set: (items: unknown) => Promise<void> } };
    const original = set.session.set;
    set.session.set = async () => {
      throw new Error('quota');
    };
    await expect(recordSighting(1, sighting(A), NOW)).rejects.toThrow('quota');
    set.session.set = original;
    await recordSighting(2, sighting(B, { name: 'Fabrikam' }), NOW);
    expect(customers()[B]).toMatchObject({ name: 'Fabrikam' });
  });
});

describe('corrupted and old storage is recovered, nothing lost', () => {
  const quarantined = (area: string, key: string) => fake.areas.local.get(`${QUARANTINE_PREFIX}${area}:${key}`) as { problem: string; raw: unknown } | undefined;

  it.each<[string, unknown, string]>([
    ['not an envelope (a bare map, as an unversioned build would have written it)', { [A]: { tenantId: A, name: 'Old' } }, 'not an envelope'],
    ['garbage', 'garbage', 'not an envelope'],
    ['a newer version than this build knows', { v: 9, data: {} }, 'version 9 is newer than 1'],
    ['data that does not match the schema', { v: 1, data: { [A]: { tenantId: 'not-a-guid', lastSeen: 'yesterday' } } }, 'schema mismatch'],
  ])('memory holding %s is quarantined verbatim and the new sighting still lands', async (_label, raw, problem) => {
    fake.areas.local.set('customers', raw);
    await recordSighting(1, sighting(B, { name: 'Fabrikam' }), NOW);
    expect(quarantined('local', 'customers')).toMatchObject({ problem, raw });
    expect(customers()).toEqual({ [B]: expect.objectContaining({ name: 'Fabrikam' }) });
  });

  it('a corrupted settings value in sync storage is quarantined and the defaults keep expiry working', async () => {
    fake.areas.sync.set('settings', { v: 1, data: { memoryDays: 'forever' } });
    fake.areas.local.set('customers', { v: 1, data: { [A]: { tenantId: A, name: 'Old', domain: null, admin: { value: 'unknown', source: null, at: null }, lastSeen: NOW - 31 * DAY } } });
    await expireMemory(NOW);
    expect(quarantined('sync', 'settings')).toMatchObject({ problem: 'schema mismatch', raw: { v: 1, data: { memoryDays: 'forever' } } });
    expect(customers()).toEqual({});
  });

  it('an older version is migrated step by step and written back in the current version', async () => {
    const greeting: StoredValue<{ text: string; lang: string }> = {
      area: 'local',
      key: 'greeting',
      version: 3,
      schema: z.object({ text: z.string(), lang: z.string() }),
      defaults: () => ({ text: '', lang: 'en' }),
      migrations: { 1: (data) => ({ text: String(data) }), 2: (data) => ({ ...(data as object), lang: 'en' }) },
    };
    fake.areas.local.set('greeting', { v: 1, data: 'hello' });
    expect(await load(greeting)).toEqual({ text: 'hello', lang: 'en' });
    expect(fake.areas.local.get('greeting')).toEqual({ v: 3, data: { text: 'hello', lang: 'en' } });
  });

  it('a migration that throws quarantines the old value instead of losing it', async () => {
    const broken: StoredValue<{ n: number }> = {
      area: 'local',
      key: 'broken',
      version: 2,
      schema: z.object({ n: z.number() }),
      defaults: () => ({ n: 0 }),
      migrations: {
        1: () => {
          throw new Error('bad data');
        },
      },
    };
    fake.areas.local.set('broken', { v: 1, data: { n: 'one' } });
    expect(await load(broken)).toEqual({ n: 0 });
    expect(quarantined('local', 'broken')).toMatchObject({ raw: { v: 1, data: { n: 'one' } }, problem: expect.stringContaining('bad data') });
  });

  it('a corrupted tab state reads as "nothing known" (the popup then waits for the page) and is kept aside', async () => {
    fake.areas.session.set('tab:4', { v: 1, data: { tenantId: '../../evil' } });
    expect(await load(tabStateValue(4))).toBeNull();
    expect(quarantined('session', 'tab:4')).toBeDefined();
  });
});

describe('expiry', () => {
  const remembered = (tenantId: TenantId, lastSeen: number) => ({ tenantId, name: null, domain: null, admin: { value: 'unknown', source: null, at: null }, lastSeen });

  it('drops customers not seen for longer than the memory setting, keeps the rest', async () => {
    fake.areas.sync.set('settings', { v: 1, data: { role: 'direct', helpdeskAgent: false, cloud: 'commercial', autoFill: false, memoryDays: 7 } });
    fake.areas.local.set('customers', { v: 1, data: { [A]: remembered(A, NOW - 8 * DAY), [B]: remembered(B, NOW - 7 * DAY) } });
    await expireMemory(NOW);
    expect(Object.keys(customers())).toEqual([B]);
  });

  it('expires old customers when a new sighting is stored, not only at start-up', async () => {
    fake.areas.local.set('customers', { v: 1, data: { [A]: remembered(A, NOW - 31 * DAY) } });
    await recordSighting(1, sighting(B), NOW);
    expect(Object.keys(customers())).toEqual([B]);
  });

  it('a sighting refreshes lastSeen, so a customer in use never expires', async () => {
    fake.areas.local.set('customers', { v: 1, data: { [A]: remembered(A, NOW - 29 * DAY) } });
    await recordSighting(1, sighting(A), NOW);
    await expireMemory(NOW + 29 * DAY);
    expect(customers()[A]).toMatchObject({ lastSeen: NOW });
  });
});
