/**
 * Every URL the product opens is built here, from parsed identifiers only, and checked against the
 * host allowlist before it leaves: a forged brand or a wrong constant fails loudly instead of linking away.
 */
import { parseDomain, parseTenantId, type TenantDomain, type TenantId } from './tenant';

export type Cloud = 'commercial' | 'usgov';
export const CLOUDS: readonly Cloud[] = ['commercial', 'usgov'];

const PARTNER_CENTER = 'partner.microsoft.com';
export const AZURE_PORTAL_HOSTS: Readonly<Record<Cloud, string>> = Object.freeze({
  commercial: 'portal.azure.com',
  usgov: 'portal.azure.us',
});
const M365_ADMIN = 'admin.microsoft.com';
/** GCC High admin center; no delegated-admin deep link into a customer is documented for it. */
const M365_ADMIN_USGOV = 'portal.office365.us';
const POWER_PLATFORM_ADMIN = 'admin.powerplatform.microsoft.com';

/** Exactly the hosts the builders below produce; nothing else is ever opened. */
export const ALLOWED_HOSTS: readonly string[] = Object.freeze([
  PARTNER_CENTER,
  AZURE_PORTAL_HOSTS.commercial,
  AZURE_PORTAL_HOSTS.usgov,
  M365_ADMIN,
  M365_ADMIN_USGOV,
  POWER_PLATFORM_ADMIN,
]);
const ALLOWED = new Set(ALLOWED_HOSTS);

/** Printable ASCII only: the URL parser silently drops tabs, newlines and edge spaces, so what is checked could differ from what opens. */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const MAX_URL = 2048;

/**
 * True for an https URL on an allowlisted host, without user info or port, written in canonical form
 * (as the URL standard serialises it; a bare origin without its final "/" is accepted too), so the
 * string checked is the string a browser opens.
 */
export function isAllowedUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL || !PRINTABLE_ASCII.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const canonical = parsed.href === url || (parsed.href === `${url}/` && parsed.pathname === '/' && !parsed.search && !parsed.hash);
  return (
    canonical &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ALLOWED.has(parsed.hostname)
  );
}

function allowed(url: string): string {
  if (!isAllowedUrl(url)) throw new Error(`Refusing to build a URL outside the allowlist: ${JSON.stringify(url)}`);
  return url;
}

const CANONICAL_TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The brands are compile-time only; a cast could still smuggle raw text in, so each value is re-parsed. */
function checkedTenantId(value: TenantId): TenantId {
  const parsed = parseTenantId(value);
  if (!CANONICAL_TENANT_ID.test(value) || !parsed.ok || parsed.value !== value) {
    throw new TypeError(`Not a parsed tenant ID: ${JSON.stringify(value)}`);
  }
  return value;
}

function checkedDomain(value: TenantDomain): TenantDomain {
  const parsed = parseDomain(value);
  if (!parsed.ok || parsed.value !== value) throw new TypeError(`Not a parsed domain: ${JSON.stringify(value)}`);
  return value;
}

function checkedTenant(value: TenantId | TenantDomain): TenantId | TenantDomain {
  return CANONICAL_TENANT_ID.test(value) ? checkedTenantId(value as TenantId) : checkedDomain(value as TenantDomain);
}

const AZURE_SUPPORT_BLADE = 'blade/Microsoft_Azure_Support/HelpAndSupportBlade';

/** The Azure portal opened in the customer's directory by its domain: the route that works without admin rights. */
export function buildAzurePortalByDomainLink(domain: TenantDomain, cloud: Cloud): string {
  return allowed(`https://${AZURE_PORTAL_HOSTS[cloud]}/${checkedDomain(domain)}`);
}

/** "New support request" in the customer's tenant; needs admin rights there. */
export function buildAzureNewSupportRequestLink(tenant: TenantId | TenantDomain, cloud: Cloud): string {
  return allowed(`https://${AZURE_PORTAL_HOSTS[cloud]}/#@${checkedTenant(tenant)}/${AZURE_SUPPORT_BLADE}/newsupportrequest`);
}

/** The customer's list of Azure support requests, to follow up on what was filed. */
export function buildAzureSupportRequestsListLink(tenant: TenantId | TenantDomain, cloud: Cloud): string {
  return allowed(`https://${AZURE_PORTAL_HOSTS[cloud]}/#@${checkedTenant(tenant)}/${AZURE_SUPPORT_BLADE}/managesupportrequest`);
}

export type M365Destination = 'o365admincenter' | 'Support' | 'ServiceStatus';

/**
 * The Microsoft 365 admin center as the customer's delegated admin, as Partner Center's own links do it.
 * US Government: the GCC High admin center's root, since no delegated deep link is documented there.
 */
export function buildM365AdminLink(tenantId: TenantId, destination: M365Destination, cloud: Cloud): string {
  const tenant = checkedTenantId(tenantId);
  if (cloud === 'usgov') return allowed(`https://${M365_ADMIN_USGOV}/`);
  const query = new URLSearchParams({ CTID: tenant, CSDEST: destination });
  return allowed(`https://${M365_ADMIN}/Partner/BeginClientSession.aspx?${query}`);
}

export type PartnerCenterSection = 'servicerequests' | 'account' | 'adminrelationships' | 'servicemanagement';

export function buildPartnerCenterCustomerLink(tenantId: TenantId, section: PartnerCenterSection): string {
  return allowed(`https://${PARTNER_CENTER}/dashboard/commerce2/customers/${checkedTenantId(tenantId)}/${section}`);
}

/** The partner's own support requests: for its own subscriptions, outside the CSP benefit. */
export function buildPartnerOwnSupportLink(): string {
  return allowed(`https://${PARTNER_CENTER}/dashboard/v2/support/servicerequests/create?category=csp`);
}

/** Dynamics support (licensing, billing, finance & operations): Power Platform admin center → Help + support. */
export function buildPowerPlatformSupportLink(): string {
  return allowed(`https://${POWER_PLATFORM_ADMIN}/support`);
}

/** Partner support plans, e.g. Advanced Support for Partners (ASfP). */
export function buildPartnerSupportPlansLink(): string {
  return allowed(`https://${PARTNER_CENTER}/support/partnersupport`);
}

export function buildCustomerListLink(): string {
  return allowed(`https://${PARTNER_CENTER}/dashboard/commerce2/customers/list`);
}
