import * as z from 'zod/mini';
import { ContactProfileSchema } from '../core/contact';
import { boundedText, parseByType } from './schemas';

/** Popup → autofill content script in the active tab. */
const AUTOFILL_REQUESTS = {
  autofillProbe: z.object({ type: z.enum(['autofillProbe']) }),
  autofillFill: z.object({ type: z.enum(['autofillFill']), profile: ContactProfileSchema, mode: z.enum(['replace', 'emptyOnly']) }),
  autofillUndo: z.object({ type: z.enum(['autofillUndo']) }),
} as const;
export type AutofillRequest = z.infer<(typeof AUTOFILL_REQUESTS)[keyof typeof AUTOFILL_REQUESTS]>;

/** Parses a request to the autofill script; null for anything that is not one of ours, in full. */
export const parseAutofillRequest = (raw: unknown): AutofillRequest | null => parseByType(AUTOFILL_REQUESTS, raw);

/** Autofill content script → popup: what a frame found or changed. */
export const AutofillReportSchema = z.object({
  formFound: z.boolean(),
  portal: z.enum(['azure', 'm365', 'powerPlatform']),
  filled: z.array(boundedText(40)).check(z.maxLength(40)),
  skipped: z.array(boundedText(40)).check(z.maxLength(40)),
  canUndo: z.boolean(),
});
export type AutofillReport = z.infer<typeof AutofillReportSchema>;
