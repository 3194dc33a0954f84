import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContactProfileSchema, EMPTY_PROFILE } from '../../../src/core/contact';
import { splitEmails, toDraft, validateDraft, type ProfileDraft } from '../../../src/options/profile-form';

const VALID: ProfileDraft = {
  firstName: 'Ana',
  lastName: 'Souza',
  email: 'ana@fabrikam.com.br',
  additionalEmails: 'suporte@fabrikam.com.br; noc@fabrikam.com.br',
  phone: '+55 (11) 4000-1234',
  contactMethod: 'email',
  country: 'Brazil',
  timeZone: 'America/Sao_Paulo',
  language: 'pt-BR',
  company: 'Fabrikam',
  partnerId: '1234567',
};

describe('profile form validation', () => {
  it('accepts a complete profile and turns it into the stored shape', () => {
    const result = validateDraft(VALID);
    expect(result).toEqual({
      ok: true,
      profile: { ...VALID, additionalEmails: ['suporte@fabrikam.com.br', 'noc@fabrikam.com.br'] },
    });
  });

  it('trims what was typed and leaves optional fields out when empty', () => {
    const result = validateDraft({ ...VALID, firstName: '  Ana ', company: ' ', partnerId: '' });
    expect(result.ok && result.profile.firstName).toBe('Ana');
    expect(result.ok && 'company' in result.profile).toBe(false);
    expect(result.ok && 'partnerId' in result.profile).toBe(false);
  });

  it.each<[Partial<ProfileDraft>, keyof ProfileDraft, string]>([
    [{ firstName: ' ' }, 'firstName', 'optionsErrorRequired'],
    [{ lastName: '' }, 'lastName', 'optionsErrorRequired'],
    [{ email: '' }, 'email', 'optionsErrorRequired'],
    [{ email: 'ana.fabrikam.com' }, 'email', 'optionsErrorEmail'],
    [{ email: 'ana@fabrikam' }, 'email', 'optionsErrorEmail'],
    [{ email: 'ana @fabrikam.com' }, 'email', 'optionsErrorEmail'],
    [{ additionalEmails: 'ok@x.com, not-an-address' }, 'additionalEmails', 'optionsErrorAdditionalEmails'],
    [{ additionalEmails: Array.from({ length: 11 }, (_, i) => `p${i}@x.com`).join(';') }, 'additionalEmails', 'optionsErrorTooManyEmails'],
    [{ phone: 'call me' }, 'phone', 'optionsErrorPhone'],
    [{ phone: '12-34' }, 'phone', 'optionsErrorPhone'],
    [{ phone: '', contactMethod: 'phone' }, 'phone', 'optionsErrorPhoneRequired'],
    [{ partnerId: '12a4' }, 'partnerId', 'optionsErrorPartnerId'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'optionsErrorTimeZone'],
    [{ firstName: 'x'.repeat(101) }, 'firstName', 'optionsErrorTooLong'],
  ])('refuses %o with a message on %s', (change, field, message) => {
    const result = validateDraft({ ...VALID, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ [field]: message });
  });

  it('accepts phone preferred when a phone is given, and no phone when email is preferred', () => {
    expect(validateDraft({ ...VALID, contactMethod: 'phone' }).ok).toBe(true);
    expect(validateDraft({ ...VALID, phone: '' }).ok).toBe(true);
  });

  it('reports one message per field, for every bad field at once', () => {
    const result = validateDraft({ ...VALID, firstName: '', email: 'x', partnerId: 'abc' });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['email', 'firstName', 'partnerId']);
  });

  it('does not block saving on fields the organisation locked', () => {
    expect(validateDraft({ ...VALID, email: '' }, new Set(['email'])).ok).toBe(true);
  });

  it('splits additional emails on commas, semicolons and spaces', () => {
    expect(splitEmails(' a@x.com;b@x.com , c@x.com\nd@x.com;; ')).toEqual(['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']);
  });

  it('round-trips: whatever it accepts, the stored schema accepts and the form shows again unchanged', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ' -]{1,30}$/).filter((s) => s.trim() === s && s.length > 0);
    const email = fc.tuple(fc.stringMatching(/^[a-z0-9._%+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,15}$/)).map(([u, d]) => `${u}@${d}.com`);
    fc.assert(
      fc.property(word, word, email, fc.array(email, { maxLength: 10 }), fc.constantFrom('email', 'phone'), (first, last, primary, extra, method) => {
        const draft = { ...toDraft(EMPTY_PROFILE), firstName: first, lastName: last, email: primary, additionalEmails: extra.join(', '), contactMethod: method as 'email' | 'phone', phone: '+1 425 555 0100' };
        const result = validateDraft(draft);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(ContactProfileSchema.safeParse(result.profile).success).toBe(true);
        expect(toDraft(result.profile)).toEqual(draft);
      }),
      { numRuns: 100 },
    );
  });
});
