import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTrustedFrame, portalOf } from '../../../src/content/autofill/trust';

const TOPS = [
  'https://portal.azure.com',
  'https://portal.azure.us',
  'https://admin.microsoft.com',
  'https://portal.office365.us',
  'https://admin.powerplatform.microsoft.com',
];
const PORTAL_FRAME = 'https://x.hosting.portal.azure.net';

describe('isTrustedFrame: top frames', () => {
  it.each(TOPS)('trusts %s', (origin) => {
    expect(isTrustedFrame({ origin, ancestorOrigins: [], isTop: true })).toBe(true);
  });

  it.each([
    'https://portal.azure.com.evil.example',
    'https://evil-portal.azure.com.example',
    'https://portal.azure.co',
    'https://portalXazure.com',
    'http://portal.azure.com',
    'https://portal.azure.com:8443',
    'https://PORTAL.AZURE.COM.evil.example',
    'https://admin.microsoft.com.evil.example',
    'https://evil.example',
    'https://example.com',
    'null',
    '',
    // A portal frame host is never a page of its own.
    PORTAL_FRAME,
    'https://sub.portal.azure.com',
  ])('refuses %s', (origin) => {
    expect(isTrustedFrame({ origin, ancestorOrigins: [], isTop: true })).toBe(false);
  });
});

describe('isTrustedFrame: subframes', () => {
  it.each([
    [PORTAL_FRAME, ['https://portal.azure.com']],
    ['https://main.reactblade.portal.azure.net', ['https://portal.azure.com']],
    ['https://x.hosting.portal.azure.us', ['https://portal.azure.us']],
    ['https://admin.microsoft.com', ['https://admin.microsoft.com']],
    // A frame inside a portal frame: every link of the chain is a portal origin, the outermost a top origin.
    [PORTAL_FRAME, ['https://y.hosting.portal.azure.net', 'https://portal.azure.com']],
  ])('trusts %s inside %j', (origin, ancestorOrigins) => {
    expect(isTrustedFrame({ origin, ancestorOrigins, isTop: false })).toBe(true);
  });

  it.each([
    ['a foreign frame inside the portal', 'https://evil.example', ['https://portal.azure.com']],
    ['a lookalike frame host', 'https://x.hosting.portal.azure.net.evil.example', ['https://portal.azure.com']],
    ['a frame host on http', 'http://x.hosting.portal.azure.net', ['https://portal.azure.com']],
    ['a frame host with a port', 'https://x.hosting.portal.azure.net:444', ['https://portal.azure.com']],
    ['a frame host on a lookalike parent', 'https://xportal.azure.net', ['https://portal.azure.com']],
    ['a portal frame inside another site', PORTAL_FRAME, ['https://example.com']],
    ['a portal frame inside a lookalike', PORTAL_FRAME, ['https://portal.azure.com.evil.example']],
    ['a portal frame under a foreign middle frame', PORTAL_FRAME, ['https://evil.example', 'https://portal.azure.com']],
    ['a portal frame whose outermost is only a frame host', PORTAL_FRAME, ['https://y.hosting.portal.azure.net']],
    ['a sandboxed (opaque) frame', 'null', ['https://portal.azure.com']],
    ['a frame with a masked ancestor', PORTAL_FRAME, ['null']],
    ['a subframe claiming no ancestors', PORTAL_FRAME, []],
  ])('refuses %s', (_, origin, ancestorOrigins) => {
    expect(isTrustedFrame({ origin: origin as string, ancestorOrigins: ancestorOrigins as string[], isTop: false })).toBe(false);
  });

  it('refuses every subframe when the browser hides ancestor origins (Firefox)', () => {
    expect(isTrustedFrame({ origin: PORTAL_FRAME, ancestorOrigins: null, isTop: false })).toBe(false);
    expect(isTrustedFrame({ origin: 'https://portal.azure.com', ancestorOrigins: null, isTop: false })).toBe(false);
  });

  it('never trusts a chain that contains an origin outside the portals', () => {
    const portalOrigin = fc.constantFrom(...TOPS, PORTAL_FRAME);
    const foreign = fc
      .tuple(fc.constantFrom('https://', 'http://'), fc.domain(), fc.constantFrom('', ':8443'))
      .map(([scheme, host, port]) => `${scheme}${host}${port}`)
      .filter((o) => !TOPS.includes(o) && !/\.portal\.azure\.(net|us)$/.test(o));
    fc.assert(
      fc.property(portalOrigin, fc.array(portalOrigin, { maxLength: 3 }), foreign, fc.nat(3), (origin, chain, intruder, at) => {
        const ancestors = [...chain];
        ancestors.splice(Math.min(at, ancestors.length), 0, intruder);
        expect(isTrustedFrame({ origin, ancestorOrigins: ancestors, isTop: false })).toBe(false);
        expect(isTrustedFrame({ origin: intruder, ancestorOrigins: chain.length ? chain : ['https://portal.azure.com'], isTop: false })).toBe(false);
      }),
    );
  });
});

describe('portalOf', () => {
  it('names the portal after the top-level origin', () => {
    expect(portalOf({ origin: 'https://portal.azure.com', ancestorOrigins: [], isTop: true })).toBe('azure');
    expect(portalOf({ origin: PORTAL_FRAME, ancestorOrigins: ['https://portal.azure.us'], isTop: false })).toBe('azure');
    expect(portalOf({ origin: 'https://portal.office365.us', ancestorOrigins: [], isTop: true })).toBe('m365');
    expect(portalOf({ origin: 'https://admin.powerplatform.microsoft.com', ancestorOrigins: [], isTop: true })).toBe('powerPlatform');
    expect(portalOf({ origin: 'https://example.com', ancestorOrigins: [], isTop: true })).toBeNull();
  });
});
