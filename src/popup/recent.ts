import { lazyPattern } from '../core/first-use';
import type { TenantDomain, TenantId } from '../core/tenant';
import { RECENT_LIMIT, type RecentCustomer } from '../shared/stored';

export interface CustomerIdentity {
  tenantId: TenantId | null;
  domain: TenantDomain | null;
  name: string | null;
}

const sameCustomer = (a: CustomerIdentity, b: CustomerIdentity) =>
  (a.tenantId !== null && a.tenantId === b.tenantId) || (a.tenantId === null && b.tenantId === null && a.domain === b.domain);

/** Puts a customer at the top of the recent list, merging what we knew of it, keeping the newest ten. */
export function rememberRecent(list: RecentCustomer[], customer: CustomerIdentity, now: number): RecentCustomer[] {
  if (!customer.tenantId && !customer.domain) return list;
  const previous = list.find((entry) => sameCustomer(entry, customer));
  const merged: RecentCustomer = {
    tenantId: customer.tenantId ?? previous?.tenantId ?? null,
    domain: customer.domain ?? previous?.domain ?? null,
    name: customer.name ?? previous?.name ?? null,
    at: now,
  };
  return [merged, ...list.filter((entry) => !sameCustomer(entry, customer))].slice(0, RECENT_LIMIT);
}

export function forgetRecent(list: RecentCustomer[], customer: CustomerIdentity): RecentCustomer[] {
  return list.filter((entry) => !sameCustomer(entry, customer));
}

/** Case- and accent-insensitive match on name, domain or tenant id. */
export function searchRecent(list: RecentCustomer[], query: string): RecentCustomer[] {
  const needle = fold(query.trim());
  if (!needle) return list;
  return list.filter((entry) => [entry.name, entry.domain, entry.tenantId].some((field) => field !== null && fold(field).includes(needle)));
}

const MARKS = lazyPattern(String.raw`\p{M}`, 'gu');

function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS(), '').toLowerCase();
}
