import { describe, expect, it } from 'vitest';
import type { ContactProfile } from '../../../src/core/contact';
import { profileFromJson, profileToJson } from '../../../src/options/transfer';

const PROFILE: ContactProfile = {
  firstName: 'Ana',
  lastName: 'Souza',
  email: 'ana@fabrikam.com.br',
  additionalEmails: ['noc@fabrikam.com.br'],
  phone: '+55 11 4000 1234',
  contactMethod: 'phone',
  country: 'Brazil',
  timeZone: 'America/Sao_Paulo',
  language: 'pt-BR',
  partnerId: '1234567',
};

describe('profile export and import', () => {
  it('reads back exactly what it exported', () => {
    expect(profileFromJson(profileToJson(PROFILE))).toEqual({ ok: true, profile: PROFILE });
  });

  it('accepts a bare profile object too', () => {
    expect(profileFromJson(JSON.stringify(PROFILE))).toEqual({ ok: true, profile: PROFILE });
  });

  it.each([
    ['text that is not JSON', 'first name: Ana', 'optionsImportNotJson'],
    ['an empty file', '', 'optionsImportNotJson'],
    ['another JSON document', '{"hello": "world"}', 'optionsImportInvalid'],
    ['a list', '[1, 2]', 'optionsImportInvalid'],
    ['a profile with a wrong field type', JSON.stringify({ ...PROFILE, additionalEmails: 'noc@x.com' }), 'optionsImportInvalid'],
    ['a profile the form would refuse', JSON.stringify({ ...PROFILE, email: 'not an address' }), 'optionsImportInvalid'],
    ['a huge file', JSON.stringify({ ...PROFILE, padding: 'x'.repeat(70_000) }), 'optionsImportInvalid'],
    ['a future format', JSON.stringify({ format: 'support-path-profile', version: 2, profile: PROFILE }), 'optionsImportInvalid'],
  ])('refuses %s with a reason', (_, text, error) => {
    expect(profileFromJson(text)).toEqual({ ok: false, error });
  });
});
