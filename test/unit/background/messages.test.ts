import fc from 'fast-check';
import type browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { acceptMessage } from '../../../src/background/messages';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}`;
const TENANT = '4a22108e-d576-4e29-a49c-e2ef13acb571';
const PC_PAGE = `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/account`;

type Sender = browser.Runtime.MessageSender;
const contentScript = (overrides: Partial<Sender> = {}): Sender =>
  ({ id: OWN_ID, url: PC_PAGE, frameId: 0, tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, ...overrides }) as Sender;
const popup = (overrides: Partial<Sender> = {}): Sender => ({ id: OWN_ID, url: `${OWN_ORIGIN}/src/popup/index.html`, ...overrides }) as Sender;

const sighting = (overrides: Record<string, unknown> = {}) => ({
  type: 'sighting',
  sighting: {
    tenantId: TENANT,
    pageKind: 'account',
    status: 'ready',
    name: 'Contoso',
    domain: 'contoso.onmicrosoft.com',
    admin: null,
    candidates: [],
    evidence: ['url:tenant'],
    ...overrides,
  },
});
const override = { type: 'setAdminOverride', tenantId: TENANT, value: 'yes' };

const accept = (raw: unknown, sender: Sender) => acceptMessage(raw, sender, OWN_ID, OWN_ORIGIN);

describe('acceptMessage: who may say what', () => {
  it('accepts a sighting from our content script in a Partner Center top frame, with its tab', () => {
    const result = accept(sighting(), contentScript());
    expect(result).toMatchObject({ ok: true, tabId: 7 });
    if (result.ok) expect(result.message).toMatchObject({ type: 'sighting', sighting: { tenantId: TENANT, name: 'Contoso' } });
  });

  it('accepts a Partner Center page with a locale prefix and a query', () => {
    expect(accept(sighting(), contentScript({ url: `https://partner.microsoft.com/pt-br/dashboard?x=1#y` })).ok).toBe(true);
  });

  it('accepts an admin override from our popup', () => {
    expect(accept(override, popup())).toMatchObject({ ok: true, tabId: null });
  });

  it.each([
    ['another extension', 'ponmlkjihgfedcbaponmlkjihgfedcba'],
    ['no extension id at all (web page)', undefined],
    ['an id that only differs in case', OWN_ID.toUpperCase()],
  ])('rejects a valid sighting from %s', (_label, id) => {
    expect(accept(sighting(), contentScript({ id }))).toEqual({ ok: false, reason: 'foreign sender' });
    expect(accept(override, popup({ id }))).toEqual({ ok: false, reason: 'foreign sender' });
  });

  it.each([
    'https://evil.example/dashboard/commerce2/customers/x/account',
    'http://partner.microsoft.com/dashboard',
    'https://partner.microsoft.com.evil.example/dashboard',
    'https://partner.microsoft.com:8443/dashboard',
    'https://evil.example/?https://partner.microsoft.com/',
    'https://user@evil.example/',
    'https://portal.azure.com/#@contoso.onmicrosoft.com',
    `${OWN_ORIGIN}/src/popup/index.html`,
    'about:blank',
    'not a url',
    '',
  ])('rejects a sighting from a tab on %s', (url) => {
    expect(accept(sighting(), contentScript({ url })).ok).toBe(false);
  });

  it('rejects a sighting without a sender url', () => {
    expect(accept(sighting(), contentScript({ url: undefined })).ok).toBe(false);
  });

  it('rejects a sighting from a subframe, even on Partner Center', () => {
    expect(accept(sighting(), contentScript({ frameId: 3 })).ok).toBe(false);
    expect(accept(sighting(), contentScript({ frameId: undefined })).ok).toBe(false);
  });

  it('rejects a sighting from a tab-less sender (an extension page or the worker itself)', () => {
    expect(accept(sighting(), contentScript({ tab: undefined })).ok).toBe(false);
    expect(accept(sighting(), popup()).ok).toBe(false);
  });

  it('rejects popup commands that come from a tab, even one of our own pages opened in a tab', () => {
    expect(accept(override, contentScript()).ok).toBe(false);
    expect(accept(override, contentScript({ url: `${OWN_ORIGIN}/src/popup/index.html` })).ok).toBe(false);
  });

  it('rejects popup commands from outside our origin', () => {
    expect(accept(override, popup({ url: 'https://partner.microsoft.com/' })).ok).toBe(false);
    expect(accept(override, popup({ url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/x.html' })).ok).toBe(false);
    expect(accept(override, popup({ url: undefined })).ok).toBe(false);
  });
});

describe('acceptMessage: wrong shapes are dropped', () => {
  const tooMany = <T>(n: number, item: T) => Array.from({ length: n }, () => item);
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'sighting'],
    ['an array', [sighting()]],
    ['an empty object', {}],
    ['an unknown type', { type: 'openUrl', url: 'https://evil.example' }],
    ['a sighting without its body', { type: 'sighting' }],
    ['a tenant id that is not a GUID', sighting({ tenantId: 'evil.example' })],
    ['a GUID with a path tail', sighting({ tenantId: `${TENANT}/../x` })],
    ['an unknown page kind', sighting({ pageKind: 'admin' })],
    ['an unknown status', sighting({ status: 'done' })],
    ['a name over 256 characters', sighting({ name: 'x'.repeat(257) })],
    ['a domain that moves the link elsewhere', sighting({ domain: 'evil.example/contoso.com' })],
    ['a domain with a scheme', sighting({ domain: 'https://contoso.com' })],
    ['a number as name', sighting({ name: 42 })],
    ['201 candidates', sighting({ candidates: tooMany(201, { name: 'A', tenantId: TENANT, domain: null }) })],
    ['a candidate with a bad tenant', sighting({ candidates: [{ name: 'A', tenantId: 'nope', domain: null }] })],
    ['31 evidence notes', sighting({ evidence: tooMany(31, 'x') })],
    ['an admin claim with an unknown source', sighting({ admin: { value: 'yes', source: 'page said so' } })],
    ['51 roles', sighting({ admin: { value: 'yes', source: 'gdapActive', roles: tooMany(51, 'r') } })],
    ['an override with a bad value', { ...override, value: 'maybe' }],
    ['an override without a tenant', { type: 'setAdminOverride', value: 'yes' }],
  ])('drops %s', (_label, raw) => {
    expect(accept(raw, contentScript())).toEqual({ ok: false, reason: 'malformed message' });
    expect(accept(raw, popup()).ok).toBe(false);
  });

  it('drops a message whose prototype was tampered with through JSON', () => {
    const raw = JSON.parse('{"__proto__": {"type": "sighting"}, "sighting": {}}');
    expect(accept(raw, contentScript()).ok).toBe(false);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('does not let extra keys through: the accepted message carries only what the schema names', () => {
    const result = accept({ ...sighting(), injected: '<img onerror=alert(1)>' }, contentScript());
    expect(result.ok && Object.keys(result.message)).toEqual(['type', 'sighting']);
  });
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_KINDS = ['account', 'customerList', 'adminRelationships', 'serviceManagement', 'serviceRequests', 'customerOther', 'other'];
const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

/** An oracle written independently of the zod schema: the invariants the worker relies on after acceptance. */
function hasTheRightShape(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, any>;
  if (m.type === 'setAdminOverride') {
    return Object.keys(m).sort().join() === 'tenantId,type,value' && GUID.test(m.tenantId) && [null, 'yes', 'no'].includes(m.value);
  }
  if (m.type !== 'sighting' || Object.keys(m).sort().join() !== 'sighting,type') return false;
  const s = m.sighting;
  return (
    (s.tenantId === null || GUID.test(s.tenantId)) &&
    PAGE_KINDS.includes(s.pageKind) &&
    ['loading', 'ready', 'unreadable'].includes(s.status) &&
    (s.name === null || isText(s.name, 256)) &&
    (s.domain === null || (isText(s.domain, 253) && /^[a-z0-9.-]+$/.test(s.domain))) &&
    Array.isArray(s.candidates) &&
    s.candidates.length <= 200 &&
    s.candidates.every((c: any) => GUID.test(c.tenantId) && isText(c.name, 256)) &&
    Array.isArray(s.evidence) &&
    s.evidence.length <= 30 &&
    s.evidence.every((e: unknown) => isText(e, 200)) &&
    (s.admin === null || (['yes', 'no'].includes(s.admin.value) && typeof s.admin.source === 'string'))
  );
}

describe('acceptMessage: fuzzing', () => {
  it('never throws on arbitrary JSON, and whatever it accepts has the right shape', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), fc.boolean(), (json, fromPopup) => {
        const result = accept(JSON.parse(json), fromPopup ? popup() : contentScript());
        if (result.ok) expect(hasTheRightShape(result.message)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  // Random JSON almost never looks like a message; these start from valid ones and break one field at a time.
  const fieldNames = ['tenantId', 'pageKind', 'status', 'name', 'domain', 'admin', 'candidates', 'evidence'] as const;
  const nearlyValid = fc.oneof(
    fc.record({ field: fc.constantFrom(...fieldNames), value: fc.jsonValue() }).map(({ field, value }) => sighting({ [field]: value })),
    fc.record({ field: fc.constantFrom('type', 'tenantId', 'value'), value: fc.jsonValue() }).map(({ field, value }) => ({ ...override, [field]: value })),
    fc.record({ tenantId: fc.string(), domain: fc.oneof(fc.domain(), fc.string(), fc.webUrl()) }).map((fields) => sighting(fields)),
  );

  it('never throws on near-valid messages, and accepts only those with the right shape', () => {
    fc.assert(
      fc.property(nearlyValid, fc.boolean(), (raw, fromPopup) => {
        const result = accept(raw, fromPopup ? popup() : contentScript());
        if (result.ok) expect(hasTheRightShape(result.message)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('accepts every well-formed sighting that comes from a Partner Center top frame', () => {
    const wellFormed = fc.record({
      tenantId: fc.option(fc.uuid().map((u) => u.toLowerCase()), { nil: null }),
      pageKind: fc.constantFrom(...PAGE_KINDS),
      status: fc.constantFrom('loading', 'ready', 'unreadable'),
      name: fc.option(fc.string({ maxLength: 256 }), { nil: null }),
      evidence: fc.array(fc.string({ maxLength: 200 }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(wellFormed, fc.nat(), (fields, tabId) => {
        const result = accept(sighting({ ...fields, domain: null }), contentScript({ tab: { id: tabId } as Sender['tab'] }));
        expect(result).toMatchObject({ ok: true, tabId });
      }),
      { numRuns: 2_000 },
    );
  });
});
