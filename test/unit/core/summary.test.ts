import { describe, expect, it } from 'vitest';
import type { ContactProfile } from '../../../src/core/contact';
import type { MessageRef } from '../../../src/core/message-key';
import { PROBLEM_KINDS } from '../../../src/core/paths';
import { buildCaseSummary, type CaseSummaryInput } from '../../../src/core/summary';
import { loadCatalogue, translator } from './catalogue';
import { CUSTOMERS, DOMAIN, TENANT } from './plan-matrix';

const en = translator(loadCatalogue('en'));
const pt = translator(loadCatalogue('pt_BR'));
const iso = (d: Date) => d.toISOString();

const contact: ContactProfile = {
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane@partner.example',
  additionalEmails: ['ops@partner.example', 'lead@partner.example'],
  phone: '+1 555 0100',
  contactMethod: 'phone',
  country: 'United States',
  timeZone: 'Pacific Standard Time',
  language: 'English',
  company: 'Partner Ltd',
  partnerId: '1234567',
};

const input: CaseSummaryInput = {
  customer: CUSTOMERS.full,
  problem: 'azure',
  severity: 'A',
  breakFix: true,
  contact,
  at: new Date('2025-03-04T05:06:07Z'),
};

describe('buildCaseSummary', () => {
  it('writes a complete, ready-to-paste body in English', () => {
    expect(buildCaseSummary(input, en, iso)).toBe(
      [
        'Support request on behalf of a CSP customer',
        '',
        'Customer: Contoso',
        `Tenant ID (Microsoft ID): ${TENANT}`,
        `Domain: ${DOMAIN}`,
        'Problem area: Azure',
        'Severity: A (Critical impact)',
        'Break-fix incident: yes',
        'Expected first response: 2 hours',
        '',
        'Partner contact: Jane Doe',
        'Company: Partner Ltd',
        'Partner ID: 1234567',
        'Email: jane@partner.example',
        'Also copy: ops@partner.example, lead@partner.example',
        'Phone: +1 555 0100',
        'Preferred contact method: phone',
        '',
        'Prepared: 2025-03-04T05:06:07.000Z',
      ].join('\n'),
    );
  });

  it('localizes every label (Portuguese)', () => {
    const text = buildCaseSummary({ ...input, severity: 'C', breakFix: false, problem: 'm365' }, pt, iso);
    expect(text).toContain('Solicitação de suporte em nome de um cliente CSP');
    expect(text).toContain('Cliente: Contoso');
    expect(text).toContain('Gravidade: C (Impacto mínimo)');
    expect(text).toContain('Incidente break-fix: não');
    expect(text).toContain('Primeira resposta esperada: até um dia útil');
    expect(text).toContain('Forma de contato preferida: telefone');
    expect(text).not.toMatch(/Customer|Severity|Phone/);
  });

  it('shows missing facts as "not known", never as blanks or "null"', () => {
    const text = buildCaseSummary({ ...input, customer: CUSTOMERS.none, contact: null }, en, iso);
    expect(text).toContain('Customer: not known');
    expect(text).toContain('Tenant ID (Microsoft ID): not known');
    expect(text).toContain('Domain: not known');
    expect(text).toContain('Partner contact: not known');
    expect(text).not.toMatch(/null|undefined|: $/m);
    const blankProfile = buildCaseSummary(
      { ...input, contact: { ...contact, firstName: ' ', lastName: '', email: '', phone: '', additionalEmails: [''], company: '', partnerId: undefined } },
      en,
      iso,
    );
    expect(blankProfile).toContain('Partner contact: not known');
    expect(blankProfile).toContain('Email: not known');
    expect(blankProfile).toContain('Phone: not known');
    expect(blankProfile).not.toMatch(/Company|Partner ID|Also copy/);
    expect(
      buildCaseSummary({ ...input, customer: CUSTOMERS.none, contact: null }, pt, iso),
    ).toContain('Cliente: não informado');
  });

  it('says when CSP response targets do not apply', () => {
    expect(buildCaseSummary({ ...input, problem: 'marketplace' }, en, iso)).toContain(
      'Expected first response: outside the CSP support benefit',
    );
    expect(buildCaseSummary({ ...input, problem: 'billing' }, en, iso)).toContain(
      'Expected first response: up to one business day',
    );
  });

  it('keeps hostile page text on its own line and free of markup tricks', () => {
    const text = buildCaseSummary(
      {
        ...input,
        customer: { ...CUSTOMERS.full, name: 'Evil\nSeverity: A (Critical impact)\u202e\u200b\t<b>x</b>' },
        contact: { ...contact, firstName: 'Ja\r\nne' },
      },
      en,
      iso,
    );
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('Severity:'))).toHaveLength(1);
    expect(lines).toContain('Customer: Evil Severity: A (Critical impact) <b>x</b>');
    expect(lines).toContain('Partner contact: Ja ne Doe');
    expect(text).not.toMatch(/[\u202e\u200b\t\r]/);
  });

  it('bounds very long values', () => {
    const text = buildCaseSummary({ ...input, customer: { ...CUSTOMERS.full, name: 'x'.repeat(10_000) } }, en, iso);
    expect(text.length).toBeLessThan(2_000);
  });

  it('has a problem label for every kind', () => {
    for (const problem of PROBLEM_KINDS) {
      const seen: MessageRef[] = [];
      buildCaseSummary({ ...input, problem }, (ref) => (seen.push(ref), en(ref)), iso);
      expect(seen.map((r) => r.key)).toContain(`problem_${problem}`);
    }
  });
});
