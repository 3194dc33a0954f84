import { parseTenantId, type TenantId } from './tenant';

/** The Partner Center pages Support Path knows how to read. */
export type PageKind =
  | 'account'
  | 'customerList'
  | 'adminRelationships'
  | 'serviceManagement'
  | 'serviceRequests'
  | 'customerOther'
  | 'other';

export interface Route {
  tenantId: TenantId | null;
  pageKind: PageKind;
}

export const PARTNER_CENTER_ORIGIN = 'https://partner.microsoft.com';

const SECTION_KINDS: Readonly<Record<string, PageKind>> = {
  account: 'account',
  adminrelationships: 'adminRelationships',
  servicemanagement: 'serviceManagement',
  servicerequests: 'serviceRequests',
};

const GUID_SEGMENT = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const LOCALE_SEGMENT = /^[a-z]{2}(?:-[a-z0-9]{2,4})?$/i;

/**
 * Reads the customer and page kind from a Partner Center URL. The URL is the most durable signal the
 * app gives: labels and markup change with releases and languages, the tenant GUID in the path does not.
 */
export function readRoute(href: string): Route {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { tenantId: null, pageKind: 'other' };
  }
  if (url.origin !== PARTNER_CENTER_ORIGIN) return { tenantId: null, pageKind: 'other' };
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => safeDecode(segment).toLowerCase());
  if (segments[0] && LOCALE_SEGMENT.test(segments[0]) && segments[0] !== 'v2') segments.shift();

  const customersAt = segments.indexOf('customers');
  if (customersAt < 0) return { tenantId: null, pageKind: 'other' };
  const after = segments.slice(customersAt + 1);
  const [first, second] = after;
  if (first === undefined || first === 'list') return { tenantId: null, pageKind: 'customerList' };
  if (!GUID_SEGMENT.test(first)) return { tenantId: null, pageKind: 'other' };
  const parsed = parseTenantId(first);
  const tenantId = parsed.ok ? parsed.value : null;
  const pageKind = (second !== undefined && SECTION_KINDS[second]) || 'customerOther';
  return { tenantId, pageKind };
}

/** The origin of a URL, or null when it is not one. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
