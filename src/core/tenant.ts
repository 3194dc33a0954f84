/**
 * Identifiers a customer is known by. A TenantId or TenantDomain can only be made by these parsers,
 * so every URL builder downstream receives a value that was checked once, here.
 */
export type TenantId = string & { readonly __brand: 'TenantId' };
export type TenantDomain = string & { readonly __brand: 'TenantDomain' };

export type ParseFailure =
  | 'empty'
  | 'notGuid'
  | 'scheme'
  | 'path'
  | 'port'
  | 'userinfo'
  | 'query'
  | 'fragment'
  | 'whitespace'
  | 'control'
  | 'lookalike'
  | 'labelTooLong'
  | 'tooLong'
  | 'badCharacters'
  | 'hyphenEdge'
  | 'emptyLabel'
  | 'singleLabel'
  | 'numericTld';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export function parseTenantId(raw: string): Parsed<TenantId> {
  const trimmed = raw.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const match = GUID.exec(trimmed);
  if (!match?.[1] || trimmed.startsWith('{') !== trimmed.endsWith('}')) return { ok: false, reason: 'notGuid' };
  return { ok: true, value: match[1].toLowerCase() as TenantId };
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Minimal placeholder; replaced by the full parser (IDN, look-alikes, precise reasons). */
export function parseDomain(raw: string): Parsed<TenantDomain> {
  const value = raw.trim().toLowerCase().replace(/\.$/, '');
  if (!value) return { ok: false, reason: 'empty' };
  const labels = value.split('.');
  if (labels.length < 2) return { ok: false, reason: 'singleLabel' };
  if (!labels.every((label) => LABEL.test(label))) return { ok: false, reason: 'badCharacters' };
  return { ok: true, value: value as TenantDomain };
}

export type CustomerRef = { kind: 'tenant'; tenantId: TenantId } | { kind: 'domain'; domain: TenantDomain };

/** What a partner types into manual entry: a tenant GUID or a domain. */
export function parseCustomerRef(raw: string): Parsed<CustomerRef> {
  const tenant = parseTenantId(raw);
  if (tenant.ok) return { ok: true, value: { kind: 'tenant', tenantId: tenant.value } };
  const domain = parseDomain(raw);
  if (domain.ok) return { ok: true, value: { kind: 'domain', domain: domain.value } };
  return domain;
}
