import * as z from 'zod/mini';

/**
 * The partner's own contact details. Microsoft's support forms must carry these, never the customer's.
 * Fields follow the Azure support API's contact profile plus what the Microsoft 365 form asks.
 */
export const CONTACT_METHODS = ['email', 'phone'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

export const ContactProfileSchema = z.object({
  firstName: z.string().check(z.maxLength(100)),
  lastName: z.string().check(z.maxLength(100)),
  email: z.string().check(z.maxLength(254)),
  additionalEmails: z.array(z.string().check(z.maxLength(254))).check(z.maxLength(10)),
  phone: z.string().check(z.maxLength(40)),
  contactMethod: z.enum(CONTACT_METHODS),
  country: z.string().check(z.maxLength(60)),
  timeZone: z.string().check(z.maxLength(80)),
  language: z.string().check(z.maxLength(40)),
  company: optionalText(120),
  partnerId: optionalText(20),
});
export type ContactProfile = z.infer<typeof ContactProfileSchema>;

export const EMPTY_PROFILE: ContactProfile = {
  firstName: '',
  lastName: '',
  email: '',
  additionalEmails: [],
  phone: '',
  contactMethod: 'email',
  country: '',
  timeZone: '',
  language: '',
};

/** The profile keys a support form can receive. */
export type ProfileKey = Exclude<keyof ContactProfile, 'company' | 'partnerId'>;
