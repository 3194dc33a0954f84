import * as z from 'zod/mini';
import { ContactProfileSchema, CONTACT_METHODS, type ContactMethod, type ContactProfile } from '../core/contact';
import type { MessageKey } from '../shared/i18n';

/**
 * The profile as the form edits it (every field a string), and the stricter rules a person gets told about.
 * Storage only checks shapes and lengths; these rules catch typing mistakes before they reach a support form.
 */
export interface ProfileDraft {
  firstName: string;
  lastName: string;
  email: string;
  additionalEmails: string;
  phone: string;
  contactMethod: ContactMethod;
  country: string;
  timeZone: string;
  language: string;
  company: string;
  partnerId: string;
}
export type DraftField = keyof ProfileDraft;
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

export const MAX_ADDITIONAL_EMAILS = 10;

// Deliberately loose: one @, a dot in the domain, no spaces. The mail server is the real judge.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARACTERS = /^\+?[0-9 ()\-.]+$/;
const MIN_PHONE_DIGITS = 6;

const err = (key: MessageKey) => ({ error: key });
const required = z.string().check(z.minLength(1, err('optionsErrorRequired')));
const additionalEmail = z.string().check(z.maxLength(254, err('optionsErrorTooLong')), z.regex(EMAIL_SHAPE, err('optionsErrorAdditionalEmails')));

const FormSchema = z
  .object({
    firstName: required.check(z.maxLength(100, err('optionsErrorTooLong'))),
    lastName: required.check(z.maxLength(100, err('optionsErrorTooLong'))),
    email: required.check(z.maxLength(254, err('optionsErrorTooLong')), z.regex(EMAIL_SHAPE, err('optionsErrorEmail'))),
    additionalEmails: z
      .array(additionalEmail)
      .check(z.maxLength(MAX_ADDITIONAL_EMAILS, err('optionsErrorTooManyEmails'))),
    phone: z.string().check(
      z.maxLength(40, err('optionsErrorTooLong')),
      z.refine((phone) => phone === '' || (PHONE_CHARACTERS.test(phone) && countDigits(phone) >= MIN_PHONE_DIGITS), err('optionsErrorPhone')),
    ),
    contactMethod: z.enum(CONTACT_METHODS),
    country: z.string().check(z.maxLength(60, err('optionsErrorTooLong'))),
    timeZone: z.string().check(z.refine((zone) => zone === '' || isTimeZone(zone), err('optionsErrorTimeZone'))),
    language: z.string().check(z.maxLength(40, err('optionsErrorTooLong'))),
    company: z.string().check(z.maxLength(120, err('optionsErrorTooLong'))),
    partnerId: z.string().check(z.regex(/^\d{0,20}$/, err('optionsErrorPartnerId'))),
  })
  .check(
    z.refine((profile) => profile.contactMethod !== 'phone' || profile.phone !== '', {
      ...err('optionsErrorPhoneRequired'),
      path: ['phone'],
    }),
  );

export function toDraft(profile: ContactProfile): ProfileDraft {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    email: profile.email,
    additionalEmails: profile.additionalEmails.join(', '),
    phone: profile.phone,
    contactMethod: profile.contactMethod,
    country: profile.country,
    timeZone: profile.timeZone,
    language: profile.language,
    company: profile.company ?? '',
    partnerId: profile.partnerId ?? '',
  };
}

export function splitEmails(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}

export type Validated = { ok: true; profile: ContactProfile } | { ok: false; errors: DraftErrors };

/**
 * Checks a draft the way a person should be told about it: one message per field, in the user's language.
 * Fields in `skip` (locked by the organisation) cannot be corrected here, so they never block saving.
 */
export function validateDraft(draft: ProfileDraft, skip: ReadonlySet<string> = new Set()): Validated {
  const trimmed = Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
  ) as unknown as ProfileDraft;
  const candidate = { ...trimmed, additionalEmails: splitEmails(trimmed.additionalEmails) };
  const parsed = FormSchema.safeParse(candidate);
  const errors: DraftErrors = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0] as DraftField | undefined;
    if (field && !skip.has(field) && !errors[field]) errors[field] = issue.message as MessageKey;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { company, partnerId, ...rest } = candidate;
  const profile = ContactProfileSchema.parse({
    ...rest,
    ...(company ? { company } : {}),
    ...(partnerId ? { partnerId } : {}),
  });
  return { ok: true, profile };
}

function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
