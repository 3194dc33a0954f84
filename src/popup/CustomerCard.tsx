import { Fragment } from 'preact';
import type { AccessSource, AdminAccess } from '../core/customer';
import { t, type MessageKey } from '../shared/i18n';
import { CopyButton } from './CopyButton';
import type { CustomerIdentity } from './recent';
import { describeUnreadable } from './unreadable';

const SOURCE_KEYS: Record<AccessSource, MessageKey> = {
  gdapActive: 'accessSource_gdapActive',
  gdapNone: 'accessSource_gdapNone',
  delegatedAdminLinks: 'accessSource_delegatedAdminLinks',
  noDelegatedAdminLinks: 'accessSource_noDelegatedAdminLinks',
  user: 'accessSource_user',
};

const VALUE_KEYS: Record<AdminAccess['value'], MessageKey> = {
  yes: 'accessValue_yes',
  no: 'accessValue_no',
  unknown: 'accessValue_unknown',
};

interface Props {
  customer: CustomerIdentity;
  admin: AdminAccess;
  refreshing: boolean;
  /** Evidence codes when the page could not be read fully; null when it was. */
  unreadable: string[] | null;
  onAdminOverride: (value: 'yes' | 'no' | null) => void;
  onChange?: () => void;
}

/** Who the request is for. Every value is page text rendered as text, never as markup. */
export function CustomerCard({ customer, admin, refreshing, unreadable, onAdminOverride, onChange }: Props) {
  const override = admin.source === 'user' ? admin.value : 'auto';
  return (
    <section class="card" aria-labelledby="customer-title" data-testid="customer-card">
      <div class="card-head">
        <h2 id="customer-title" data-testid="customer-name">
          {customer.name ?? customer.domain ?? t('popupCustomerUnnamed')}
        </h2>
        {refreshing && (
          <span class="pill" data-testid="refreshing">
            {t('popupRefreshing')}
          </span>
        )}
        {onChange && (
          <button type="button" class="link-button" onClick={onChange}>
            {t('popupChangeCustomer')}
          </button>
        )}
      </div>
      <dl class="facts">
        <dt>{t('popupDomainLabel')}</dt>
        <dd>
          {customer.domain ? (
            <>
              <span data-testid="customer-domain">{customer.domain}</span>
              <CopyButton value={customer.domain} label={t('popupCopyDomain')} />
            </>
          ) : (
            <span class="muted">{t('valueUnknown')}</span>
          )}
        </dd>
        <dt>{t('popupTenantLabel')}</dt>
        <dd>
          {customer.tenantId ? (
            <>
              <code data-testid="tenant-id">{customer.tenantId}</code>
              <CopyButton value={customer.tenantId} label={t('popupCopyTenant')} />
            </>
          ) : (
            <span class="muted">{t('valueUnknown')}</span>
          )}
        </dd>
        <dt id="admin-label">{t('popupAdminLabel')}</dt>
        <dd>
          <span data-testid="admin-access">{t(VALUE_KEYS[admin.value])}</span>
          {admin.source && <span class="muted">({t(SOURCE_KEYS[admin.source])})</span>}
          {admin.roles && admin.roles.length > 0 && <span class="muted">{admin.roles.join(', ')}</span>}
          <label class="inline">
            <span class="visually-hidden">{t('popupAdminOverrideLabel')}</span>
            <select
              data-testid="admin-override"
              value={override}
              onChange={(event) => {
                const choice = event.currentTarget.value;
                onAdminOverride(choice === 'yes' || choice === 'no' ? choice : null);
              }}
            >
              <option value="auto">{t('popupAdminOverrideAuto')}</option>
              <option value="yes">{t('popupAdminOverrideYes')}</option>
              <option value="no">{t('popupAdminOverrideNo')}</option>
            </select>
          </label>
        </dd>
      </dl>
      {unreadable && <UnreadableNotice evidence={unreadable} customer={customer} admin={admin} />}
    </section>
  );
}

/** Says what the page gave and what it did not, so the partner knows what to open or type next. */
function UnreadableNotice({ evidence, customer, admin }: { evidence: string[]; customer: CustomerIdentity; admin: AdminAccess }) {
  const { found, missing } = describeUnreadable(evidence, customer, admin);
  const list = (keys: MessageKey[]) => keys.map((key) => t(key)).join(', ');
  return (
    <div class="notice" role="note" data-testid="unreadable">
      <p>{t('popupUnreadable')}</p>
      <p>{t('popupUnreadableFound', found.length ? list(found) : t('popupUnreadableNothing'))}</p>
      {missing.length > 0 && <p>{t('popupUnreadableMissing', list(missing))}</p>}
      {!customer.domain && <p class="muted">{t('popupUnreadableMissingDomain')}</p>}
      {evidence.length > 0 && (
        <details>
          <summary>{t('popupUnreadableDetails')}</summary>
          <code>{evidence.join(' · ')}</code>
        </details>
      )}
    </div>
  );
}

/**
 * The card's shape while the page is read: same rows, same height, so nothing moves when the customer
 * arrives. Screen readers hear the status line only.
 */
export function CustomerCardLoading({ slow }: { slow: boolean }) {
  return (
    <section class="card loading" aria-busy="true" data-testid="loading">
      <div class="card-head">
        <span class="spinner" aria-hidden="true" />
        <p role="status" class="loading-text">
          {t('popupLoading')}
        </p>
      </div>
      <dl class="facts" aria-hidden="true">
        {(['popupDomainLabel', 'popupTenantLabel', 'popupAdminLabel'] as const).map((label) => (
          <Fragment key={label}>
            <dt>{t(label)}</dt>
            <dd>
              <span class="placeholder" />
            </dd>
          </Fragment>
        ))}
      </dl>
      {slow && <p class="muted">{t('popupLoadingSlow')}</p>}
    </section>
  );
}
