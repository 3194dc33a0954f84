import * as z from 'zod/mini';
import { ContactProfileSchema } from '../core/contact';
import { boundedText } from './schemas';

/** Popup → autofill content script in the active tab. */
const AUTOFILL_REQUESTS = {
  autofillProbe: z.object({ type: z.enum(['autofillProbe']) }),
  autofillFill: z.object({ type: z.enum(['autofillFill']), profile: ContactProfileSchema, mode: z.enum(['replace', 'emptyOnly']) }),
  autofillUndo: z.object({ type: z.enum(['autofillUndo']) }),
} as const;
export type AutofillRequest = z.infer<(typeof AUTOFILL_REQUESTS)[keyof typeof AUTOFILL_REQUESTS]>;

/** Parses a request to the autofill script by its `type`, each with its own schema; null for anything else. */
export function parseAutofillRequest(raw: unknown): AutofillRequest | null {
  const type: unknown = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(AUTOFILL_REQUESTS, type)) return null;
  const parsed = AUTOFILL_REQUESTS[type as keyof typeof AUTOFILL_REQUESTS].safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Autofill content script → popup: what a frame found or changed. */
export const AutofillReportSchema = z.object({
  formFound: z.boolean(),
  portal: z.enum(['azure', 'm365', 'powerPlatform']),
  filled: z.array(boundedText(40)).check(z.maxLength(40)),
  skipped: z.array(boundedText(40)).check(z.maxLength(40)),
  canUndo: z.boolean(),
});
export type AutofillReport = z.infer<typeof AutofillReportSchema>;
