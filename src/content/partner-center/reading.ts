import type { CustomerCandidate, Sighting } from '../../core/customer';
import type { TenantDomain, TenantId } from '../../core/tenant';

/**
 * What one reader found on the page. Facts it could not find are left out; `complete` says whether
 * the page showed everything this page kind promises, so the watcher can stop waiting.
 */
export interface PageReading {
  /** Only the customer list names a tenant the URL does not carry. */
  tenantId?: TenantId | null;
  name?: string;
  domain?: TenantDomain;
  admin?: NonNullable<Sighting['admin']>;
  candidates?: CustomerCandidate[];
  /** Short, non-localized codes: 'label:Domain name', 'shape:guid', 'row:aria-selected', 'missing:domain'. */
  evidence: string[];
  complete: boolean;
}
