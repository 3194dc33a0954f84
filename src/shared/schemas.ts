import * as z from 'zod/mini';
import { parseDomain, parseTenantId, type TenantDomain, type TenantId } from '../core/tenant';

/**
 * Schemas for the identifiers and enums that stored values and messages share. Message schemas live in
 * worker-messages.ts and autofill-messages.ts, so a page bundles only the messages it speaks.
 */

/** A tenant GUID that went through core's parser; the schema hands back the branded, normalized value. */
export const TenantIdSchema = z.pipe(
  z.string().check(z.maxLength(40)),
  z.transform((raw, ctx): TenantId => {
    const parsed = parseTenantId(raw);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: parsed.reason, input: raw });
    return z.NEVER;
  }),
);

export const TenantDomainSchema = z.pipe(
  z.string().check(z.maxLength(260)),
  z.transform((raw, ctx): TenantDomain => {
    const parsed = parseDomain(raw);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: parsed.reason, input: raw });
    return z.NEVER;
  }),
);

/** Text from a page or a form, capped so a hostile page cannot make a message or a stored value huge. */
export const boundedText = (max: number) => z.string().check(z.maxLength(max));

export const PageKindSchema = z.enum([
  'account',
  'customerList',
  'adminRelationships',
  'serviceManagement',
  'serviceRequests',
  'customerOther',
  'other',
]);

export const AccessSourceSchema = z.enum(['gdapActive', 'gdapNone', 'delegatedAdminLinks', 'noDelegatedAdminLinks', 'user']);

/**
 * Parses a message by its `type`, each type with its own schema; null for anything else. A plain dispatch
 * rather than zod's discriminated union keeps that union's code out of the chunk every extension page shares.
 */
export function parseByType<Schemas extends Record<string, z.ZodMiniType>>(schemas: Schemas, raw: unknown): z.infer<Schemas[keyof Schemas]> | null {
  const type: unknown = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return null;
  const parsed = schemas[type]!.safeParse(raw);
  return parsed.success ? (parsed.data as z.infer<Schemas[keyof Schemas]>) : null;
}
