import { describe, expect, it } from 'vitest';
import {
  PARTNER_ROLES,
  PROBLEM_KINDS,
  expectedFirstResponse,
  firstResponseApplies,
  planSupportPath,
  problemLabel,
  roleLabel,
  type Plan,
  type PlanInput,
  type ProblemKind,
} from '../../../src/core/paths';
import { CLOUDS, isAllowedUrl } from '../../../src/core/portals';
import type { MessageRef } from '../../../src/core/message-key';
import { ADMIN_VALUES, CUSTOMERS, DOMAIN, TENANT, planInputs } from './plan-matrix';

const TECHNICAL: ReadonlySet<ProblemKind> = new Set(['azure', 'm365', 'dynamics', 'ems']);
const DELEGATED: ReadonlySet<ProblemKind> = new Set(['m365', 'dynamics', 'ems']);
const OUTSIDE_BENEFIT: ReadonlySet<ProblemKind> = new Set(['marketplace', 'ownSubscription']);
const GUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const base: PlanInput = {
  problem: 'azure',
  role: 'direct',
  helpdeskAgent: false,
  admin: 'no',
  cloud: 'commercial',
  severity: 'B',
  breakFix: true,
  customer: CUSTOMERS.full,
};
const plan = (over: Partial<PlanInput>): Plan => planSupportPath({ ...base, ...over });
const keys = (refs: readonly MessageRef[]): string[] => refs.map((ref) => ref.key);
const urls = (p: Plan): string[] => [...(p.primaryLink ? [p.primaryLink.url] : []), ...p.secondaryLinks.map((l) => l.url)];

describe('tables', () => {
  it('lists every problem kind and role once', () => {
    expect(PROBLEM_KINDS).toEqual([
      'azure',
      'm365',
      'dynamics',
      'ems',
      'billing',
      'billingDispute',
      'marketplace',
      'dynamicsLicensing',
      'ownSubscription',
    ]);
    expect(PARTNER_ROLES).toEqual(['indirectProvider', 'indirectReseller', 'direct', 'advisor']);
    expect(problemLabel('billingDispute')).toEqual({ key: 'problem_billingDispute' });
    expect(roleLabel('indirectReseller')).toEqual({ key: 'role_indirectReseller' });
  });
});

/** What must hold on every row of the table, whatever the row. */
function checkRow(input: PlanInput, p: Plan): void {
  const { customer, problem, role, admin, cloud } = input;
  expect(p.problem).toBe(problem);
  expect(p.canFile).toBe(p.blocked === null);

  // Who may file.
  const expectedCanFile =
    problem === 'marketplace'
      ? false
      : problem === 'azure'
        ? role === 'direct' || role === 'indirectProvider'
        : DELEGATED.has(problem)
          ? admin !== 'no'
          : true;
  expect(p.canFile).toBe(expectedCanFile);
  if (!p.canFile) {
    expect(p.primaryLink).toBeNull();
    expect(p.missing).toEqual([]);
  } else {
    expect(p.steps.length).toBeGreaterThan(0);
    // Every filing path has its primary link exactly when nothing it needs is missing.
    expect(p.primaryLink === null).toBe(p.missing.length > 0);
  }

  // Missing identifiers are really missing.
  for (const id of p.missing) expect(customer[id]).toBeNull();

  // Links: allowlisted, no duplicates, the right cloud, only this customer's identifiers.
  const all = urls(p);
  expect(new Set(all).size).toBe(all.length);
  for (const url of all) {
    expect(isAllowedUrl(url)).toBe(true);
    const host = new URL(url).hostname;
    if (cloud === 'usgov') expect(['portal.azure.com', 'admin.microsoft.com']).not.toContain(host);
    else expect(['portal.azure.us', 'portal.office365.us']).not.toContain(host);
    for (const guid of url.match(GUID_IN_TEXT) ?? []) expect(guid).toBe(customer.tenantId);
    if (host.startsWith('portal.azure.')) {
      const scoped = /^https:\/\/[^/]+\/(?:#@)?([^/]+)/.exec(url)?.[1];
      expect([customer.tenantId, customer.domain]).toContain(scoped);
    }
  }
  if (problem === 'marketplace') expect(all).toEqual([]);

  // Warnings and steps: no repeats.
  expect(new Set(keys(p.warnings)).size).toBe(p.warnings.length);
  expect(new Set(keys(p.steps)).size).toBe(p.steps.length);

  // The partner's own contact details on every form filed for a customer.
  if (p.canFile && problem !== 'ownSubscription') expect(keys(p.warnings)).toContain('warn_ownContact');
  // Signing in directly is right only for the partner's own subscription.
  if (problem === 'ownSubscription') expect(keys(p.warnings)).not.toContain('warn_startFromPartnerCenter');
  if (p.canFile && TECHNICAL.has(problem)) expect(keys(p.warnings)).toContain('warn_startFromPartnerCenter');

  // Helpdesk agents are told about Azure only, and only where the partner could otherwise file.
  expect(keys(p.warnings).includes('warn_helpdeskAzure')).toBe(problem === 'azure' && p.canFile && input.helpdeskAgent);

  // Response times.
  const hours = { A: 2, B: 4, C: 8 }[input.severity];
  expect(p.firstResponse).toEqual(
    TECHNICAL.has(problem) && input.breakFix ? { kind: 'hours', hours } : { kind: 'businessDay' },
  );
  expect(p.firstResponseApplies).toBe(!OUTSIDE_BENEFIT.has(problem));
  if (OUTSIDE_BENEFIT.has(problem)) {
    expect(keys(p.responseNotes)).toEqual([problem === 'marketplace' ? 'response_publisherTerms' : 'response_ownPlanTerms']);
  } else {
    expect(keys(p.responseNotes)).toEqual(['response_englishOnly', 'response_noPhone']);
  }

  // Escalation: technical service problems only; service health linked when the customer is known.
  const healthLink = p.secondaryLinks.find((l) => l.url.endsWith('/servicemanagement'));
  if (TECHNICAL.has(problem)) {
    expect(keys(p.escalation)[0]).toBe('escalate_checkHealth');
    expect(p.escalation).toHaveLength(7);
    expect(Boolean(healthLink)).toBe(customer.tenantId !== null);
  } else {
    expect(p.escalation).toEqual([]);
    expect(healthLink).toBeUndefined();
  }

  // Without a tenant ID nothing customer-specific in Partner Center can be linked: offer the list.
  const customerPages = all.filter((url) => url.includes('/commerce2/customers/') && !url.endsWith('/list'));
  if (customer.tenantId === null) expect(customerPages).toEqual([]);
}

describe('every row of the decision table', () => {
  const groups = new Map<string, PlanInput[]>();
  for (const input of planInputs()) {
    const name = `${input.problem} · ${input.role} · admin ${input.admin} · ${input.cloud}`;
    groups.set(name, [...(groups.get(name) ?? []), input]);
  }

  it('covers 9 problems × 4 roles × 3 admin values × 2 clouds', () => {
    expect(groups.size).toBe(PROBLEM_KINDS.length * PARTNER_ROLES.length * ADMIN_VALUES.length * CLOUDS.length);
  });

  it.each([...groups.entries()])('%s', (_name, inputs) => {
    for (const input of inputs) checkRow(input, planSupportPath(input));
  });

  it('does not let one plan change the next (no shared mutable state)', () => {
    const first = plan({ problem: 'm365', admin: 'yes' });
    first.escalation.push({ key: 'summary_yes' });
    first.responseNotes.length = 0;
    first.warnings.length = 0;
    first.steps.length = 0;
    expect(() => {
      (plan({}).escalation[0] as { key: string }).key = 'summary_no';
    }).toThrow(TypeError);
    const second = plan({ problem: 'm365', admin: 'yes' });
    expect(second).toEqual(plan({ problem: 'm365', admin: 'yes' }));
    expect(second.escalation).toHaveLength(7);
    expect(keys(second.escalation)[0]).toBe('escalate_checkHealth');
    expect(second.responseNotes).toHaveLength(2);
    expect(second.warnings.length).toBeGreaterThan(0);
    expect(second.steps).toHaveLength(4);
  });
});

describe('Azure', () => {
  it('without admin rights: exactly the portal by customer domain, then subscription, then "New support request"', () => {
    const p = plan({ admin: 'no' });
    expect(p.canFile).toBe(true);
    expect(p.primaryLink).toEqual({ label: { key: 'link_azureByDomain' }, url: 'https://portal.azure.com/contoso.onmicrosoft.com' });
    const steps = keys(p.steps);
    expect(steps[0]).toBe('step_azureOpenByDomain');
    expect(steps.indexOf('step_azurePickSubscription')).toBeLessThan(steps.indexOf('step_azureSelectNewRequest'));
    expect(steps).toContain('step_azureAdditionalDetails');
    expect(keys(p.warnings)).toEqual(expect.arrayContaining(['warn_azureSupportPlan', 'warn_ownContact']));
    expect(keys(p.warnings)).not.toContain('warn_gdapAzure');
    expect(p.missing).toEqual([]);
  });

  it('without admin rights and without the domain: copy it from the Account page; no link is made up', () => {
    const p = plan({ admin: 'no', customer: CUSTOMERS.noDomain });
    expect(p.primaryLink).toBeNull();
    expect(p.missing).toEqual(['domain']);
    expect(p.steps.slice(0, 2)).toEqual([
      { key: 'step_copyDomain' },
      { key: 'step_azureGoToDomain', subs: ['https://portal.azure.com/'] },
    ]);
    expect(p.secondaryLinks[0]).toEqual({
      label: { key: 'link_pcAccount' },
      url: `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/account`,
    });
    expect(urls(p).some((u) => u.includes('portal.azure.com/contoso'))).toBe(false);
  });

  it('with admin rights: "New support request" in the customer\'s tenant, by tenant ID first', () => {
    const p = plan({ admin: 'yes' });
    expect(p.primaryLink?.url).toBe(
      `https://portal.azure.com/#@${TENANT}/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest`,
    );
    expect(keys(p.warnings)).toEqual(expect.arrayContaining(['warn_gdapAzure', 'warn_adminPathFallback', 'warn_azureSupportPlan']));
    // The domain route stays on offer in case the admin relationship has lapsed.
    expect(p.secondaryLinks.map((l) => l.url)).toContain('https://portal.azure.com/contoso.onmicrosoft.com');
    expect(p.secondaryLinks.map((l) => l.url)).toContain(
      `https://portal.azure.com/#@${TENANT}/blade/Microsoft_Azure_Support/HelpAndSupportBlade/managesupportrequest`,
    );
  });

  it('with admin rights and only the domain known: the tenant is named by domain', () => {
    const p = plan({ admin: 'yes', customer: CUSTOMERS.noTenant });
    expect(p.primaryLink?.url).toBe(
      'https://portal.azure.com/#@contoso.onmicrosoft.com/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
    );
  });

  it('with admin rights and nothing known: start from Partner Center, both identifiers missing', () => {
    const p = plan({ admin: 'yes', customer: CUSTOMERS.none });
    expect(p.primaryLink).toBeNull();
    expect(p.missing).toEqual(['tenantId', 'domain']);
    expect(keys(p.steps)[0]).toBe('step_azureFromPartnerCenter');
    expect(p.secondaryLinks.map((l) => l.url)).toEqual(['https://partner.microsoft.com/dashboard/commerce2/customers/list']);
  });

  it('admin unknown: the domain link (works either way), and how to check', () => {
    const p = plan({ admin: 'unknown' });
    expect(p.primaryLink?.url).toBe('https://portal.azure.com/contoso.onmicrosoft.com');
    expect(keys(p.warnings)).toContain('warn_adminUnknownAzure');
    expect(p.secondaryLinks).toContainEqual({
      label: { key: 'link_pcAdminRelationships' },
      url: `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/adminrelationships`,
    });
  });

  it('US Government cloud: portal.azure.us', () => {
    expect(plan({ cloud: 'usgov', admin: 'no' }).primaryLink?.url).toBe('https://portal.azure.us/contoso.onmicrosoft.com');
    expect(plan({ cloud: 'usgov', admin: 'yes' }).primaryLink?.url).toMatch(/^https:\/\/portal\.azure\.us\/#@/);
    expect(plan({ cloud: 'usgov', admin: 'no', customer: CUSTOMERS.noDomain }).steps[1]).toEqual({
      key: 'step_azureGoToDomain',
      subs: ['https://portal.azure.us/'],
    });
  });

  it.each(ADMIN_VALUES)('indirect reseller (admin %s): cannot file, told who can and what to ask for', (admin) => {
    const p = plan({ role: 'indirectReseller', admin });
    expect(p.canFile).toBe(false);
    expect(p.blocked).toEqual({ key: 'plan_blocked_azureReseller' });
    expect(p.primaryLink).toBeNull();
    expect(p.steps).toEqual([]);
  });

  it('advisor: cannot file, told to ask the subscription provider', () => {
    const p = plan({ role: 'advisor', admin: 'yes' });
    expect(p.canFile).toBe(false);
    expect(p.blocked).toEqual({ key: 'plan_blocked_azureAdvisor' });
  });

  it.each(['direct', 'indirectProvider'] as const)('%s may file', (role) => {
    expect(plan({ role }).canFile).toBe(true);
  });

  it('helpdesk agent: told first that they cannot create Azure requests but can set up a support group', () => {
    const p = plan({ helpdeskAgent: true });
    expect(p.canFile).toBe(true);
    expect(p.warnings[0]).toEqual({ key: 'warn_helpdeskAzure' });
    expect(keys(plan({ helpdeskAgent: false }).warnings)).not.toContain('warn_helpdeskAzure');
  });

  it('severity A break-fix: two hours; not break-fix: a business day', () => {
    expect(plan({ severity: 'A' }).firstResponse).toEqual({ kind: 'hours', hours: 2 });
    expect(plan({ severity: 'A', breakFix: false }).firstResponse).toEqual({ kind: 'businessDay' });
  });

  it('escalation checklist: service health first, then the categories that belong with Microsoft', () => {
    const p = plan({});
    expect(keys(p.escalation)).toEqual([
      'escalate_checkHealth',
      'escalate_troubleshoot',
      'escalate_undocumented',
      'escalate_unavailable',
      'escalate_bug',
      'escalate_network',
      'escalate_regional',
    ]);
    expect(p.secondaryLinks).toContainEqual({
      label: { key: 'link_pcServiceManagement' },
      url: `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/servicemanagement`,
    });
  });
});

describe('Microsoft 365, EMS, Dynamics 365', () => {
  it.each(['m365', 'ems', 'dynamics'] as const)('%s: the admin center as delegated admin, support destination', (problem) => {
    for (const role of PARTNER_ROLES) {
      const p = plan({ problem, role, admin: 'yes' });
      expect(p.canFile).toBe(true);
      expect(p.primaryLink).toEqual({
        label: { key: 'link_m365Support' },
        url: `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TENANT}&CSDEST=Support`,
      });
      expect(p.secondaryLinks.map((l) => l.url)).toContain(
        `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TENANT}&CSDEST=ServiceStatus`,
      );
      expect(keys(p.warnings)).toEqual(
        expect.arrayContaining(['warn_ownContact', 'warn_startFromPartnerCenter', 'warn_gdapServiceSupport']),
      );
      expect(keys(p.steps)).toEqual(['step_m365Open', 'step_m365Category', 'step_m365Submit', 'step_m365FollowUp']);
    }
  });

  it('without a tenant ID: start from Partner Center; no link is guessed', () => {
    const p = plan({ problem: 'm365', admin: 'yes', customer: CUSTOMERS.noTenant });
    expect(p.primaryLink).toBeNull();
    expect(p.missing).toEqual(['tenantId']);
    expect(keys(p.steps)[0]).toBe('step_m365FromPartnerCenter');
    expect(p.secondaryLinks.map((l) => l.url)).toEqual(['https://partner.microsoft.com/dashboard/commerce2/customers/list']);
  });

  it('without admin rights: blocked, with the admin relationships page to fix it', () => {
    const p = plan({ problem: 'ems', admin: 'no' });
    expect(p.canFile).toBe(false);
    expect(p.blocked).toEqual({ key: 'plan_blocked_needsAdmin' });
    expect(p.secondaryLinks.map((l) => l.url)).toContain(
      `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/adminrelationships`,
    );
  });

  it('admin unknown: the link, with how to check', () => {
    const p = plan({ problem: 'm365', admin: 'unknown' });
    expect(p.canFile).toBe(true);
    expect(p.primaryLink?.url).toContain('CSDEST=Support');
    expect(keys(p.warnings)).toContain('warn_adminUnknownDelegated');
    expect(p.secondaryLinks.map((l) => l.label.key)).toContain('link_pcAdminRelationships');
  });

  it('Dynamics 365 names the ASfP requirement and links the partner support plans', () => {
    const p = plan({ problem: 'dynamics', admin: 'yes' });
    expect(p.warnings[0]).toEqual({ key: 'warn_dynamicsAsfp' });
    expect(p.secondaryLinks).toContainEqual({
      label: { key: 'link_partnerSupportPlans' },
      url: 'https://partner.microsoft.com/support/partnersupport',
    });
    expect(keys(plan({ problem: 'm365', admin: 'yes' }).warnings)).not.toContain('warn_dynamicsAsfp');
  });

  it('US Government: Partner Center\'s service requests first, the GCC High admin center as a secondary link', () => {
    const p = plan({ problem: 'm365', admin: 'yes', cloud: 'usgov' });
    expect(p.primaryLink).toEqual({
      label: { key: 'link_pcServiceRequests' },
      url: `https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/servicerequests`,
    });
    expect(p.secondaryLinks).toContainEqual({ label: { key: 'link_gccHighAdmin' }, url: 'https://portal.office365.us/' });
    expect(keys(p.warnings)).toContain('warn_usgovM365');
    expect(keys(p.steps)[0]).toBe('step_m365FromPartnerCenter');
  });

  it('break-fix severities apply', () => {
    expect(plan({ problem: 'dynamics', admin: 'yes', severity: 'C' }).firstResponse).toEqual({ kind: 'hours', hours: 8 });
  });
});

describe('billing', () => {
  it('billing and subscription management: a service request from the customer\'s page, included in the benefit', () => {
    const p = plan({ problem: 'billing', role: 'advisor', admin: 'no' });
    expect(p.canFile).toBe(true);
    expect(p.primaryLink?.url).toBe(`https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/servicerequests`);
    expect(keys(p.warnings)).toEqual(['warn_billingIncluded', 'warn_ownContact']);
    expect(keys(p.steps)).toContain('step_billingDescribe');
    expect(p.firstResponse).toEqual({ kind: 'businessDay' });
  });

  it('billing dispute or fraud: also through a service request, and says so', () => {
    const p = plan({ problem: 'billingDispute', severity: 'A', breakFix: true });
    expect(p.primaryLink?.url).toBe(`https://partner.microsoft.com/dashboard/commerce2/customers/${TENANT}/servicerequests`);
    expect(keys(p.warnings)).toContain('warn_disputeViaRequest');
    expect(keys(p.steps)).toContain('step_disputeDescribe');
    expect(p.firstResponse).toEqual({ kind: 'businessDay' });
  });

  it('without a tenant ID: find the customer first', () => {
    const p = plan({ problem: 'billing', customer: CUSTOMERS.noTenant });
    expect(p.missing).toEqual(['tenantId']);
    expect(keys(p.steps)[0]).toBe('step_pcFindCustomer');
  });
});

describe('marketplace', () => {
  it('Microsoft gives no product support: the publisher (ISV) does; nothing to file, no Microsoft link', () => {
    const p = plan({ problem: 'marketplace', admin: 'yes' });
    expect(p.canFile).toBe(false);
    expect(p.blocked).toEqual({ key: 'plan_blocked_marketplace' });
    expect(keys(p.steps)).toEqual(['step_marketplaceOpenProduct', 'step_marketplaceFindContact', 'step_marketplaceContact']);
    expect(p.primaryLink).toBeNull();
    expect(p.secondaryLinks).toEqual([]);
    expect(p.firstResponseApplies).toBe(false);
  });
});

describe('Dynamics 365 licensing, billing, finance & operations', () => {
  it('goes to Dynamics support in the Power Platform admin center', () => {
    const p = plan({ problem: 'dynamicsLicensing', admin: 'no', role: 'indirectReseller' });
    expect(p.canFile).toBe(true);
    expect(p.primaryLink).toEqual({
      label: { key: 'link_powerPlatformSupport' },
      url: 'https://admin.powerplatform.microsoft.com/support',
    });
    expect(keys(p.warnings)).toContain('warn_gdapServiceSupport');
    expect(keys(p.warnings)).not.toContain('warn_usgovCommercialLink');
    expect(keys(plan({ problem: 'dynamicsLicensing', cloud: 'usgov' }).warnings)).toContain('warn_usgovCommercialLink');
  });
});

describe("the partner's own subscription", () => {
  it('is outside the CSP benefit: own entitlement, own support page, signing in directly is right here', () => {
    const p = plan({ problem: 'ownSubscription', customer: CUSTOMERS.none, role: 'advisor' });
    expect(p.canFile).toBe(true);
    expect(p.primaryLink).toEqual({
      label: { key: 'link_ownSupport' },
      url: 'https://partner.microsoft.com/dashboard/v2/support/servicerequests/create?category=csp',
    });
    expect(keys(p.warnings)).toEqual(['warn_ownNotCovered']);
    expect(keys(p.steps)).toEqual(['step_ownSignInDirect', 'step_ownOpenRequest', 'step_ownEntitlement']);
    expect(p.missing).toEqual([]);
    expect(p.firstResponseApplies).toBe(false);
    expect(keys(p.responseNotes)).toEqual(['response_ownPlanTerms']);
  });
});

describe('expectedFirstResponse and firstResponseApplies', () => {
  it('agree with the plans', () => {
    for (const problem of PROBLEM_KINDS) {
      for (const breakFix of [true, false]) {
        const p = plan({ problem, breakFix, severity: 'A', admin: 'yes' });
        expect(expectedFirstResponse(problem, 'A', breakFix)).toEqual(p.firstResponse);
        expect(firstResponseApplies(problem)).toBe(p.firstResponseApplies);
      }
    }
  });
});

describe('links carry identifiers only', () => {
  it("never put the customer's name in a URL, only the parsed tenant ID or domain", () => {
    const other = { name: 'Fabrikam', tenantId: TENANT, domain: DOMAIN };
    for (const problem of PROBLEM_KINDS) {
      for (const admin of ADMIN_VALUES) {
        const text = urls(plan({ problem, admin, customer: other })).join(' ');
        expect(text).not.toMatch(/fabrikam/i);
        for (const guid of text.match(GUID_IN_TEXT) ?? []) expect(guid).toBe(TENANT);
      }
    }
  });
});
