import { describeFirstResponse, firstResponse, SEVERITIES, type Severity } from '../core/severity';
import { t, tRef } from '../shared/i18n';

interface Props {
  severity: Severity;
  breakFix: boolean;
  onChange: (severity: Severity, breakFix: boolean) => void;
}

/** Severity with the first-response time beside each choice, so the partner sees what the choice promises. */
export function SeverityPicker({ severity, breakFix, onChange }: Props) {
  return (
    <fieldset class="picker" data-testid="severity-picker">
      <legend>{t('severityTitle')}</legend>
      <div class="severity-grid">
        {SEVERITIES.map((info) => (
          <label class={`choice severity${info.severity === severity ? ' selected' : ''}`} key={info.severity} title={t(info.meaning)}>
            <input type="radio" name="severity" value={info.severity} checked={info.severity === severity} onChange={() => onChange(info.severity, breakFix)} />
            <strong>
              {info.severity} · {tRef(describeFirstResponse(firstResponse(info.severity, breakFix)))}
            </strong>
            <span class="muted">{t(info.impact)}</span>
          </label>
        ))}
      </div>
      <label class="inline">
        <input type="checkbox" checked={!breakFix} onChange={(event) => onChange(severity, !event.currentTarget.checked)} />
        <span>{t('severityNotBreakFix')}</span>
      </label>
    </fieldset>
  );
}
