import * as z from 'zod/mini';
import { AccessSourceSchema, PageKindSchema, TenantDomainSchema, TenantIdSchema, boundedText, parseByType } from './schemas';

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
export const SightingMessageSchema = z.object({ type: z.enum(['sighting']), sighting: SightingSchema });

/** Popup → service worker: the partner corrects what the pages said about admin access. */
export const SetAdminOverrideSchema = z.object({
  type: z.enum(['setAdminOverride']),
  tenantId: TenantIdSchema,
  value: z.nullable(z.enum(['yes', 'no'])),
});

const WORKER_MESSAGES = { sighting: SightingMessageSchema, setAdminOverride: SetAdminOverrideSchema } as const;
export type WorkerMessage = z.infer<(typeof WORKER_MESSAGES)[keyof typeof WORKER_MESSAGES]>;

/** Parses a message to the worker; null for anything that is not one of ours, in full. */
export const parseWorkerMessage = (raw: unknown): WorkerMessage | null => parseByType(WORKER_MESSAGES, raw);
