import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readRoute } from '../core/route';
import { READ_LIST_HOOK } from '../shared/list-request';
import { load, watch } from '../shared/storage';
import { customersValue, tabStateValue, type TabState } from '../shared/stored';
import type { Customer } from '../core/customer';
import { decideView, type PopupView } from './view';

export interface ActiveTab {
  tabId: number | null;
  view: PopupView;
  /** True once the first read finished, so the popup can tell "still loading" from "nothing here". */
  ready: boolean;
  /** The customer memory, so a customer typed by hand can be completed from what the pages showed. */
  customers: Record<string, Customer>;
}

/**
 * The active tab's customer, kept current while the popup is open: the tab's URL (in-app navigation),
 * its reported state and the customer memory are all watched, and the view is decided again on each change.
 */
export function useActiveTab(): ActiveTab {
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [customers, setCustomers] = useState<Record<string, Customer>>({});
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const stops: Array<() => void> = [];
    let closed = false;
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (closed) return;
      if (active?.id === undefined) {
        setReady(true);
        return;
      }
      const id = active.id;
      setTab({ id, url: active.url });
      // A change seen by a watcher is newer than the first read below, which must not overwrite it.
      let stateChanged = false;
      let customersChanged = false;
      stops.push(watch(tabStateValue(id), (next) => ((stateChanged = true), setState(next ?? null))));
      stops.push(watch(customersValue, (next) => ((customersChanged = true), setCustomers(next ?? {}))));
      const onUpdated = (updatedId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
        if (updatedId === id && change.url) setTab({ id, url: change.url });
      };
      browser.tabs.onUpdated.addListener(onUpdated);
      stops.push(() => browser.tabs.onUpdated.removeListener(onUpdated));
      const [initialState, initialCustomers] = await Promise.all([load(tabStateValue(id)), load(customersValue)]);
      if (closed) return;
      if (!stateChanged) setState(initialState);
      if (!customersChanged) setCustomers(initialCustomers);
      setReady(true);
    })();
    return () => {
      closed = true;
      stops.forEach((stop) => stop());
    };
  }, []);

  // The customer list is read only on demand, so the popup asks each time it finds its tab showing one.
  const onList = tab?.url !== undefined && readRoute(tab.url).pageKind === 'customerList';
  useEffect(() => {
    if (tab && onList) askToReadList(tab.id);
  }, [tab?.id, tab?.url, onList]);

  return { tabId: tab?.id ?? null, view: tab && ready ? decideView(tab.url, state, customers) : { kind: 'loading' }, ready, customers };
}

/** Calls the content script's hook in its isolated world. A tab without it (open since before install) is left as it is. */
function askToReadList(tabId: number): void {
  browser.scripting
    .executeScript({
      target: { tabId, frameIds: [0] },
      func: (hook: string) => {
        const read = (globalThis as unknown as Record<string, unknown>)[hook];
        if (typeof read === 'function') read();
      },
      args: [READ_LIST_HOOK],
    })
    .catch(() => undefined);
}
