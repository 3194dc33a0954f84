import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-browser')).createFakeBrowser(3));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
const { OWN_ID } = await import('./fake-browser');
await import('../../../src/background/index');

const TENANT = '4a22108e-d576-4e29-a49c-e2ef13acb571';
const sighting = { type: 'sighting', sighting: { tenantId: TENANT, pageKind: 'account', status: 'ready', name: 'Contoso', domain: null, admin: null, candidates: [], evidence: [] } };
const pcTab = { url: `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/account`, frameId: 0, tab: { id: 9 } };

/** Delivers a message the way the browser does: to every onMessage listener the worker registered. */
async function deliver(raw: unknown, sender: Record<string, unknown>): Promise<unknown> {
  const replies = (fake.listeners['runtime.onMessage'] ?? []).map((listener) => listener(raw, sender));
  return (await Promise.all(replies)).find((reply) => reply !== undefined);
}
const storedKeys = () => [...fake.areas.session.keys(), ...fake.areas.local.keys()];

beforeEach(() => fake.reset());

describe('the worker, end to end over its message listener', () => {
  it('stores a sighting from a Partner Center tab and answers it', async () => {
    expect(await deliver(sighting, { id: OWN_ID, ...pcTab })).toEqual({ ok: true });
    expect(fake.areas.session.get('tab:9')).toMatchObject({ data: { tenantId: TENANT } });
    expect(fake.areas.local.get('customers')).toMatchObject({ data: { [TENANT]: { name: 'Contoso' } } });
  });

  it.each([
    ['another extension', { ...pcTab, id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }],
    ['a web page (no sender id)', { ...pcTab, id: undefined }],
    ['a subframe', { ...pcTab, id: OWN_ID, frameId: 2 }],
    ['a look-alike host', { ...pcTab, id: OWN_ID, url: 'https://partner.microsoft.com.evil.example/' }],
  ])('ignores a sighting from %s: no reply, nothing stored', async (_label, sender) => {
    expect(await deliver(sighting, sender)).toBeUndefined();
    expect(storedKeys()).toEqual([]);
  });

  it('ignores malformed messages without throwing', async () => {
    for (const raw of [null, 42, 'x', {}, { type: 'sighting', sighting: { tenantId: 'evil' } }, { type: 'setAdminOverride', tenantId: TENANT, value: 'maybe' }]) {
      expect(await deliver(raw, { id: OWN_ID, ...pcTab })).toBeUndefined();
    }
    expect(storedKeys()).toEqual([]);
  });

  it('applies an admin override from our popup, and not from a tab', async () => {
    const command = { type: 'setAdminOverride', tenantId: TENANT, value: 'no' };
    expect(await deliver(command, { id: OWN_ID, ...pcTab })).toBeUndefined();
    expect(storedKeys()).toEqual([]);
    expect(await deliver(command, { id: OWN_ID, url: `chrome-extension://${OWN_ID}/src/popup/index.html` })).toEqual({ ok: true });
    expect(fake.areas.local.get('customers')).toMatchObject({ data: { [TENANT]: { admin: { value: 'no', source: 'user' } } } });
  });
});
