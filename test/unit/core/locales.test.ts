import { describe, expect, it } from 'vitest';
import type { MessageRef } from '../../../src/core/message-key';
import {
  HELPDESK_AGENT_LABEL,
  PARTNER_ROLES,
  PROBLEM_KINDS,
  missingMessage,
  planSupportPath,
  problemLabel,
  roleLabel,
} from '../../../src/core/paths';
import { SEVERITIES, describeFirstResponse } from '../../../src/core/severity';
import { buildCaseSummary } from '../../../src/core/summary';
import { PARSE_FAILURES, parseFailureMessage } from '../../../src/core/tenant';
import { LOCALES, loadCatalogue, placeholderNames, substitutionCount, translator } from './catalogue';
import { CUSTOMERS, planInputs } from './plan-matrix';

const CORE_PREFIXES = /^(parseError|portal|link|severity|response|problem|role|plan|step|warn|escalate|summary)_/;

/** Every MessageRef the core can hand out, gathered from its whole input space. */
function producedRefs(): MessageRef[] {
  const refs: MessageRef[] = [];
  for (const input of planInputs()) {
    const plan = planSupportPath(input);
    refs.push(
      ...(plan.blocked ? [plan.blocked] : []),
      ...plan.steps,
      ...plan.warnings,
      ...plan.responseNotes,
      ...plan.escalation,
      ...(plan.primaryLink ? [plan.primaryLink.label] : []),
      ...plan.secondaryLinks.map((link) => link.label),
      ...plan.missing.map(missingMessage),
      describeFirstResponse(plan.firstResponse),
    );
  }
  refs.push(...PARSE_FAILURES.map(parseFailureMessage));
  refs.push(...SEVERITIES.flatMap((s) => [{ key: s.impact }, { key: s.meaning }]));
  refs.push(...PROBLEM_KINDS.map(problemLabel), ...PARTNER_ROLES.map(roleLabel), HELPDESK_AGENT_LABEL);
  refs.push(missingMessage('domain'), missingMessage('tenantId'));
  const en = translator(loadCatalogue('en'));
  const record = (ref: MessageRef) => (refs.push(ref), en(ref));
  for (const problem of PROBLEM_KINDS)
    for (const breakFix of [true, false])
      for (const contact of [null, { firstName: 'A', lastName: 'B', email: 'e', additionalEmails: ['x'], phone: 'p', contactMethod: 'email' as const, country: '', timeZone: '', language: '', company: 'C', partnerId: '1' }])
        for (const method of ['email', 'phone'] as const)
          for (const customer of Object.values(CUSTOMERS))
            buildCaseSummary(
              { customer, problem, severity: 'B', breakFix, contact: contact && { ...contact, contactMethod: method }, at: new Date(0) },
              record,
              (d) => d.toISOString(),
            );
  return refs;
}

/** One ref per distinct key and substitution count: the matrix repeats the same few hundred many times over. */
const refs = [...new Map(producedRefs().map((ref) => [`${ref.key}/${ref.subs?.length ?? 0}`, ref])).values()];
const producedKeys = new Set(refs.map((ref) => ref.key as string));
const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, loadCatalogue(locale)]));

describe.each(LOCALES)('%s catalogue', (locale) => {
  const catalogue = catalogues[locale] ?? {};

  it('has every key the core produces, taking exactly the substitutions the core passes', () => {
    for (const ref of refs) {
      const entry = catalogue[ref.key];
      expect(entry, ref.key).toBeDefined();
      expect(substitutionCount(entry!), ref.key).toBe(ref.subs?.length ?? 0);
    }
  });

  it('defines every $PLACEHOLDER$ a core message uses, and nothing else', () => {
    for (const key of producedKeys) {
      const entry = catalogue[key]!;
      const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
      expect(placeholderNames(entry.message).sort(), key).toEqual(defined);
    }
  });

  it('uses only [A-Za-z0-9_] in key names, with no two keys equal but for case', () => {
    const names = Object.keys(catalogue);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });
});

describe('the two catalogues agree on core keys', () => {
  const en = catalogues.en ?? {};
  const pt = catalogues.pt_BR ?? {};
  const coreKeys = Object.keys(en).filter((key) => CORE_PREFIXES.test(key));

  it('every core-prefixed key exists in both, with the same placeholders', () => {
    const ptCore = Object.keys(pt).filter((key) => CORE_PREFIXES.test(key));
    expect(ptCore.sort()).toEqual([...coreKeys].sort());
    for (const key of coreKeys) {
      expect(Object.keys(pt[key]!.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      expect(substitutionCount(pt[key]!), key).toBe(substitutionCount(en[key]!));
    }
  });

  it('every core-prefixed key is produced by the core (no orphans)', () => {
    const orphans = coreKeys.filter((key) => !producedKeys.has(key));
    expect(orphans).toEqual([]);
  });

  it('text is translated, not copied (product names aside)', () => {
    const productNames = new Set(['problem_azure', 'problem_m365', 'problem_dynamics', 'problem_ems']);
    const copied = coreKeys.filter((key) => !productNames.has(key) && en[key]!.message === pt[key]!.message);
    expect(copied).toEqual([]);
  });

  it('quotes the portal labels as each language shows them', () => {
    expect(en.step_azureAdditionalDetails?.message).toContain('“Cloud Solution Provider”');
    expect(pt.step_azureAdditionalDetails?.message).toContain('“Provedor de Soluções na Nuvem”');
    expect(en.step_azureSelectNewRequest?.message).toContain('“New support request”');
    expect(pt.step_azureSelectNewRequest?.message).toContain('“Nova solicitação de suporte”');
  });
});
