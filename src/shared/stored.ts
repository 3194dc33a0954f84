import * as z from 'zod/mini';
import { ContactProfileSchema, EMPTY_PROFILE } from '../core/contact';
import { AccessSourceSchema, PageKindSchema, TenantDomainSchema, TenantIdSchema } from './schemas';
import type { StoredValue } from './storage';

/** Every value Support Path keeps, in one place, so what is stored (PRIVACY.md) can be read off this file. */

export const SettingsSchema = z.object({
  role: z.enum(['indirectProvider', 'indirectReseller', 'direct', 'advisor']),
  helpdeskAgent: z.boolean(),
  cloud: z.enum(['commercial', 'usgov']),
  autoFill: z.boolean(),
  memoryDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  role: 'indirectProvider',
  helpdeskAgent: false,
  cloud: 'commercial',
  autoFill: false,
  memoryDays: 30,
};

export const settingsValue: StoredValue<Settings> = {
  area: 'sync',
  key: 'settings',
  version: 1,
  schema: SettingsSchema,
  defaults: () => ({ ...DEFAULT_SETTINGS }),
};

export const profileValue: StoredValue<z.infer<typeof ContactProfileSchema>> = {
  area: 'sync',
  key: 'profile',
  version: 1,
  schema: ContactProfileSchema,
  defaults: () => ({ ...EMPTY_PROFILE, additionalEmails: [] }),
};

export const AdminAccessSchema = z.object({
  value: z.enum(['yes', 'no', 'unknown']),
  source: z.nullable(AccessSourceSchema),
  at: z.nullable(z.number()),
  roles: z.optional(z.array(z.string().check(z.maxLength(120)))),
});

export const CustomerSchema = z.object({
  tenantId: TenantIdSchema,
  name: z.nullable(z.string().check(z.maxLength(256))),
  domain: z.nullable(TenantDomainSchema),
  admin: AdminAccessSchema,
  lastSeen: z.number(),
});

/** What the pages taught us about each customer, keyed by tenant id; expires after settings.memoryDays. */
export const customersValue: StoredValue<Record<string, z.infer<typeof CustomerSchema>>> = {
  area: 'local',
  key: 'customers',
  version: 1,
  schema: z.record(z.string(), CustomerSchema),
  defaults: () => ({}),
};

export const TabStateSchema = z.object({
  tenantId: z.nullable(TenantIdSchema),
  pageKind: PageKindSchema,
  status: z.enum(['loading', 'ready', 'unreadable']),
  evidence: z.array(z.string().check(z.maxLength(200))),
  candidates: z.array(
    z.object({ name: z.string().check(z.maxLength(256)), tenantId: TenantIdSchema, domain: z.nullable(TenantDomainSchema) }),
  ),
  at: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** The customer each Partner Center tab shows now. Session storage: survives worker restarts, not the browser. */
export function tabStateValue(tabId: number): StoredValue<TabState | null> {
  return {
    area: 'session',
    key: `tab:${tabId}`,
    version: 1,
    schema: z.nullable(TabStateSchema),
    defaults: () => null,
  };
}

export const RecentCustomerSchema = z.object({
  tenantId: z.nullable(TenantIdSchema),
  domain: z.nullable(TenantDomainSchema),
  name: z.nullable(z.string().check(z.maxLength(256))),
  at: z.number(),
});
export type RecentCustomer = z.infer<typeof RecentCustomerSchema>;

export const RECENT_LIMIT = 10;

export const recentValue: StoredValue<RecentCustomer[]> = {
  area: 'local',
  key: 'recent',
  version: 1,
  schema: z.array(RecentCustomerSchema).check(z.maxLength(RECENT_LIMIT)),
  defaults: () => [],
};

/**
 * The last enterprise policy read from storage.managed (Firefox: policies.json "3rdparty"), already parsed.
 * Kept locally so every page can apply it at once; src/shared/managed.ts refreshes it in the background.
 */
export const ManagedPolicySchema = z.object({
  settings: z.partial(SettingsSchema),
  profile: z.partial(ContactProfileSchema),
  locked: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40)),
  /** Parts of the policy that were ignored, so the options page can say why. */
  problems: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(40)),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

export const EMPTY_POLICY: ManagedPolicy = { settings: {}, profile: {}, locked: [], problems: [] };

export const managedPolicyValue: StoredValue<ManagedPolicy> = {
  area: 'local',
  key: 'managedPolicy',
  version: 1,
  schema: ManagedPolicySchema,
  defaults: () => structuredClone(EMPTY_POLICY),
};

/**
 * Organisation presets the user deliberately changed in options: field → the preset (as JSON) they replaced.
 * A preset wins until the user changes that field; when the organisation publishes a new preset, it wins again.
 */
export const presetOverridesValue: StoredValue<Record<string, string>> = {
  area: 'sync',
  key: 'presetOverrides',
  version: 1,
  schema: z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(4000))),
  defaults: () => ({}),
};

/** The popup's last choices, so reopening it dozens of times a day starts where the partner left off. */
export const PopupPrefsSchema = z.object({
  problem: z.enum(['azure', 'm365', 'dynamics', 'ems', 'billing', 'billingDispute', 'marketplace', 'dynamicsLicensing', 'ownSubscription']),
  severity: z.enum(['A', 'B', 'C']),
  breakFix: z.boolean(),
});
export type PopupPrefs = z.infer<typeof PopupPrefsSchema>;

export const popupPrefsValue: StoredValue<PopupPrefs> = {
  area: 'local',
  key: 'popupPrefs',
  version: 1,
  schema: PopupPrefsSchema,
  defaults: () => ({ problem: 'azure', severity: 'B', breakFix: true }),
};
