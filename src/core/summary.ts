/**
 * A plain-text case summary the partner pastes into the ticket body: who the customer is, what is wrong,
 * how urgent, and whom Microsoft should call back (the partner, never the customer).
 */
import type { ContactProfile } from './contact';
import { lazyPattern } from './first-use';
import type { MessageKey, MessageRef } from './message-key';
import { expectedFirstResponse, firstResponseApplies, problemLabel, type PlanCustomer, type ProblemKind } from './paths';
import { describeFirstResponse, severityInfo, type Severity } from './severity';

export interface CaseSummaryInput {
  customer: PlanCustomer;
  problem: ProblemKind;
  severity: Severity;
  breakFix: boolean;
  contact: ContactProfile | null;
  at: Date;
}

/** Page- and user-supplied text may carry line breaks, tabs or bidi controls that would forge or reorder lines. */
const UNSAFE_IN_LINE = lazyPattern(String.raw`[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}]+`, 'gu');
const MAX_VALUE = 300;

function clean(value: string): string {
  return value.replace(UNSAFE_IN_LINE(), ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE).trim();
}

export function buildCaseSummary(
  input: CaseSummaryInput,
  translate: (ref: MessageRef) => string,
  formatDate: (d: Date) => string,
): string {
  const notKnown = translate({ key: 'summary_notKnown' });
  const known = (value: string | null | undefined): string => {
    const text = value == null ? '' : clean(value);
    return text === '' ? notKnown : text;
  };
  const line = (key: MessageKey, value: string | null | undefined): string => translate({ key, subs: [known(value)] });
  const { customer, contact } = input;
  const severity = severityInfo(input.severity);
  const response = firstResponseApplies(input.problem)
    ? translate(describeFirstResponse(expectedFirstResponse(input.problem, input.severity, input.breakFix)))
    : translate({ key: 'summary_responseOutsideBenefit' });

  const lines = [
    translate({ key: 'summary_title' }),
    '',
    line('summary_customer', customer.name),
    line('summary_tenantId', customer.tenantId),
    line('summary_domain', customer.domain),
    line('summary_problem', translate(problemLabel(input.problem))),
    translate({ key: 'summary_severity', subs: [severity.severity, translate({ key: severity.impact })] }),
    line('summary_breakFix', translate({ key: input.breakFix ? 'summary_yes' : 'summary_no' })),
    line('summary_firstResponse', response),
    '',
    ...contactLines(contact, line, translate),
    '',
    line('summary_date', formatDate(input.at)),
  ];
  return lines.join('\n');
}

function contactLines(
  contact: ContactProfile | null,
  line: (key: MessageKey, value: string | null | undefined) => string,
  translate: (ref: MessageRef) => string,
): string[] {
  if (!contact) return [line('summary_contact', null)];
  const name = [contact.firstName, contact.lastName].map(clean).filter(Boolean).join(' ');
  const additional = contact.additionalEmails.map(clean).filter(Boolean).join(', ');
  return [
    line('summary_contact', name),
    ...(contact.company && clean(contact.company) ? [line('summary_company', contact.company)] : []),
    ...(contact.partnerId && clean(contact.partnerId) ? [line('summary_partnerId', contact.partnerId)] : []),
    line('summary_email', contact.email),
    ...(additional ? [line('summary_additionalEmails', additional)] : []),
    line('summary_phone', contact.phone),
    line(
      'summary_contactMethod',
      translate({ key: contact.contactMethod === 'phone' ? 'summary_methodPhone' : 'summary_methodEmail' }),
    ),
  ];
}
