import type { Sighting } from '../../core/customer';
import type { Route } from '../../core/route';
import { readAccount } from './account';
import { readAdminRelationships } from './admin-relationships';
import { readCustomerList } from './customer-list';
import { readCustomerName } from './customer-name';
import { query } from './dom';
import type { PageReading } from './reading';
import { readServiceManagement } from './service-management';

export interface ReadOptions {
  /** The previous customer's name, right after a switch to another customer: the page may still show it. */
  staleName: string | null;
}

/** A busy indicator in view: data is on its way, whatever is on screen may be the previous route's. */
const BUSY = '[aria-busy="true"], [role="progressbar"]:not([hidden])';

/** Runs only the reader for this page kind, plus the name reader on customer pages. */
export function readPage(root: Element, route: Route, options: ReadOptions): PageReading {
  if (route.pageKind === 'customerList') return readCustomerList(root);
  if (!route.tenantId) return { evidence: [], complete: true };

  const page = READERS[route.pageKind]?.(root, route) ?? null;
  const title = readCustomerName(root);
  const evidence = ['url:tenant', ...(page?.evidence ?? [])];
  let name = title.name ?? page?.name;
  if (name && name === options.staleName) {
    name = undefined;
    evidence.push('stale:name');
  } else {
    evidence.push(...title.evidence);
  }
  const busy = query(root, BUSY) !== null;
  if (busy) evidence.push('busy');
  // Where the page kind has its own facts they decide; elsewhere the name is all there is to wait for.
  const complete = !busy && (page ? page.complete : Boolean(name));
  const { name: _pageName, ...pageFacts } = page ?? {};
  return { ...pageFacts, ...(name ? { name } : {}), evidence, complete };
}

/** Page kinds with facts of their own; on the others the customer's name is all there is to read. */
const READERS: Partial<Record<Route['pageKind'], (root: Element, route: Route) => PageReading>> = {
  account: readAccount,
  adminRelationships: readAdminRelationships,
  serviceManagement: readServiceManagement,
};

/** The message-ready sighting for a reading; bounded to what the worker's schema accepts. */
export function toSighting(route: Route, reading: PageReading | null, status: Sighting['status']): Sighting {
  return {
    tenantId: route.pageKind === 'customerList' ? (reading?.tenantId ?? null) : route.tenantId,
    pageKind: route.pageKind,
    status,
    name: reading?.name ?? null,
    domain: reading?.domain ?? null,
    admin: reading?.admin ?? null,
    candidates: reading?.candidates ?? [],
    evidence: (reading?.evidence ?? []).slice(0, 30).map((note) => note.slice(0, 200)),
  };
}
