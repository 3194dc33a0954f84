import type { PageKind } from './route';
import type { TenantDomain, TenantId } from './tenant';

/** Where a belief about admin access came from; shown to the partner next to the belief. */
export type AccessSource =
  | 'gdapActive'
  | 'gdapNone'
  | 'delegatedAdminLinks'
  | 'noDelegatedAdminLinks'
  | 'user';

export type AdminAccessValue = 'yes' | 'no' | 'unknown';

export interface AdminAccess {
  value: AdminAccessValue;
  source: AccessSource | null;
  /** Epoch milliseconds when it was seen or set. */
  at: number | null;
  /** GDAP role names, where the page lists them. */
  roles?: string[];
}

export const UNKNOWN_ACCESS: AdminAccess = { value: 'unknown', source: null, at: null };

/** One row of the customer list, offered when no row is selected. */
export interface CustomerCandidate {
  name: string;
  tenantId: TenantId;
  domain: TenantDomain | null;
}

/**
 * What one Partner Center page showed about one customer at one moment. Readers make sightings;
 * the service worker merges them into a Customer.
 */
export interface Sighting {
  tenantId: TenantId | null;
  pageKind: PageKind;
  /** loading: the route changed and data is not on screen yet; unreadable: the data never appeared. */
  status: 'loading' | 'ready' | 'unreadable';
  name: string | null;
  domain: TenantDomain | null;
  admin: { value: 'yes' | 'no'; source: AccessSource; roles?: string[] } | null;
  candidates: CustomerCandidate[];
  /** Short, non-localized notes of what was found (label, shape, selector), for the "couldn't read" state. */
  evidence: string[];
}

export interface Customer {
  tenantId: TenantId;
  name: string | null;
  domain: TenantDomain | null;
  admin: AdminAccess;
  /** Epoch milliseconds of the last sighting; memory expires from here. */
  lastSeen: number;
}

/** Folds a ready sighting into what is remembered of its customer; newer facts win, gaps never erase facts. */
export function mergeSighting(previous: Customer | null, sighting: Sighting, now: number): Customer | null {
  const tenantId = sighting.tenantId;
  if (!tenantId) return previous;
  const base: Customer =
    previous && previous.tenantId === tenantId
      ? previous
      : { tenantId, name: null, domain: null, admin: UNKNOWN_ACCESS, lastSeen: now };
  const admin = sighting.admin && acceptsAccessSighting(base.admin, sighting.admin.value, sighting.admin.source)
    ? { value: sighting.admin.value, source: sighting.admin.source, at: now, ...(sighting.admin.roles ? { roles: sighting.admin.roles } : {}) }
    : base.admin;
  return {
    tenantId,
    name: sighting.name ?? base.name,
    domain: sighting.domain ?? base.domain,
    admin,
    lastSeen: now,
  };
}

/**
 * A partner's own override always stands. Otherwise a page's word replaces the last one, except that
 * "no GDAP relationship" does not cancel delegated-admin links seen elsewhere: both can be true at once.
 */
function acceptsAccessSighting(current: AdminAccess, value: 'yes' | 'no', source: AccessSource): boolean {
  if (current.source === 'user') return false;
  if (current.value === 'yes' && value === 'no' && current.source !== null) {
    return sameFamily(current.source, source);
  }
  return true;
}

function sameFamily(a: AccessSource, b: AccessSource): boolean {
  const family = (s: AccessSource) => (s === 'gdapActive' || s === 'gdapNone' ? 'gdap' : s === 'user' ? 'user' : 'links');
  return family(a) === family(b);
}
