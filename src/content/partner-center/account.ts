import type { Route } from '../../core/route';
import type { TenantDomain, TenantId } from '../../core/tenant';
import { parentOf, textOf } from './dom';
import { firstLabelOnPage, labelsOnPage, valueNear } from './find-label';
import { ACCOUNT_INFO_SECTION, COMPANY_NAME, DOMAIN_NAME, MICROSOFT_ID, labelIndex } from './labels';
import type { PageReading } from './reading';
import { cleanName, domainExactly, domainIn, tenantIn } from './values';

const LABELS = labelIndex({ tenant: MICROSOFT_ID, domain: DOMAIN_NAME, company: COMPANY_NAME });
type Fact = 'tenant' | 'domain' | 'company';
const FACTS: readonly Fact[] = ['tenant', 'domain', 'company'];
/** Labels tried per fact before giving up on it: a page repeating "Domain" a thousand times costs little. */
const TRIES: Record<Fact, number> = { tenant: 20, domain: 20, company: 4 };
const SECTION_LABELS = labelIndex({ section: ACCOUNT_INFO_SECTION });

/**
 * The Account page: Microsoft ID and domain from "Customer account info", company name from "Company info".
 * Labels first (several languages); when no label is known, values are recognised by shape, but only
 * inside the customer-account section, so a GUID or domain elsewhere on the page is never taken.
 */
export function readAccount(root: Element, route: Route): PageReading {
  const evidence: string[] = [];
  const labelled = readLabelled(root, evidence);
  let pageTenant = labelled.tenant as TenantId | null;
  let domain = labelled.domain as TenantDomain | null;
  const company = labelled.company;

  if (!pageTenant || !domain) {
    const byShape = readSectionByShape(root);
    if (!pageTenant && byShape.tenant) {
      pageTenant = byShape.tenant;
      evidence.push('shape:guid');
    }
    if (!domain && byShape.domain) {
      domain = byShape.domain;
      evidence.push('shape:domain');
    }
  }

  // The URL is the durable signal. A different ID on the page means the page still shows another
  // customer (an in-app navigation whose data has not arrived): nothing on it belongs to this one.
  if (pageTenant && route.tenantId && pageTenant !== route.tenantId) {
    return { evidence: [...evidence, 'mismatch:tenant'], complete: false };
  }
  if (!pageTenant) evidence.push('missing:microsoftId');
  if (!domain) evidence.push('missing:domain');
  return {
    ...(domain ? { domain } : {}),
    ...(company ? { name: company } : {}),
    evidence,
    complete: Boolean(domain && pageTenant),
  };
}

/**
 * Each fact from the first of its labels whose neighbouring value has the fact's shape (a label with an
 * empty value is passed over). One walk for all three, ending as soon as each is found or given up on.
 */
function readLabelled(root: Element, evidence: string[]): Record<Fact, string | null> {
  const found: Record<Fact, string | null> = { tenant: null, domain: null, company: null };
  const via: Partial<Record<Fact, string>> = {};
  const tries = { ...TRIES };
  for (const hit of labelsOnPage(root, LABELS)) {
    if (found[hit.key] || tries[hit.key]-- <= 0) continue;
    const text = valueNear(hit);
    found[hit.key] = hit.key === 'tenant' ? tenantIn(text) : hit.key === 'domain' ? domainIn(text) : cleanName(text);
    if (found[hit.key]) via[hit.key] = `label:${hit.label}`;
    if (FACTS.every((fact) => found[fact] || tries[fact] <= 0)) break;
  }
  for (const fact of FACTS) if (via[fact]) evidence.push(via[fact]);
  return found;
}

/** Values under the "Customer account info" heading, up to the next heading, recognised by shape. */
function readSectionByShape(root: Element): { tenant: TenantId | null; domain: TenantDomain | null } {
  const found = { tenant: null as TenantId | null, domain: null as TenantDomain | null };
  const heading = firstLabelOnPage(root, SECTION_LABELS)?.box;
  const section = heading && parentOf(heading);
  if (!heading || !section) return found;
  const walker = root.ownerDocument.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  let afterHeading = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!afterHeading) {
      afterHeading = !heading.contains(node) && Boolean(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (!afterHeading) continue;
    }
    if (parentOf(node)?.closest('h1, h2, h3, h4, h5, h6, [role="heading"]')) break;
    const text = textOf(node, 300);
    found.tenant ??= tenantIn(text) && text.length <= 40 ? tenantIn(text) : null;
    found.domain ??= domainExactly(text);
    if (found.tenant && found.domain) break;
  }
  return found;
}
