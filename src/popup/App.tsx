import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { UNKNOWN_ACCESS, type AdminAccess, type Customer } from '../core/customer';
import { planSupportPath } from '../core/paths';
import { t } from '../shared/i18n';
import { loadEffectiveProfile, loadEffectiveSettings } from '../shared/managed';
import { popupPrefsValue, recentValue } from '../shared/stored';
import { CopySummary } from './CopySummary';
import { CustomerCard, CustomerCardLoading } from './CustomerCard';
import { FillButton } from './FillButton';
import { ManualEntry } from './ManualEntry';
import { PlanView } from './PlanView';
import { ProblemPicker } from './ProblemPicker';
import { forgetRecent, rememberRecent, type CustomerIdentity } from './recent';
import { SeverityPicker } from './SeverityPicker';
import { useActiveTab } from './useActiveTab';
import { useEffective } from './useEffective';
import { useStored } from './useStored';

/** The customer the popup plans for: the one the tab shows, or one the partner typed or picked. */
interface Subject {
  identity: CustomerIdentity;
  admin: AdminAccess;
  refreshing: boolean;
  unreadable: string[] | null;
  detected: boolean;
}

/** A customer typed by hand is completed from memory when the pages already showed it. */
function completeFromMemory(identity: CustomerIdentity, customers: Record<string, Customer>): { identity: CustomerIdentity; admin: AdminAccess } {
  const known = Object.values(customers).find(
    (c) => (identity.tenantId !== null && c.tenantId === identity.tenantId) || (identity.domain !== null && c.domain === identity.domain),
  );
  if (!known) return { identity, admin: UNKNOWN_ACCESS };
  return { identity: { tenantId: known.tenantId, domain: known.domain ?? identity.domain, name: known.name ?? identity.name }, admin: known.admin };
}

const LOADING_HINT_AFTER_MS = 4000;

export function App() {
  const { tabId, view, customers, ready } = useActiveTab();
  // Who the customer is comes first; everything else is read once that is decided.
  const settings = useEffective(loadEffectiveSettings, ready);
  const profile = useEffective(loadEffectiveProfile, ready);
  const [prefs, setPrefs] = useStored(popupPrefsValue, ready);
  const [recent, setRecent] = useStored(recentValue, ready);
  const [manual, setManual] = useState<CustomerIdentity | null>(null);
  const [manualOverride, setManualOverride] = useState<'yes' | 'no' | null>(null);
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), LOADING_HINT_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  let subject: Subject | null = null;
  if (view.kind === 'customer') {
    const { customer } = view;
    subject = {
      identity: { tenantId: customer.tenantId, domain: customer.domain, name: customer.name },
      admin: customer.admin,
      refreshing: view.refreshing,
      unreadable: view.unreadable,
      detected: true,
    };
  } else if (manual) {
    const completed = completeFromMemory(manual, customers);
    const admin = manualOverride ? { value: manualOverride, source: 'user' as const, at: null } : completed.admin;
    subject = { identity: completed.identity, admin, refreshing: false, unreadable: null, detected: false };
  }

  const subjectKey = subject ? `${subject.identity.tenantId}|${subject.identity.domain}|${subject.identity.name}` : '';
  useEffect(() => {
    if (subject && recent) setRecent(rememberRecent(recent, subject.identity, Date.now()));
  }, [subjectKey, recent === null]);

  const overrideAdmin = (value: 'yes' | 'no' | null) => {
    if (subject?.detected && subject.identity.tenantId) {
      void browser.runtime.sendMessage({ type: 'setAdminOverride', tenantId: subject.identity.tenantId, value });
    } else setManualOverride(value);
  };
  const chooseManual = (identity: CustomerIdentity) => {
    setManualOverride(null);
    setManual(identity);
  };

  return (
    <>
      <header class="top">
        <h1>{t('extShortName')}</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {ready && tabId !== null && <FillButton tabId={tabId} profile={profile} />}
      {view.kind === 'loading' && !manual ? (
        <CustomerCardLoading slow={slow} />
      ) : subject ? (
        <CustomerCard
          customer={subject.identity}
          admin={subject.admin}
          refreshing={subject.refreshing}
          unreadable={subject.unreadable}
          onAdminOverride={overrideAdmin}
          {...(subject.detected ? {} : { onChange: () => setManual(null) })}
        />
      ) : (
        <>
          {view.kind === 'noCustomer' && <p class="muted" data-testid="no-customer">{t('popupNoCustomer')}</p>}
          <ManualEntry
            recent={recent ?? []}
            candidates={view.kind === 'noCustomer' ? view.candidates : []}
            onChoose={chooseManual}
            onForget={(identity) => recent && setRecent(forgetRecent(recent, identity))}
          />
        </>
      )}
      {subject && settings && prefs && (
        <>
          <ProblemPicker value={prefs.problem} onChange={(problem) => setPrefs({ ...prefs, problem })} />
          <PlanView
            plan={planSupportPath({
              problem: prefs.problem,
              role: settings.role,
              helpdeskAgent: settings.helpdeskAgent,
              admin: subject.admin.value,
              cloud: settings.cloud,
              severity: prefs.severity,
              breakFix: prefs.breakFix,
              customer: subject.identity,
            })}
          >
            <SeverityPicker severity={prefs.severity} breakFix={prefs.breakFix} onChange={(severity, breakFix) => setPrefs({ ...prefs, severity, breakFix })} />
          </PlanView>
          <CopySummary customer={subject.identity} problem={prefs.problem} severity={prefs.severity} breakFix={prefs.breakFix} contact={profile} />
        </>
      )}
    </>
  );
}
