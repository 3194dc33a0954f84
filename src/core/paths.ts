/**
 * The support-path decision table: given the customer, the problem and who the partner is, where and how
 * to file. One rule per problem kind; each rule is data plus one small route function. The rules restate
 * Microsoft's "report a service problem on behalf of a customer" guidance (see FACTS.md, "Who files what").
 */
import type { AdminAccessValue } from './customer';
import type { MessageKey, MessageRef } from './message-key';
import {
  buildAzureNewSupportRequestLink,
  buildAzurePortalByDomainLink,
  buildAzureSupportRequestsListLink,
  buildCustomerListLink,
  buildM365AdminLink,
  buildPartnerCenterCustomerLink,
  buildPartnerOwnSupportLink,
  buildPartnerSupportPlansLink,
  buildPowerPlatformSupportLink,
  AZURE_PORTAL_HOSTS,
  type Cloud,
  type PartnerCenterSection,
} from './portals';
import { firstResponse, type FirstResponse, type Severity } from './severity';
import type { TenantDomain, TenantId } from './tenant';

export type ProblemKind =
  | 'azure'
  | 'm365'
  | 'dynamics'
  | 'ems'
  | 'billing'
  | 'billingDispute'
  | 'marketplace'
  | 'dynamicsLicensing'
  | 'ownSubscription';

export const PROBLEM_KINDS: readonly ProblemKind[] = [
  'azure',
  'm365',
  'dynamics',
  'ems',
  'billing',
  'billingDispute',
  'marketplace',
  'dynamicsLicensing',
  'ownSubscription',
];

export type PartnerRole = 'indirectProvider' | 'indirectReseller' | 'direct' | 'advisor';
export const PARTNER_ROLES: readonly PartnerRole[] = ['indirectProvider', 'indirectReseller', 'direct', 'advisor'];

export function problemLabel(problem: ProblemKind): MessageRef {
  return { key: `problem_${problem}` as const };
}

export function roleLabel(role: PartnerRole): MessageRef {
  return { key: `role_${role}` as const };
}

/** The options checkbox for the Partner Center "Helpdesk agent" role, which changes what Azure allows. */
export const HELPDESK_AGENT_LABEL: MessageRef = Object.freeze({ key: 'role_helpdeskAgent' });

export interface PlanCustomer {
  name: string | null;
  tenantId: TenantId | null;
  domain: TenantDomain | null;
}

export interface PlanInput {
  problem: ProblemKind;
  role: PartnerRole;
  helpdeskAgent: boolean;
  admin: AdminAccessValue;
  cloud: Cloud;
  severity: Severity;
  breakFix: boolean;
  customer: PlanCustomer;
}

export interface PlanLink {
  label: MessageRef;
  url: string;
}

export type MissingIdentifier = 'domain' | 'tenantId';

/** Why a link is absent and how to supply what it needs. */
export function missingMessage(missing: MissingIdentifier): MessageRef {
  return { key: `plan_missing_${missing}` as const };
}

export interface Plan {
  problem: ProblemKind;
  /** May this partner file it for the customer? */
  canFile: boolean;
  /** When !canFile: why, who can, and what to ask for. */
  blocked: MessageRef | null;
  steps: MessageRef[];
  warnings: MessageRef[];
  primaryLink: PlanLink | null;
  secondaryLinks: PlanLink[];
  firstResponse: FirstResponse;
  /** False when the CSP benefit's response targets don't govern this request (marketplace, own subscription). */
  firstResponseApplies: boolean;
  responseNotes: MessageRef[];
  escalation: MessageRef[];
  /** Identifiers this path needs but the customer lacks; the link that needs them is then left out. */
  missing: MissingIdentifier[];
}

/** What one rule decides; response times, notes and the escalation checklist follow from the rule's flags. */
interface Route {
  blocked?: MessageRef;
  steps: MessageRef[];
  warnings?: MessageRef[];
  primaryLink?: PlanLink | null;
  secondaryLinks?: PlanLink[];
  missing?: MissingIdentifier[];
}

interface PathRule {
  /** A technical incident: the 2 / 4 / 8-hour targets apply when the partner says it is break-fix. */
  technical: boolean;
  /** Inside the CSP support benefit, or else whose terms set the response. */
  coverage: 'cspBenefit' | { outside: MessageKey };
  /** A service problem that may belong with Microsoft: check health first, then the escalation categories. */
  escalates: boolean;
  route(input: PlanInput): Route;
}

/** Frozen, because the shared ones (the escalation checklist, common warnings) go into every plan. */
const msg = (key: MessageKey, ...subs: string[]): MessageRef =>
  Object.freeze(subs.length > 0 ? { key, subs: Object.freeze(subs) as string[] } : { key });
const link = (key: MessageKey, url: string): PlanLink => ({ label: msg(key), url });

function customerPage(input: PlanInput, section: PartnerCenterSection, label: MessageKey): PlanLink[] {
  const { tenantId } = input.customer;
  return tenantId ? [link(label, buildPartnerCenterCustomerLink(tenantId, section))] : [];
}

/** Without a tenant ID nothing customer-specific can be linked; the customer list is where to find it. */
function customerListIfUnknown(input: PlanInput): PlanLink[] {
  return input.customer.tenantId ? [] : [link('link_customerList', buildCustomerListLink())];
}

const OWN_CONTACT = msg('warn_ownContact');
const NOT_DIRECT_SIGN_IN = msg('warn_startFromPartnerCenter');

// ---------------------------------------------------------------------------------------------
// Azure: only the subscription's provider files; the form wants "Cloud Solution Provider" and the
// partner's own contact details; with admin rights straight into the tenant, without them by domain.

/** Roles that do not provide Azure subscriptions, and what each must ask for instead. */
const AZURE_NOT_PROVIDER: Partial<Record<PartnerRole, MessageKey>> = {
  indirectReseller: 'plan_blocked_azureReseller',
  advisor: 'plan_blocked_azureAdvisor',
};

const AZURE_FORM_STEPS = [msg('step_azureAdditionalDetails'), msg('step_azureCreate'), msg('step_azureFollowUp')];

function azureRoute(input: PlanInput): Route {
  const notProvider = AZURE_NOT_PROVIDER[input.role];
  if (notProvider) return { blocked: msg(notProvider), steps: [] };
  const path = input.admin === 'yes' ? azureInTenant(input) : azureByDomain(input);
  return {
    ...path,
    warnings: [
      ...(input.helpdeskAgent ? [msg('warn_helpdeskAzure')] : []),
      msg('warn_azureSupportPlan'),
      OWN_CONTACT,
      NOT_DIRECT_SIGN_IN,
      ...(path.warnings ?? []),
    ],
  };
}

/** With admin rights: "New support request" scoped to the customer's tenant (its ID, else its domain). */
function azureInTenant(input: PlanInput): Route {
  const { tenantId, domain } = input.customer;
  const tenant = tenantId ?? domain;
  return {
    steps: [
      msg(tenant ? 'step_azureOpenNewRequest' : 'step_azureFromPartnerCenter'),
      msg('step_azureDescribe'),
      ...AZURE_FORM_STEPS,
    ],
    warnings: [msg('warn_gdapAzure'), msg('warn_adminPathFallback')],
    primaryLink: tenant ? link('link_azureNewRequest', buildAzureNewSupportRequestLink(tenant, input.cloud)) : null,
    secondaryLinks: [
      ...(tenant ? [link('link_azureRequests', buildAzureSupportRequestsListLink(tenant, input.cloud))] : []),
      ...(domain ? [link('link_azureByDomain', buildAzurePortalByDomainLink(domain, input.cloud))] : []),
      ...customerPage(input, 'servicerequests', 'link_pcServiceRequests'),
      ...customerListIfUnknown(input),
    ],
    missing: tenant ? [] : ['tenantId', 'domain'],
  };
}

/**
 * Without admin rights (never requested, or only the Azure subscriptions are managed) the customer's
 * domain opens its directory. "Unknown" takes this route too: it works either way.
 */
function azureByDomain(input: PlanInput): Route {
  const { tenantId, domain } = input.customer;
  const tenant = domain ?? tenantId;
  return {
    steps: [
      ...(domain
        ? [msg('step_azureOpenByDomain')]
        : [msg('step_copyDomain'), msg('step_azureGoToDomain', `https://${AZURE_PORTAL_HOSTS[input.cloud]}/`)]),
      msg('step_azurePickSubscription'),
      msg('step_azureSelectNewRequest'),
      ...AZURE_FORM_STEPS,
    ],
    warnings: input.admin === 'unknown' ? [msg('warn_adminUnknownAzure')] : [],
    primaryLink: domain ? link('link_azureByDomain', buildAzurePortalByDomainLink(domain, input.cloud)) : null,
    secondaryLinks: [
      ...(domain ? [] : customerPage(input, 'account', 'link_pcAccount')),
      ...(input.admin === 'unknown' ? customerPage(input, 'adminrelationships', 'link_pcAdminRelationships') : []),
      ...(tenant ? [link('link_azureRequests', buildAzureSupportRequestsListLink(tenant, input.cloud))] : []),
      ...customerPage(input, 'servicerequests', 'link_pcServiceRequests'),
      ...customerListIfUnknown(input),
    ],
    missing: domain ? [] : ['domain'],
  };
}

// ---------------------------------------------------------------------------------------------
// Microsoft 365, EMS and Dynamics 365 incidents: filed in the customer's Microsoft 365 admin center,
// entered as delegated admin (what Partner Center's "New request" does). No admin rights, no path.

function delegatedAdminRoute(extra: { warnings: MessageRef[]; links: () => PlanLink[] }) {
  return (input: PlanInput): Route => {
    if (input.admin === 'no') {
      return {
        blocked: msg('plan_blocked_needsAdmin'),
        steps: [],
        secondaryLinks: customerPage(input, 'adminrelationships', 'link_pcAdminRelationships'),
      };
    }
    const entry = input.cloud === 'usgov' ? m365FromPartnerCenter(input) : m365Delegated(input);
    const unknown = input.admin === 'unknown';
    return {
      ...entry,
      steps: [...entry.steps, msg('step_m365Category'), msg('step_m365Submit'), msg('step_m365FollowUp')],
      warnings: [
        ...extra.warnings,
        OWN_CONTACT,
        NOT_DIRECT_SIGN_IN,
        msg('warn_gdapServiceSupport'),
        ...(entry.warnings ?? []),
        ...(unknown ? [msg('warn_adminUnknownDelegated')] : []),
      ],
      secondaryLinks: [
        ...(entry.secondaryLinks ?? []),
        ...(unknown ? customerPage(input, 'adminrelationships', 'link_pcAdminRelationships') : []),
        ...extra.links(),
        ...customerListIfUnknown(input),
      ],
    };
  };
}

function m365Delegated(input: PlanInput): Route {
  const { tenantId } = input.customer;
  if (!tenantId) return { steps: [msg('step_m365FromPartnerCenter')], missing: ['tenantId'] };
  return {
    steps: [msg('step_m365Open')],
    primaryLink: link('link_m365Support', buildM365AdminLink(tenantId, 'Support', input.cloud)),
    secondaryLinks: [
      link('link_m365Health', buildM365AdminLink(tenantId, 'ServiceStatus', input.cloud)),
      ...customerPage(input, 'servicerequests', 'link_pcServiceRequests'),
    ],
  };
}

/** US Government: no delegated deep link is documented, so Partner Center's "New request" is the way in. */
function m365FromPartnerCenter(input: PlanInput): Route {
  const { tenantId } = input.customer;
  return {
    steps: [msg('step_m365FromPartnerCenter')],
    warnings: [msg('warn_usgovM365')],
    primaryLink: tenantId ? link('link_pcServiceRequests', buildPartnerCenterCustomerLink(tenantId, 'servicerequests')) : null,
    secondaryLinks: tenantId ? [link('link_gccHighAdmin', buildM365AdminLink(tenantId, 'Support', input.cloud))] : [],
    missing: tenantId ? [] : ['tenantId'],
  };
}

const partnerSupportPlans = (): PlanLink[] => [link('link_partnerSupportPlans', buildPartnerSupportPlansLink())];

// ---------------------------------------------------------------------------------------------
// Billing and subscription management (included in the benefit), billing disputes and fraud concerns:
// a service request from the customer's page in Partner Center.

function serviceRequestRoute(describe: MessageKey, note: MessageKey) {
  return (input: PlanInput): Route => {
    const { tenantId } = input.customer;
    return {
      steps: [
        ...(tenantId ? [] : [msg('step_pcFindCustomer')]),
        msg('step_pcOpenServiceRequests'),
        msg('step_pcNewRequest'),
        msg(describe),
        msg('step_submitOwnContact'),
      ],
      warnings: [msg(note), OWN_CONTACT],
      primaryLink: tenantId ? link('link_pcServiceRequests', buildPartnerCenterCustomerLink(tenantId, 'servicerequests')) : null,
      secondaryLinks: customerListIfUnknown(input),
      missing: tenantId ? [] : ['tenantId'],
    };
  };
}

// ---------------------------------------------------------------------------------------------

const RULES: Readonly<Record<ProblemKind, PathRule>> = {
  azure: { technical: true, coverage: 'cspBenefit', escalates: true, route: azureRoute },
  m365: {
    technical: true,
    coverage: 'cspBenefit',
    escalates: true,
    route: delegatedAdminRoute({ warnings: [], links: () => [] }),
  },
  ems: {
    technical: true,
    coverage: 'cspBenefit',
    escalates: true,
    route: delegatedAdminRoute({ warnings: [], links: () => [] }),
  },
  dynamics: {
    technical: true,
    coverage: 'cspBenefit',
    escalates: true,
    route: delegatedAdminRoute({ warnings: [msg('warn_dynamicsAsfp')], links: partnerSupportPlans }),
  },
  billing: {
    technical: false,
    coverage: 'cspBenefit',
    escalates: false,
    route: serviceRequestRoute('step_billingDescribe', 'warn_billingIncluded'),
  },
  billingDispute: {
    technical: false,
    coverage: 'cspBenefit',
    escalates: false,
    route: serviceRequestRoute('step_disputeDescribe', 'warn_disputeViaRequest'),
  },
  /** Microsoft gives no product support here: the publisher does, so there is nothing to file with Microsoft. */
  marketplace: {
    technical: false,
    coverage: { outside: 'response_publisherTerms' },
    escalates: false,
    route: () => ({
      blocked: msg('plan_blocked_marketplace'),
      steps: [msg('step_marketplaceOpenProduct'), msg('step_marketplaceFindContact'), msg('step_marketplaceContact')],
    }),
  },
  dynamicsLicensing: {
    technical: false,
    coverage: 'cspBenefit',
    escalates: false,
    route: (input) => ({
      steps: [msg('step_ppacOpen'), msg('step_ppacNewRequest'), msg('step_submitOwnContact')],
      warnings: [
        OWN_CONTACT,
        msg('warn_gdapServiceSupport'),
        ...(input.cloud === 'usgov' ? [msg('warn_usgovCommercialLink')] : []),
      ],
      primaryLink: link('link_powerPlatformSupport', buildPowerPlatformSupportLink()),
    }),
  },
  /** The partner's own tenant is outside the benefit; here, and only here, signing in directly is right. */
  ownSubscription: {
    technical: false,
    coverage: { outside: 'response_ownPlanTerms' },
    escalates: false,
    route: () => ({
      steps: [msg('step_ownSignInDirect'), msg('step_ownOpenRequest'), msg('step_ownEntitlement')],
      warnings: [msg('warn_ownNotCovered')],
      primaryLink: link('link_ownSupport', buildPartnerOwnSupportLink()),
      secondaryLinks: partnerSupportPlans(),
    }),
  },
};

const CSP_RESPONSE_NOTES: readonly MessageRef[] = [msg('response_englishOnly'), msg('response_noPhone')];

/** Check health, troubleshoot with admin rights, then escalate only what belongs with Microsoft. */
const ESCALATION: readonly MessageRef[] = [
  msg('escalate_checkHealth'),
  msg('escalate_troubleshoot'),
  msg('escalate_undocumented'),
  msg('escalate_unavailable'),
  msg('escalate_bug'),
  msg('escalate_network'),
  msg('escalate_regional'),
];

export function planSupportPath(input: PlanInput): Plan {
  const rule = RULES[input.problem];
  const route = rule.route(input);
  const blocked = route.blocked ?? null;
  return {
    problem: input.problem,
    canFile: blocked === null,
    blocked,
    steps: route.steps,
    warnings: route.warnings ?? [],
    primaryLink: route.primaryLink ?? null,
    secondaryLinks: [
      ...(route.secondaryLinks ?? []),
      ...(rule.escalates ? customerPage(input, 'servicemanagement', 'link_pcServiceManagement') : []),
    ],
    firstResponse: expectedFirstResponse(input.problem, input.severity, input.breakFix),
    firstResponseApplies: rule.coverage === 'cspBenefit',
    responseNotes: rule.coverage === 'cspBenefit' ? [...CSP_RESPONSE_NOTES] : [msg(rule.coverage.outside)],
    escalation: rule.escalates ? [...ESCALATION] : [],
    missing: route.missing ?? [],
  };
}

/** The hour targets only for technical incidents declared break-fix; otherwise up to one business day. */
export function expectedFirstResponse(problem: ProblemKind, severity: Severity, breakFix: boolean): FirstResponse {
  return firstResponse(severity, breakFix && RULES[problem].technical);
}

/** Whether the CSP benefit's response targets govern this kind of request. */
export function firstResponseApplies(problem: ProblemKind): boolean {
  return RULES[problem].coverage === 'cspBenefit';
}
