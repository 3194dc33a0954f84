import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { load, watch } from '../shared/storage';
import { customersValue, tabStateValue, type TabState } from '../shared/stored';
import type { Customer } from '../core/customer';
import { decideView } from './view';

export function App() {
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [customers, setCustomers] = useState<Record<string, Customer>>({});

  useEffect(() => {
    let stop: Array<() => void> = [];
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!active?.id) return;
      const id = active.id;
      setTab({ id, url: active.url });
      setState(await load(tabStateValue(id)));
      setCustomers(await load(customersValue));
      stop = [watch(tabStateValue(id), (next) => setState(next ?? null)), watch(customersValue, (value) => setCustomers(value ?? {}))];
    })();
    return () => stop.forEach((fn) => fn());
  }, []);

  const view = tab ? decideView(tab.url, state, customers) : { kind: 'loading' as const };
  if (view.kind === 'loading') return <p role="status">{t('popupLoading')}</p>;
  if (view.kind !== 'customer') return <p>{t('popupNoCustomer')}</p>;
  return (
    <dl>
      <dt>{t('popupTenantLabel')}</dt>
      <dd data-testid="tenant-id">{view.customer.tenantId}</dd>
    </dl>
  );
}
