import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ContactProfile } from '../core/contact';
import { AutofillReportSchema, type AutofillReport, type AutofillRequest } from '../shared/autofill-messages';
import { t, type MessageKey } from '../shared/i18n';

/** Asks the active tab's support form, through our autofill content script, and parses what it answers. */
async function askForm(tabId: number, request: AutofillRequest): Promise<AutofillReport | null> {
  try {
    const parsed = AutofillReportSchema.safeParse(await browser.tabs.sendMessage(tabId, request));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // No autofill script on this page: not a supported portal.
  }
}

const fieldName = (key: string) => t(`fillField_${key}` as MessageKey) || key;

export function hasContactDetails(profile: ContactProfile | null): profile is ContactProfile {
  return !!profile && profile.email.trim() !== '' && (profile.firstName.trim() !== '' || profile.lastName.trim() !== '');
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'filled'; report: AutofillReport } | { kind: 'undone' } | { kind: 'failed' };

/** "Fill my contact details": shown only when the active tab holds a support form we can fill. */
export function FillButton({ tabId, profile }: { tabId: number; profile: ContactProfile | null }) {
  const [probe, setProbe] = useState<AutofillReport | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    void askForm(tabId, { type: 'autofillProbe' }).then(setProbe);
  }, [tabId]);

  if (!probe?.formFound) return null;
  if (!hasContactDetails(profile)) {
    return (
      <section class="card fill" aria-labelledby="fill-title" data-testid="fill-needs-profile">
        <h2 id="fill-title">{t('fillTitle')}</h2>
        <p>{t('fillNeedsProfile')}</p>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('fillOpenOptions')}
        </button>
      </section>
    );
  }

  const fill = async () => {
    setStatus({ kind: 'working' });
    const report = await askForm(tabId, { type: 'autofillFill', profile, mode: 'replace' });
    setStatus(report ? { kind: 'filled', report } : { kind: 'failed' });
  };
  const undo = async () => {
    const report = await askForm(tabId, { type: 'autofillUndo' });
    setStatus(report ? { kind: 'undone' } : { kind: 'failed' });
  };

  return (
    <section class="card fill" aria-labelledby="fill-title">
      <h2 id="fill-title">{t('fillTitle')}</h2>
      <p class="muted">{t('fillExplain')}</p>
      <button type="button" class="primary" data-testid="fill-button" disabled={status.kind === 'working'} onClick={() => void fill()}>
        {t('fillButton')}
      </button>
      <div role="status" data-testid="fill-status">
        {status.kind === 'filled' && (
          <>
            <p>{status.report.filled.length ? t('fillDone', status.report.filled.map(fieldName).join(', ')) : t('fillNothing')}</p>
            {status.report.skipped.length > 0 && <p class="muted">{t('fillSkipped', status.report.skipped.map(fieldName).join(', '))}</p>}
            {status.report.canUndo && (
              <button type="button" class="secondary" data-testid="undo-button" onClick={() => void undo()}>
                {t('fillUndo')}
              </button>
            )}
          </>
        )}
        {status.kind === 'undone' && <p>{t('fillUndone')}</p>}
        {status.kind === 'failed' && <p class="error">{t('fillFailed')}</p>}
      </div>
    </section>
  );
}
