import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { load, save, watch } from '../shared/storage';
import { customersValue } from '../shared/stored';
import type { Customer } from '../core/customer';

/** What Support Path remembers about customers, visible and clearable: nothing is kept out of sight. */
export function Memory({ days }: { days: number }) {
  const [customers, setCustomers] = useState<Customer[] | null>(null);
  useEffect(() => {
    const show = (record: Record<string, Customer> | null) =>
      setCustomers(Object.values(record ?? {}).sort((a, b) => b.lastSeen - a.lastSeen));
    void load(customersValue).then(show);
    return watch(customersValue, show);
  }, []);
  if (!customers) return null;
  return (
    <section aria-labelledby="memory-title">
      <h2 id="memory-title">{t('optionsMemoryTitle')}</h2>
      <p>{t('optionsMemoryExplain', String(days))}</p>
      {customers.length === 0 ? (
        <p data-testid="memory-empty">{t('optionsMemoryEmpty')}</p>
      ) : (
        <>
          <ul data-testid="memory-list">
            {customers.map((c) => (
              <li key={c.tenantId}>
                <span class="memory-name">{c.name ?? t('valueUnknown')}</span> · <span>{c.domain ?? t('valueUnknown')}</span> ·{' '}
                <code>{c.tenantId}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void save(customersValue, {})}>
            {t('optionsMemoryClear')}
          </button>
        </>
      )}
    </section>
  );
}
