import type { Route } from '../../core/route';
import { parseTenantId, type TenantId } from '../../core/tenant';
import { attributeOf, queryAll } from './dom';
import { firstLabelOnPage } from './find-label';
import { ADMINISTER_SERVICES, labelIndex } from './labels';
import type { PageReading } from './reading';

const SECTION = labelIndex({ section: ADMINISTER_SERVICES });

/** Hosts whose links open a portal as the customer's delegated admin. */
const ADMIN_HOSTS = [
  'admin.microsoft.com', 'portal.office.com', 'admin.exchange.microsoft.com', 'outlook.office365.com', 'outlook.office.com',
  'portal.azure.com', 'entra.microsoft.com', 'intune.microsoft.com', 'endpoint.microsoft.com', 'portal.cloudappsecurity.com',
  'security.microsoft.com', 'admin.powerplatform.microsoft.com', 'portal.azure.us', 'portal.office365.us',
];

/**
 * Service management: "Administer services" links carry the customer's tenant (CTID=<tenant>,
 * portal.azure.com/#@<tenant>). Such a link for this tenant means delegated admin is in place; the
 * section shown without one means it is not. Links for another tenant are a page still showing the
 * previous customer, never evidence about this one.
 */
export function readServiceManagement(root: Element, route: Route): PageReading {
  const tenant = route.tenantId;
  if (!tenant) return { evidence: ['missing:tenant'], complete: false };
  let ours = 0;
  let others = 0;
  let unverified = 0;
  for (const anchor of queryAll(root, 'a[href]')) {
    const linked = tenantOfLink(attributeOf(anchor, 'href') ?? '', root.ownerDocument.baseURI);
    if (linked === tenant) ours++;
    else if (linked === UNVERIFIED) unverified++;
    else if (linked) others++;
  }
  if (ours > 0) {
    return { admin: { value: 'yes', source: 'delegatedAdminLinks' }, evidence: [`links:tenant:${ours}`], complete: true };
  }
  if (others > 0) return { evidence: [`links:otherTenant:${others}`, 'mismatch:tenant'], complete: false };
  // Links naming the customer by domain cannot be checked against the URL's tenant here: claim nothing.
  if (unverified > 0) return { evidence: [`links:unverified:${unverified}`], complete: true };
  const section = firstLabelOnPage(root, SECTION);
  if (section) {
    return { admin: { value: 'no', source: 'noDelegatedAdminLinks' }, evidence: [`label:${section.label}`, 'links:none'], complete: true };
  }
  return { evidence: ['missing:adminLinks'], complete: false };
}

/** A delegated-admin link that names its customer by domain rather than by tenant GUID. */
export const UNVERIFIED = 'unverified';

/** The tenant a delegated-admin link opens, read from its parsed URL (query parameter, #@tenant, or first path segment). */
export function tenantOfLink(href: string, base: string): TenantId | typeof UNVERIFIED | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !isAdminHost(url.hostname)) return null;
  let namesCustomer = false;
  for (const [key, value] of url.searchParams) {
    if (/^(ctid|tenantid|tid|tenant|delegatedorg)$/i.test(key)) {
      const parsed = parseTenantId(value);
      if (parsed.ok) return parsed.value;
      namesCustomer = true;
    }
  }
  const hashTenant = /^#@([^/?&]+)/.exec(url.hash)?.[1];
  const pathTenant = url.pathname.split('/')[1];
  for (const candidate of [hashTenant, pathTenant]) {
    const parsed = candidate ? parseTenantId(decodeSafely(candidate)) : null;
    if (parsed?.ok) return parsed.value;
  }
  return namesCustomer || hashTenant ? UNVERIFIED : null;
}

function isAdminHost(hostname: string): boolean {
  return ADMIN_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
