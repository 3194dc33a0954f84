import { t } from '../shared/i18n';
import type { ManagedPolicy } from '../shared/stored';

/** Tells the user an organisation manages some options, and which policy entries it wrote were ignored. */
export function PolicyNotice({ policy }: { policy: ManagedPolicy }) {
  const managesSomething = Object.keys(policy.settings).length + Object.keys(policy.profile).length > 0;
  if (!managesSomething && policy.problems.length === 0) return null;
  return (
    <section aria-labelledby="policy-title" class="notice" data-testid="policy-notice">
      <h2 id="policy-title">{t('optionsPolicyTitle')}</h2>
      {managesSomething && <p>{t('optionsPolicyExplain')}</p>}
      {policy.problems.length > 0 && <p>{t('optionsPolicyIgnored', policy.problems.join(', '))}</p>}
    </section>
  );
}
