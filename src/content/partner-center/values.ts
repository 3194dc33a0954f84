import { parseDomain, parseTenantId, type TenantDomain, type TenantId } from '../../core/tenant';

const GUID_IN_TEXT = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;

/** The tenant GUID within a short text ("4a22… Copy"), if exactly one shape is there to read. */
export function tenantIn(text: string | null): TenantId | null {
  const match = text ? GUID_IN_TEXT.exec(text) : null;
  if (!match) return null;
  const parsed = parseTenantId(match[0]);
  return parsed.ok ? parsed.value : null;
}

/** A domain value: the first word of the text that core's strict parser accepts ("contoso.com Copy" → contoso.com). */
export function domainIn(text: string | null): TenantDomain | null {
  if (!text) return null;
  for (const word of text.split(' ').slice(0, 4)) {
    if (!word.includes('.')) continue;
    const parsed = parseDomain(word);
    if (parsed.ok) return parsed.value;
  }
  return null;
}

/** The whole text is one domain and nothing else: the test for a value recognised by shape alone. */
export function domainExactly(text: string): TenantDomain | null {
  if (!text.includes('.') || text.includes(' ')) return null;
  const parsed = parseDomain(text);
  return parsed.ok ? parsed.value : null;
}

const MAX_NAME = 256;

/** A customer name as plain text, folded and bounded; never parsed as markup. */
export function cleanName(text: string | null): string | null {
  const folded = text?.replace(/\s+/g, ' ').trim() ?? '';
  if (!folded) return null;
  return folded.length > MAX_NAME ? folded.slice(0, MAX_NAME) : folded;
}
