import { describe, expect, it } from 'vitest';
import { keyForLabel } from '../../../src/content/autofill/match';

describe('keyForLabel: labels in several languages', () => {
  it.each([
    ['First name', 'firstName'],
    ['Given name', 'firstName'],
    ['Nome', 'firstName'],
    ['Nome *', 'firstName'],
    ['Primeiro nome', 'firstName'],
    ['Prénom', 'firstName'],
    ['Vorname', 'firstName'],
    ['Last name', 'lastName'],
    ['Surname', 'lastName'],
    ['Sobrenome', 'lastName'],
    ['Apellidos', 'lastName'],
    ['Nom', 'lastName'],
    ['Nachname', 'lastName'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Primary email', 'email'],
    ['Email principal', 'email'],
    ['Correo electrónico', 'email'],
    ['Courriel', 'email'],
    ['Additional email for notification', 'additionalEmails'],
    ['Additional emails', 'additionalEmails'],
    ['Email CC', 'additionalEmails'],
    ['E-mails adicionais', 'additionalEmails'],
    ['Emails adicionais para notificação', 'additionalEmails'],
    ['Correos electrónicos adicionales', 'additionalEmails'],
    ['Phone', 'phone'],
    ['Contact phone', 'phone'],
    ['Telefone', 'phone'],
    ['Teléfono', 'phone'],
    ['Téléphone', 'phone'],
    ['Preferred contact method', 'contactMethod'],
    ['Método de contato preferencial', 'contactMethod'],
    ['Método de contacto preferido', 'contactMethod'],
    ['Country/region', 'country'],
    ['País/região', 'country'],
    ['Pays/région', 'country'],
    ['Preferred support time zone', 'timeZone'],
    ['Fuso horário', 'timeZone'],
    ['Zona horaria', 'timeZone'],
    ['Preferred support language', 'language'],
    ['Idioma de suporte', 'language'],
    ['Langue de support', 'language'],
    ['Support plan', 'supportPlan'],
    ['Plano de suporte', 'supportPlan'],
    ['contact first name', 'firstName'],
  ])('%s → %s', (label, key) => {
    expect(keyForLabel(label)).toBe(key);
  });

  it.each([
    'Company name',
    'Nome da empresa',
    'Nome de exibição',
    'Display name',
    'Search resources, services, and docs',
    'Description',
    'Descrição',
    'Subscription',
    '',
    'Telephony settings',
  ])('%j names no contact field', (label) => {
    expect(keyForLabel(label)).toBeNull();
  });

  it('never reads an additional email as the primary one, nor a last name as the first', () => {
    expect(keyForLabel('Additional email address (optional)')).toBe('additionalEmails');
    expect(keyForLabel('Email address')).toBe('email');
    expect(keyForLabel('Sobrenome')).not.toBe('firstName');
    expect(keyForLabel('Contact last name')).toBe('lastName');
  });
});
