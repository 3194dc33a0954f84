// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readServiceManagement, tenantOfLink } from '../../../src/content/partner-center/service-management';
import { page, routeOf, TENANT } from './load';

const ROUTE = routeOf(`/dashboard/commerce2/customers/${TENANT}/servicemanagement`);
const BASE = 'https://partner.microsoft.com/';

describe('service management reader', () => {
  it('counts "Administer services" links carrying this tenant as delegated admin', () => {
    const reading = readServiceManagement(page('service-management-en.html'), ROUTE);
    expect(reading).toMatchObject({ admin: { value: 'yes', source: 'delegatedAdminLinks' }, complete: true });
    expect(reading.evidence).toContain('links:tenant:2');
  });

  it('says "no delegated admin" when the Portuguese section shows no real admin link for this tenant', () => {
    const reading = readServiceManagement(page('service-management-ptbr.html'), ROUTE);
    expect(reading).toMatchObject({ admin: { value: 'no', source: 'noDelegatedAdminLinks' }, complete: true });
  });

  it('never counts links for another tenant: the page still shows the previous customer', () => {
    const other = '0f3c2b1a-9d8e-4f7a-b6c5-d4e3f2a1b0c9';
    const reading = readServiceManagement(page('service-management-en.html'), routeOf(`/dashboard/commerce2/customers/${other}/servicemanagement`));
    expect(reading.admin).toBeUndefined();
    expect(reading.complete).toBe(false);
    expect(reading.evidence).toContain('mismatch:tenant');
  });

  it('keeps waiting before the section renders', () => {
    expect(readServiceManagement(page('<html><body><div role="progressbar"></div></body></html>'), ROUTE).complete).toBe(false);
  });

  it('reads the tenant from parsed link URLs only', () => {
    expect(tenantOfLink(`https://admin.microsoft.com/Partner/BeginClientSession.aspx?ctid=${TENANT.toUpperCase()}&CSDEST=Support`, BASE)).toBe(TENANT);
    expect(tenantOfLink(`https://portal.azure.com/#@${TENANT}/blade/x`, BASE)).toBe(TENANT);
    expect(tenantOfLink(`https://portal.azure.com/#@contoso.onmicrosoft.com`, BASE)).toBe('unverified');
    expect(tenantOfLink(`https://admin.microsoft.com.evil.example/?CTID=${TENANT}`, BASE)).toBeNull();
    expect(tenantOfLink(`https://evil.example/?CTID=${TENANT}&next=https://admin.microsoft.com/`, BASE)).toBeNull();
    expect(tenantOfLink(`http://admin.microsoft.com/?CTID=${TENANT}`, BASE)).toBeNull();
    expect(tenantOfLink('%%%', BASE)).toBeNull();
  });
});
