/**
 * Property tests, 10,000 cases each: whatever text arrives, no URL leaves the allowlist, none is anything but
 * https, and the host or path never names a domain other than the one the parser returned.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PARTNER_ROLES, PROBLEM_KINDS, planSupportPath } from '../../../src/core/paths';
import {
  ALLOWED_HOSTS,
  AZURE_PORTAL_HOSTS,
  CLOUDS,
  buildAzureNewSupportRequestLink,
  buildAzurePortalByDomainLink,
  buildAzureSupportRequestsListLink,
  buildM365AdminLink,
  buildPartnerCenterCustomerLink,
  isAllowedUrl,
  type Cloud,
} from '../../../src/core/portals';
import {
  parseCustomerRef,
  parseDomain,
  parseTenantId,
  type TenantDomain,
  type TenantId,
} from '../../../src/core/tenant';

const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds alone and more while other suites share the CPU: allow for that, not for hangs.
vi.setConfig({ testTimeout: 120_000 });
const SUPPORT_BLADE = 'blade/Microsoft_Azure_Support/HelpAndSupportBlade';

// ---------------------------------------------------------------------------------------------
// Inputs: valid domains, their near misses, international names, and text from anywhere.

const hostileBits = fc.constantFrom(
  '.', '..', '-', '/', '\\', '@', ':', ':443', '#', '?', '%2e', ' ', '\t', '\n', '\r', '\u0000', '\u00a0', '\u00ad',
  '\u200b', '\u200d', '\u200e', '\u202e', '\u2066', '\u2060', '\ufeff', '\u3002', '\uff0e', 'ｃ', 'Ａ', 'ﬁ', 'а', 'е',
  'о', 'р', 'ο', 'ν', 'ü', 'Ü', 'ß', 'İ', '例', 'え', '中', 'ש', 'ع', 'ก', '\u0301', '💩', 'xn--', 'XN--', 'https://',
  'javascript:', '//', 'localhost', 'com', 'onmicrosoft', '0x7f', '127', '1', '[', ']', '_', '*', '<', '>', '"', "'",
);
const asciiLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const unicodeLabel = fc
  .array(fc.constantFrom('ü', 'ö', 'ä', 'é', 'ñ', 'a', 'b', '1', '-', 'я', 'п', 'и', 'λ', 'β', '例', 'え', 'カ', '中', '한'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((chars) => chars.join(''));
const idnDomain = fc
  .tuple(fc.array(fc.oneof(asciiLabel, unicodeLabel), { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'de', 'jp', 'рф', 'xn--p1ai', 'org'))
  .map(([labels, tld]) => [...labels, tld].join('.'));
const mutated = fc
  .tuple(fc.domain(), fc.array(fc.tuple(fc.nat(), hostileBits), { maxLength: 3 }))
  .map(([domain, edits]) =>
    edits.reduce((text, [at, bit]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + bit + text.slice(i);
    }, domain),
  );
const decorated = fc
  .tuple(fc.oneof(fc.domain(), idnDomain), fc.constantFrom('', ' ', '\t', '\n '), fc.constantFrom('', '.', ' ', '\r\n'), fc.boolean())
  .map(([domain, before, after, upper]) => before + (upper ? domain.toUpperCase() : domain) + after);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(hostileBits, { maxLength: 12 }).map((bits) => bits.join('')),
);
const domainInput = fc.oneof(
  { arbitrary: fc.domain(), weight: 3 },
  { arbitrary: idnDomain, weight: 3 },
  { arbitrary: mutated, weight: 3 },
  { arbitrary: decorated, weight: 2 },
  { arbitrary: anyText, weight: 2 },
  { arbitrary: fc.webUrl(), weight: 1 },
  { arbitrary: fc.emailAddress(), weight: 1 },
);

const guidInput = fc.oneof(
  fc
    .tuple(fc.uuid(), fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '\t', '\n'))
    .map(([uuid, upper, braces, pad]) => pad + (braces ? `{${upper ? uuid.toUpperCase() : uuid}}` : upper ? uuid.toUpperCase() : uuid) + pad),
  fc.tuple(fc.uuid(), fc.nat(), hostileBits).map(([uuid, at, bit]) => uuid.slice(0, at % 37) + bit + uuid.slice(at % 37)),
  anyText,
);
const cloud = fc.constantFrom<Cloud>(...CLOUDS);

const LDH_NAME = /^[a-z0-9.-]+$/;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function expectOnAllowlist(url: string, expectedHost: string): URL {
  expect(isAllowedUrl(url)).toBe(true);
  const parsed = new URL(url);
  expect(parsed.protocol).toBe('https:');
  expect(parsed.href).toBe(url);
  expect(parsed.hostname).toBe(expectedHost);
  expect(ALLOWED_HOSTS).toContain(parsed.hostname);
  expect(parsed.username + parsed.password + parsed.port).toBe('');
  return parsed;
}

// ---------------------------------------------------------------------------------------------

describe('parseDomain', () => {
  it('returns only lowercase LDH names within DNS limits, never an IP, never anything outside [a-z0-9.-]', () => {
    fc.assert(
      fc.property(domainInput, (raw) => {
        const parsed = parseDomain(raw);
        if (!parsed.ok) return;
        const value = parsed.value;
        expect(value).toMatch(LDH_NAME);
        expect(value.length).toBeLessThanOrEqual(253);
        const labels = value.split('.');
        expect(labels.length).toBeGreaterThanOrEqual(2);
        for (const label of labels) expect(label).toMatch(LDH_LABEL);
        expect(labels.at(-1)).not.toMatch(/^(?:\d+|0x[0-9a-f]*)$/);
        expect(new URL(`https://${value}/`).hostname).toBe(value);
      }),
      RUNS,
    );
  });

  it('is idempotent: parsing what it returned gives it back', () => {
    fc.assert(
      fc.property(domainInput, (raw) => {
        const parsed = parseDomain(raw);
        if (parsed.ok) expect(parseDomain(parsed.value)).toEqual(parsed);
      }),
      RUNS,
    );
  });

  it('ignores case, surrounding whitespace and one trailing dot, and nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.domain(), idnDomain), fc.constantFrom(' ', '\t', '\n', '\u3000'), (domain, pad) => {
        const plain = parseDomain(domain);
        expect(parseDomain(`${pad}${domain.toUpperCase()}.${pad}`)).toEqual(plain);
        expect(parseDomain(`${domain}..`).ok).toBe(false);
        expect(parseDomain(`${domain}/`).ok).toBe(false);
        expect(parseDomain(`https://${domain}`).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('accepts every name fast-check considers a valid domain, unchanged, unless its last label is numeric', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const parsed = parseDomain(domain);
        if (/\.(?:\d+|0x[0-9a-f]*)$/.test(domain)) expect(parsed).toEqual({ ok: false, reason: 'numericTld' });
        else expect(parsed).toEqual({ ok: true, value: domain });
      }),
      RUNS,
    );
  });

  it('refuses any text carrying an invisible or bidi control character', () => {
    const hidden = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff', '\u0000', '\u001b', '\u007f');
    fc.assert(
      fc.property(fc.domain(), fc.nat(), hidden, (domain, at, char) => {
        const i = at % (domain.length + 1);
        expect(parseDomain(domain.slice(0, i) + char + domain.slice(i))).toEqual({ ok: false, reason: 'control' });
      }),
      RUNS,
    );
  });
});

describe('parseTenantId', () => {
  it('returns only canonical lowercase GUIDs, idempotently', () => {
    fc.assert(
      fc.property(guidInput, (raw) => {
        const parsed = parseTenantId(raw);
        if (!parsed.ok) return;
        expect(parsed.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(parseTenantId(parsed.value)).toEqual(parsed);
        expect(raw.toLowerCase()).toContain(parsed.value);
      }),
      RUNS,
    );
  });

  it('accepts every GUID in any case, braced or not, padded or not', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.boolean(), fc.boolean(), (uuid, upper, braces) => {
        const text = upper ? uuid.toUpperCase() : uuid;
        expect(parseTenantId(` ${braces ? `{${text}}` : text}\n`)).toEqual({ ok: true, value: uuid.toLowerCase() });
        expect(parseTenantId(`{${text}`).ok).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('parseCustomerRef', () => {
  it('agrees with the two parsers it combines', () => {
    fc.assert(
      fc.property(fc.oneof(guidInput, domainInput), (raw) => {
        const ref = parseCustomerRef(raw);
        const tenant = parseTenantId(raw);
        if (tenant.ok) expect(ref).toEqual({ ok: true, value: { kind: 'tenant', tenantId: tenant.value } });
        else if (ref.ok) expect(ref).toEqual({ ok: true, value: { kind: 'domain', domain: (parseDomain(raw) as { value: string }).value } });
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('Azure builders keep the parsed domain, and only it, where it belongs', () => {
  it('buildAzurePortalByDomainLink: https, allowlisted host of the cloud, path is exactly the domain', () => {
    fc.assert(
      fc.property(domainInput, cloud, (raw, c) => {
        const parsed = parseDomain(raw);
        if (!parsed.ok) return;
        const url = expectOnAllowlist(buildAzurePortalByDomainLink(parsed.value, c), AZURE_PORTAL_HOSTS[c]!);
        expect(url.pathname).toBe(`/${parsed.value}`);
        expect(url.search + url.hash).toBe('');
      }),
      RUNS,
    );
  });

  it('buildAzureNewSupportRequestLink: the tenant named in the fragment is exactly the parsed one', () => {
    fc.assert(
      fc.property(fc.oneof(domainInput, guidInput), cloud, (raw, c) => {
        const parsed = parseCustomerRef(raw);
        if (!parsed.ok) return;
        const tenant = parsed.value.kind === 'tenant' ? parsed.value.tenantId : parsed.value.domain;
        const url = expectOnAllowlist(buildAzureNewSupportRequestLink(tenant, c), AZURE_PORTAL_HOSTS[c]!);
        expect(url.pathname).toBe('/');
        expect(url.hash).toBe(`#@${tenant}/${SUPPORT_BLADE}/newsupportrequest`);
      }),
      RUNS,
    );
  });

  it('buildAzureSupportRequestsListLink: the same guarantee for the list blade', () => {
    fc.assert(
      fc.property(fc.oneof(domainInput, guidInput), cloud, (raw, c) => {
        const parsed = parseCustomerRef(raw);
        if (!parsed.ok) return;
        const tenant = parsed.value.kind === 'tenant' ? parsed.value.tenantId : parsed.value.domain;
        const url = expectOnAllowlist(buildAzureSupportRequestsListLink(tenant, c), AZURE_PORTAL_HOSTS[c]!);
        expect(url.hash).toBe(`#@${tenant}/${SUPPORT_BLADE}/managesupportrequest`);
      }),
      RUNS,
    );
  });

  it('refuses raw text passed off as a parsed domain, unless it is exactly what the parser would return', () => {
    fc.assert(
      fc.property(domainInput, cloud, (raw, c) => {
        const parsed = parseDomain(raw);
        const legit = parsed.ok && parsed.value === raw;
        const forged = raw as TenantDomain;
        for (const build of [buildAzurePortalByDomainLink, buildAzureNewSupportRequestLink, buildAzureSupportRequestsListLink]) {
          if (legit) expect(isAllowedUrl(build(forged, c))).toBe(true);
          else expect(() => build(forged, c)).toThrow(TypeError);
        }
      }),
      RUNS,
    );
  });
});

describe('tenant-ID builders', () => {
  it('buildM365AdminLink: delegated admin for exactly this tenant (commercial), the GCC High root (US Gov)', () => {
    fc.assert(
      fc.property(guidInput, fc.constantFrom('o365admincenter', 'Support', 'ServiceStatus') , cloud, (raw, dest, c) => {
        const parsed = parseTenantId(raw);
        if (!parsed.ok) {
          expect(() => buildM365AdminLink(raw as TenantId, dest, c)).toThrow(TypeError);
          return;
        }
        const link = buildM365AdminLink(parsed.value, dest, c);
        if (c === 'usgov') {
          expect(link).toBe('https://portal.office365.us/');
          return;
        }
        const url = expectOnAllowlist(link, 'admin.microsoft.com');
        expect(url.pathname).toBe('/Partner/BeginClientSession.aspx');
        expect([...url.searchParams.entries()]).toEqual([
          ['CTID', parsed.value],
          ['CSDEST', dest],
        ]);
      }),
      RUNS,
    );
  });

  it('buildPartnerCenterCustomerLink: the customer segment is exactly the parsed tenant ID', () => {
    fc.assert(
      fc.property(guidInput, fc.constantFrom('servicerequests', 'account', 'adminrelationships', 'servicemanagement'), (raw, section) => {
        const parsed = parseTenantId(raw);
        if (!parsed.ok) {
          expect(() => buildPartnerCenterCustomerLink(raw as TenantId, section)).toThrow(TypeError);
          return;
        }
        const url = expectOnAllowlist(buildPartnerCenterCustomerLink(parsed.value, section), 'partner.microsoft.com');
        expect(url.pathname).toBe(`/dashboard/commerce2/customers/${parsed.value}/${section}`);
        expect(url.search + url.hash).toBe('');
      }),
      RUNS,
    );
  });
});

describe('isAllowedUrl', () => {
  it('never approves a URL that is not https on an allowlisted host without credentials or port', () => {
    const candidate = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', '//', 'javascript:', ''), fc.constantFrom(...ALLOWED_HOSTS, 'evil.com'), anyText).map(
        ([scheme, host, rest]) => scheme + host + rest,
      ),
      fc.tuple(fc.constantFrom(...ALLOWED_HOSTS), fc.array(hostileBits, { maxLength: 6 })).map(([host, bits]) => `https://${host}${bits.join('')}`),
      anyText,
    );
    fc.assert(
      fc.property(candidate, (url) => {
        if (!isAllowedUrl(url)) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(ALLOWED_HOSTS).toContain(parsed.hostname);
        expect(parsed.username + parsed.password + parsed.port).toBe('');
        expect(url).toMatch(/^https:\/\/[a-z0-9.]+(?:[/?#]|$)/);
        expect(url.startsWith(`https://${parsed.hostname}`)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('planSupportPath', () => {
  it('every link of every plan is allowlisted and carries only this customer\'s identifiers', () => {
    const input = fc.record({
      problem: fc.constantFrom(...PROBLEM_KINDS),
      role: fc.constantFrom(...PARTNER_ROLES),
      helpdeskAgent: fc.boolean(),
      admin: fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const),
      cloud,
      severity: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
      breakFix: fc.boolean(),
      rawTenant: fc.option(guidInput),
      rawDomain: fc.option(domainInput),
    });
    fc.assert(
      fc.property(input, ({ rawTenant, rawDomain, ...rest }) => {
        const tenant = rawTenant === null ? null : parseTenantId(rawTenant);
        const domain = rawDomain === null ? null : parseDomain(rawDomain);
        const customer = {
          name: rawDomain,
          tenantId: tenant?.ok ? tenant.value : null,
          domain: domain?.ok ? domain.value : null,
        };
        const plan = planSupportPath({ ...rest, customer });
        const links = [...(plan.primaryLink ? [plan.primaryLink] : []), ...plan.secondaryLinks];
        for (const { url } of links) {
          expect(isAllowedUrl(url)).toBe(true);
          const parsed = new URL(url);
          if (parsed.hostname.startsWith('portal.azure.')) {
            expect(parsed.hostname).toBe(AZURE_PORTAL_HOSTS[rest.cloud]);
            const named = parsed.hash ? /^#@([^/]+)\//.exec(parsed.hash)?.[1] : parsed.pathname.slice(1);
            expect([customer.tenantId, customer.domain]).toContain(named);
          }
          for (const guid of url.match(/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/g) ?? []) expect(guid).toBe(customer.tenantId);
        }
      }),
      RUNS,
    );
  });
});
