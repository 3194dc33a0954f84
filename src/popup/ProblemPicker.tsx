import type { ProblemKind } from '../core/paths';
import { problemLabel } from '../core/paths';
import { t, tRef, type MessageKey } from '../shared/i18n';

/** The choices a partner sees, grouped the way they think about the problem; each is a labelled radio. */
const GROUPS: ReadonlyArray<{ legend: MessageKey; kinds: ProblemKind[] }> = [
  { legend: 'pickerGroupTechnical', kinds: ['azure', 'm365', 'dynamics', 'ems'] },
  { legend: 'pickerGroupBilling', kinds: ['billing', 'billingDispute', 'dynamicsLicensing'] },
  { legend: 'pickerGroupOther', kinds: ['marketplace', 'ownSubscription'] },
];

export function ProblemPicker({ value, onChange }: { value: ProblemKind; onChange: (kind: ProblemKind) => void }) {
  return (
    <fieldset class="picker" data-testid="problem-picker">
      <legend>{t('pickerTitle')}</legend>
      {GROUPS.map((group) => (
        <div class="picker-group" role="group" aria-label={t(group.legend)} key={group.legend}>
          {group.kinds.map((kind) => (
            <label class={`choice${kind === value ? ' selected' : ''}`} key={kind}>
              <input type="radio" name="problem" value={kind} checked={kind === value} onChange={() => onChange(kind)} />
              <span>{tRef(problemLabel(kind))}</span>
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
