import { describe, expect, it } from 'vitest';
import {
  ALLOWED_HOSTS,
  AZURE_PORTAL_HOSTS,
  CLOUDS,
  buildAzureNewSupportRequestLink,
  buildAzurePortalByDomainLink,
  buildAzureSupportRequestsListLink,
  buildCustomerListLink,
  buildM365AdminLink,
  buildPartnerCenterCustomerLink,
  buildPartnerOwnSupportLink,
  buildPartnerSupportPlansLink,
  buildPowerPlatformSupportLink,
  isAllowedUrl,
} from '../../../src/core/portals';
import { parseDomain, parseTenantId, type TenantDomain, type TenantId } from '../../../src/core/tenant';

const tenant = (raw: string): TenantId => {
  const parsed = parseTenantId(raw);
  if (!parsed.ok) throw new Error(raw);
  return parsed.value;
};
const domain = (raw: string): TenantDomain => {
  const parsed = parseDomain(raw);
  if (!parsed.ok) throw new Error(raw);
  return parsed.value;
};

const ID = tenant('3FA85F64-5717-4562-B3FC-2C963F66AFA6');
const CONTOSO = domain('Contoso.OnMicrosoft.com');

describe('allowlist', () => {
  it('holds exactly the hosts the builders produce', () => {
    expect([...ALLOWED_HOSTS].sort()).toEqual(
      [
        'admin.microsoft.com',
        'admin.powerplatform.microsoft.com',
        'partner.microsoft.com',
        'portal.azure.com',
        'portal.azure.us',
        'portal.office365.us',
      ].sort(),
    );
    expect(Object.isFrozen(ALLOWED_HOSTS)).toBe(true);
  });

  it('is used by every host a builder returns, and every allowlisted host is produced by some builder', () => {
    const produced = new Set(
      [
        ...CLOUDS.flatMap((cloud) => [
          buildAzurePortalByDomainLink(CONTOSO, cloud),
          buildAzureNewSupportRequestLink(ID, cloud),
          buildAzureSupportRequestsListLink(ID, cloud),
          buildM365AdminLink(ID, 'Support', cloud),
        ]),
        buildPartnerCenterCustomerLink(ID, 'account'),
        buildPartnerOwnSupportLink(),
        buildPowerPlatformSupportLink(),
        buildPartnerSupportPlansLink(),
        buildCustomerListLink(),
      ].map((url) => new URL(url).hostname),
    );
    expect([...produced].sort()).toEqual([...ALLOWED_HOSTS].sort());
  });
});

describe('isAllowedUrl', () => {
  it.each([
    'https://portal.azure.com/contoso.com',
    'https://portal.azure.us/contoso.com',
    'https://partner.microsoft.com',
    'https://partner.microsoft.com/',
    'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=x&CSDEST=Support',
    'https://portal.office365.us/',
    'https://admin.powerplatform.microsoft.com/support',
    'https://portal.azure.com/#@contoso.com/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
  ])('allows %s', (url) => {
    expect(isAllowedUrl(url)).toBe(true);
  });

  it.each([
    ['http', 'http://portal.azure.com/contoso.com'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,hi'],
    ['other host', 'https://evil.com/'],
    ['suffix host', 'https://portal.azure.com.evil.com/'],
    ['prefix host', 'https://evilportal.azure.com/'],
    ['subdomain', 'https://x.portal.azure.com/'],
    ['hosting frame host', 'https://foo.hosting.portal.azure.net/'],
    ['DoD host, not built', 'https://portal.apps.mil/'],
    ['userinfo', 'https://user@portal.azure.com/'],
    ['userinfo trick', 'https://portal.azure.com@evil.com/'],
    ['password', 'https://a:b@portal.azure.com/'],
    ['port', 'https://portal.azure.com:8443/'],
    ['default port written out', 'https://portal.azure.com:443/'],
    ['uppercase host (not canonical)', 'https://PORTAL.AZURE.COM/'],
    ['backslash', 'https://portal.azure.com\\@evil.com/'],
    ['trailing newline', 'https://portal.azure.com/\n'],
    ['inner tab', 'https://portal.azure.com/a\tb'],
    ['space', 'https://portal.azure.com/a b'],
    ['leading space', ' https://portal.azure.com/'],
    ['non-ASCII', 'https://portal.azure.com/bücher.de'],
    ['IP', 'https://127.0.0.1/'],
    ['protocol-relative', '//portal.azure.com/'],
    ['no scheme', 'portal.azure.com/contoso.com'],
    ['empty', ''],
    ['dot-segment (not canonical)', 'https://portal.azure.com/a/../b'],
    ['trailing dot host', 'https://portal.azure.com./'],
    ['too long', `https://portal.azure.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isAllowedUrl(undefined as unknown as string)).toBe(false);
    expect(isAllowedUrl({ toString: () => 'https://portal.azure.com/' } as unknown as string)).toBe(false);
  });
});

describe('Azure builders', () => {
  it('opens the portal by customer domain, exactly', () => {
    expect(buildAzurePortalByDomainLink(CONTOSO, 'commercial')).toBe('https://portal.azure.com/contoso.onmicrosoft.com');
    expect(buildAzurePortalByDomainLink(CONTOSO, 'usgov')).toBe('https://portal.azure.us/contoso.onmicrosoft.com');
    expect(buildAzurePortalByDomainLink(domain('bücher.de'), 'commercial')).toBe('https://portal.azure.com/xn--bcher-kva.de');
  });

  it('opens "New support request" in the tenant, by ID or by domain', () => {
    expect(buildAzureNewSupportRequestLink(ID, 'commercial')).toBe(
      'https://portal.azure.com/#@3fa85f64-5717-4562-b3fc-2c963f66afa6/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
    );
    expect(buildAzureNewSupportRequestLink(CONTOSO, 'usgov')).toBe(
      'https://portal.azure.us/#@contoso.onmicrosoft.com/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
    );
  });

  it('opens the list of support requests in the tenant', () => {
    expect(buildAzureSupportRequestsListLink(ID, 'commercial')).toBe(
      'https://portal.azure.com/#@3fa85f64-5717-4562-b3fc-2c963f66afa6/blade/Microsoft_Azure_Support/HelpAndSupportBlade/managesupportrequest',
    );
    expect(buildAzureSupportRequestsListLink(CONTOSO, 'usgov')).toBe(
      'https://portal.azure.us/#@contoso.onmicrosoft.com/blade/Microsoft_Azure_Support/HelpAndSupportBlade/managesupportrequest',
    );
  });

  it('names the portal host per cloud', () => {
    expect(AZURE_PORTAL_HOSTS).toEqual({ commercial: 'portal.azure.com', usgov: 'portal.azure.us' });
  });
});

describe('Microsoft 365 admin center', () => {
  it.each(['o365admincenter', 'Support', 'ServiceStatus'] as const)('commercial, %s, as delegated admin', (dest) => {
    expect(buildM365AdminLink(ID, dest, 'commercial')).toBe(
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=3fa85f64-5717-4562-b3fc-2c963f66afa6&CSDEST=${dest}`,
    );
  });

  it('US Government: the GCC High admin center root', () => {
    expect(buildM365AdminLink(ID, 'Support', 'usgov')).toBe('https://portal.office365.us/');
  });
});

describe('Partner Center and other fixed pages', () => {
  it.each(['servicerequests', 'account', 'adminrelationships', 'servicemanagement'] as const)('customer %s', (section) => {
    expect(buildPartnerCenterCustomerLink(ID, section)).toBe(
      `https://partner.microsoft.com/dashboard/commerce2/customers/3fa85f64-5717-4562-b3fc-2c963f66afa6/${section}`,
    );
  });

  it('fixed pages', () => {
    expect(buildPartnerOwnSupportLink()).toBe('https://partner.microsoft.com/dashboard/v2/support/servicerequests/create?category=csp');
    expect(buildPowerPlatformSupportLink()).toBe('https://admin.powerplatform.microsoft.com/support');
    expect(buildPartnerSupportPlansLink()).toBe('https://partner.microsoft.com/support/partnersupport');
    expect(buildCustomerListLink()).toBe('https://partner.microsoft.com/dashboard/commerce2/customers/list');
  });
});

describe('forged brands are refused (defence in depth)', () => {
  const forgedDomains = [
    'evil.com/x',
    'evil.com#',
    'a@evil.com',
    '@evil.com',
    '../../evil',
    'Contoso.com',
    'contoso.com.',
    'bücher.de',
    'contoso.com:443',
    '',
    'localhost',
    'javascript:alert(1)',
  ];
  it.each(forgedDomains)('domain %j', (raw) => {
    const forged = raw as TenantDomain;
    expect(() => buildAzurePortalByDomainLink(forged, 'commercial')).toThrow(TypeError);
    expect(() => buildAzureNewSupportRequestLink(forged, 'commercial')).toThrow(TypeError);
    expect(() => buildAzureSupportRequestsListLink(forged, 'usgov')).toThrow(TypeError);
  });

  const forgedIds = ['3FA85F64-5717-4562-B3FC-2C963F66AFA6', '{3fa85f64-5717-4562-b3fc-2c963f66afa6}', 'x', '', '../list'];
  it.each(forgedIds)('tenant ID %j', (raw) => {
    const forged = raw as TenantId;
    expect(() => buildPartnerCenterCustomerLink(forged, 'account')).toThrow(TypeError);
    expect(() => buildM365AdminLink(forged, 'Support', 'commercial')).toThrow(TypeError);
    expect(() => buildM365AdminLink(forged, 'Support', 'usgov')).toThrow(TypeError);
  });
});
