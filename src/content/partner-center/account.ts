import type { Route } from '../../core/route';
import type { TenantDomain, TenantId } from '../../core/tenant';
import { parentOf, textOf } from './dom';
import { findLabels, valueNear, type LabelHit } from './find-label';
import { ACCOUNT_INFO_SECTION, COMPANY_NAME, DOMAIN_NAME, MICROSOFT_ID, labelIndex } from './labels';
import type { PageReading } from './reading';
import { cleanName, domainExactly, domainIn, tenantIn } from './values';

const ID_LABELS = labelIndex(MICROSOFT_ID);
const DOMAIN_LABELS = labelIndex(DOMAIN_NAME);
const COMPANY_LABELS = labelIndex(COMPANY_NAME);
const SECTION_LABELS = labelIndex(ACCOUNT_INFO_SECTION);

/**
 * The Account page: Microsoft ID and domain from "Customer account info", company name from "Company info".
 * Labels first (several languages); when no label is known, values are recognised by shape, but only
 * inside the customer-account section, so a GUID or domain elsewhere on the page is never taken.
 */
export function readAccount(root: Element, route: Route): PageReading {
  const evidence: string[] = [];
  let pageTenant = firstValue(findLabels(root, ID_LABELS), tenantIn, evidence);
  let domain = firstValue(findLabels(root, DOMAIN_LABELS), domainIn, evidence);
  const company = firstValue(findLabels(root, COMPANY_LABELS, 4), cleanName, evidence);

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

/** The first label whose neighbouring value has the expected shape; a label with an empty value is passed over. */
function firstValue<T>(hits: LabelHit[], shape: (text: string | null) => T | null, evidence: string[]): T | null {
  for (const hit of hits) {
    const value = shape(valueNear(hit));
    if (value) {
      evidence.push(`label:${hit.label}`);
      return value;
    }
  }
  return null;
}

/** Values under the "Customer account info" heading, up to the next heading, recognised by shape. */
function readSectionByShape(root: Element): { tenant: TenantId | null; domain: TenantDomain | null } {
  const found = { tenant: null as TenantId | null, domain: null as TenantDomain | null };
  const heading = findLabels(root, SECTION_LABELS, 1)[0]?.box;
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
