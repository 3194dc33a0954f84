import type { ContactProfile } from '../core/contact';
import type { ProblemKind } from '../core/paths';
import type { Severity } from '../core/severity';
import { buildCaseSummary } from '../core/summary';
import { t, tRef, uiLanguage } from '../shared/i18n';
import { CopyButton } from './CopyButton';
import type { CustomerIdentity } from './recent';

interface Props {
  customer: CustomerIdentity;
  problem: ProblemKind;
  severity: Severity;
  breakFix: boolean;
  contact: ContactProfile | null;
}

/** A ready-to-paste ticket body in the partner's language; the date is taken when the popup renders. */
export function CopySummary({ customer, problem, severity, breakFix, contact }: Props) {
  const format = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  const text = buildCaseSummary({ customer, problem, severity, breakFix, contact, at: new Date() }, tRef, (date) => format.format(date));
  return (
    <div class="summary-row" data-testid="copy-summary">
      <span>{t('summaryCopyLabel')}</span>
      <CopyButton value={text} label={t('summaryCopyLabel')} doneKey="summaryCopied" />
    </div>
  );
}
