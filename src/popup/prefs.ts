import * as z from 'zod/mini';
import type { StoredValue } from '../shared/storage';

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
