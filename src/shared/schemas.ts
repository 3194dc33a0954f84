import * as z from 'zod/mini';
import { parseDomain, parseTenantId, type TenantDomain, type TenantId } from '../core/tenant';
import { ContactProfileSchema } from '../core/contact';

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

const boundedText = (max: number) => z.string().check(z.maxLength(max));

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

export const SightingSchema = z.object({
  tenantId: z.nullable(TenantIdSchema),
  pageKind: PageKindSchema,
  status: z.enum(['loading', 'ready', 'unreadable']),
  name: z.nullable(boundedText(256)),
  domain: z.nullable(TenantDomainSchema),
  admin: z.nullable(
    z.object({
      value: z.enum(['yes', 'no']),
      source: AccessSourceSchema,
      roles: z.optional(z.array(boundedText(120)).check(z.maxLength(50))),
    }),
  ),
  candidates: z
    .array(z.object({ name: boundedText(256), tenantId: TenantIdSchema, domain: z.nullable(TenantDomainSchema) }))
    .check(z.maxLength(200)),
  evidence: z.array(boundedText(200)).check(z.maxLength(30)),
});

/** Content script (Partner Center tab) → service worker. */
export const SightingMessageSchema = z.object({ type: z.literal('sighting'), sighting: SightingSchema });

/** Popup → service worker: the partner corrects what the pages said about admin access. */
export const SetAdminOverrideSchema = z.object({
  type: z.literal('setAdminOverride'),
  tenantId: TenantIdSchema,
  value: z.nullable(z.enum(['yes', 'no'])),
});

export const WorkerMessageSchema = z.discriminatedUnion('type', [SightingMessageSchema, SetAdminOverrideSchema]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;

/** Popup → autofill content script in the active tab. */
export const AutofillRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('autofillProbe') }),
  z.object({ type: z.literal('autofillFill'), profile: ContactProfileSchema, mode: z.enum(['replace', 'emptyOnly']) }),
  z.object({ type: z.literal('autofillUndo') }),
]);
export type AutofillRequest = z.infer<typeof AutofillRequestSchema>;

/** Autofill content script → popup: what a frame found or changed. */
export const AutofillReportSchema = z.object({
  formFound: z.boolean(),
  portal: z.enum(['azure', 'm365', 'powerPlatform']),
  filled: z.array(boundedText(40)).check(z.maxLength(40)),
  skipped: z.array(boundedText(40)).check(z.maxLength(40)),
  canUndo: z.boolean(),
});
export type AutofillReport = z.infer<typeof AutofillReportSchema>;
