import type { Customer, CustomerCandidate } from '../core/customer';
import { PARTNER_CENTER_ORIGIN, originOf, readRoute, type PageKind } from '../core/route';
import type { TabState } from '../shared/stored';

/** What the popup shows, decided from the tab's URL, its reported state and the customer memory. */
export type PopupView =
  | { kind: 'loading' }
  | { kind: 'elsewhere' }
  | { kind: 'noCustomer'; pageKind: PageKind; candidates: CustomerCandidate[] }
  | { kind: 'customer'; customer: Customer; refreshing: boolean; unreadable: string[] | null };

/**
 * The URL is checked against the reported state on every render: during an in-app navigation the URL
 * changes before the page reports, and a mismatch must never show the previous customer.
 */
export function decideView(tabUrl: string | undefined, state: TabState | null, customers: Record<string, Customer>): PopupView {
  if (!tabUrl) return { kind: 'elsewhere' };
  if (originOf(tabUrl) !== PARTNER_CENTER_ORIGIN) return { kind: 'elsewhere' };
  const route = readRoute(tabUrl);
  if (!state) return { kind: 'loading' };
  if (route.tenantId !== null && route.tenantId !== state.tenantId) return { kind: 'loading' };
  if (route.tenantId === null && route.pageKind !== state.pageKind) return { kind: 'loading' };
  if (state.tenantId === null) {
    return state.status === 'loading' ? { kind: 'loading' } : { kind: 'noCustomer', pageKind: state.pageKind, candidates: state.candidates };
  }
  const remembered = customers[state.tenantId];
  if (!remembered) {
    if (state.status === 'loading') return { kind: 'loading' };
    const bare: Customer = { tenantId: state.tenantId, name: null, domain: null, admin: { value: 'unknown', source: null, at: null }, lastSeen: state.at };
    return { kind: 'customer', customer: bare, refreshing: false, unreadable: state.status === 'unreadable' ? state.evidence : null };
  }
  return {
    kind: 'customer',
    customer: remembered,
    refreshing: state.status === 'loading',
    unreadable: state.status === 'unreadable' ? state.evidence : null,
  };
}
