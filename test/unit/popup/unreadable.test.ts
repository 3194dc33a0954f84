import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACCESS } from '../../../src/core/customer';
import type { TenantDomain, TenantId } from '../../../src/core/tenant';
import { describeUnreadable } from '../../../src/popup/unreadable';

const TENANT = '4a22108e-d576-4e29-a49c-e2ef13acb571' as TenantId;

describe('the "could not read this page" notice', () => {
  it('says in words what the page gave and what it did not', () => {
    const result = describeUnreadable(['url:tenant', 'missing:domain', 'missing:name'], { tenantId: TENANT, domain: null, name: null }, UNKNOWN_ACCESS);
    expect(result).toEqual({ found: ['unreadable_microsoftId'], missing: ['unreadable_domain', 'unreadable_name'] });
  });

  it('never lists as missing what an earlier page already gave', () => {
    const result = describeUnreadable(
      ['missing:domain', 'missing:relationships'],
      { tenantId: TENANT, domain: 'contoso.com' as TenantDomain, name: 'Contoso' },
      { value: 'yes', source: 'delegatedAdminLinks', at: 1 },
    );
    expect(result.found).toEqual(['unreadable_microsoftId', 'unreadable_name', 'unreadable_domain', 'unreadable_adminAccess']);
    expect(result.missing).toEqual(['unreadable_relationships']);
  });

  it('leaves codes it has no words for to the technical details, once each', () => {
    const result = describeUnreadable(['shape:guid', 'missing:rows', 'missing:listHeader'], { tenantId: null, domain: null, name: null }, UNKNOWN_ACCESS);
    expect(result).toEqual({ found: [], missing: ['unreadable_list'] });
  });
});
