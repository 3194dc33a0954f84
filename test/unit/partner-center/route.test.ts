import { describe, expect, it } from 'vitest';
import { readRoute } from '../../../src/core/route';

const T = '4a22108e-d576-4e29-a49c-e2ef13acb571';
const at = (path: string) => readRoute(`https://partner.microsoft.com${path}`);

describe('readRoute: the URL forms Partner Center uses', () => {
  it.each([
    [`/dashboard/commerce2/customers/${T}/account`, 'account'],
    [`/pt-br/dashboard/commerce2/customers/${T}/adminrelationships`, 'adminRelationships'],
    [`/EN-US/Dashboard/Commerce2/Customers/${T.toUpperCase()}/ServiceManagement`, 'serviceManagement'],
    [`/commerce/customers/${T}/subscriptions`, 'customerOther'],
    [`/commerce/customers/${T}/account?tab=1#x`, 'account'],
    [`/dashboard/v2/support/customers/${T}/servicerequests`, 'serviceRequests'],
    [`/dashboard/v2/support/customers/${T}`, 'customerOther'],
    [`/dashboard/commerce2/customers/{${T}}/account`, 'account'],
  ])('%s → this tenant, %s', (path, pageKind) => {
    expect(at(path)).toEqual({ tenantId: T, pageKind });
  });

  it.each(['/dashboard/commerce2/customers/list', '/commerce/customers/list', '/pt-br/dashboard/commerce2/customers'])('%s is the customer list', (path) => {
    expect(at(path)).toEqual({ tenantId: null, pageKind: 'customerList' });
  });

  it('ignores other hosts, look-alike hosts and malformed ids', () => {
    expect(readRoute(`https://partner.microsoft.com.evil.example/dashboard/commerce2/customers/${T}/account`).tenantId).toBeNull();
    expect(readRoute(`http://partner.microsoft.com/dashboard/commerce2/customers/${T}/account`).tenantId).toBeNull();
    expect(at('/dashboard/commerce2/customers/not-a-guid/account')).toEqual({ tenantId: null, pageKind: 'other' });
    expect(at('/dashboard/v2/support/servicerequests/create')).toEqual({ tenantId: null, pageKind: 'other' });
    expect(readRoute('not a url')).toEqual({ tenantId: null, pageKind: 'other' });
  });
});
