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
  // Until a reading it started arrives, a stored list state may be an earlier document's (a reload clears
  // the selection), so it is not shown.
  const onList = tab?.url !== undefined && readRoute(tab.url).pageKind === 'customerList';
  const [askedAt, setAskedAt] = useState<number | null>(null);
  useEffect(() => {
    if (!tab || !onList) {
      setAskedAt(null);
      return;
    }
    const at = Date.now();
    setAskedAt(at);
    void askToReadList(tab.id).then((began) => {
      if (!began) setAskedAt((current) => (current === at ? null : current));
    });
  }, [tab?.id, tab?.url, onList]);
  const current = state && askedAt !== null && state.at < askedAt ? null : state;

  return { tabId: tab?.id ?? null, view: tab && ready ? decideView(tab.url, current, customers) : { kind: 'loading' }, ready, customers };
}

/**
 * Calls the content script's hook in its isolated world: true when that starts a reading. False when the list
 * was already read in this document (its stored state is current) or the tab has no hook (open since before install).
 */
async function askToReadList(tabId: number): Promise<boolean> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (hook: string) => {
        const read = (globalThis as unknown as Record<string, unknown>)[hook];
        return typeof read === 'function' && read() === true;
      },
      args: [READ_LIST_HOOK],
    });
    return injection?.result === true;
  } catch {
    return false;
  }
}
