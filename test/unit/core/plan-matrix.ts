/** The full input matrix of the decision table, shared by the plan and locale tests. */
import type { AdminAccessValue } from '../../../src/core/customer';
import {
  PARTNER_ROLES,
  PROBLEM_KINDS,
  type PlanCustomer,
  type PlanInput,
} from '../../../src/core/paths';
import { CLOUDS } from '../../../src/core/portals';
import type { Severity } from '../../../src/core/severity';
import { parseDomain, parseTenantId, type TenantDomain, type TenantId } from '../../../src/core/tenant';

export const TENANT: TenantId = must(parseTenantId('3fa85f64-5717-4562-b3fc-2c963f66afa6'));
export const DOMAIN: TenantDomain = must(parseDomain('contoso.onmicrosoft.com'));

function must<T>(parsed: { ok: true; value: T } | { ok: false }): T {
  if (!parsed.ok) throw new Error('fixture did not parse');
  return parsed.value;
}

export const ADMIN_VALUES: readonly AdminAccessValue[] = ['yes', 'no', 'unknown'];
export const SEVERITY_VALUES: readonly Severity[] = ['A', 'B', 'C'];

export const CUSTOMERS: Readonly<Record<'full' | 'noDomain' | 'noTenant' | 'none', PlanCustomer>> = {
  full: { name: 'Contoso', tenantId: TENANT, domain: DOMAIN },
  noDomain: { name: 'Contoso', tenantId: TENANT, domain: null },
  noTenant: { name: null, tenantId: null, domain: DOMAIN },
  none: { name: null, tenantId: null, domain: null },
};

/** Every problem × role × helpdesk × admin × cloud × what is known of the customer × severity × break-fix. */
export function* planInputs(): Generator<PlanInput> {
  for (const problem of PROBLEM_KINDS)
    for (const role of PARTNER_ROLES)
      for (const helpdeskAgent of [false, true])
        for (const admin of ADMIN_VALUES)
          for (const cloud of CLOUDS)
            for (const customer of Object.values(CUSTOMERS))
              for (const severity of SEVERITY_VALUES)
                for (const breakFix of [true, false])
                  yield { problem, role, helpdeskAgent, admin, cloud, severity, breakFix, customer };
}
