/**
 * Tells when the in-app location changes. A content script runs in an isolated world and cannot see
 * the page's own history.pushState calls, so it listens to what it can see: the Navigation API where
 * the browser has it (it reports pushState too); elsewhere popstate, hashchange and a look at
 * location.href twice a second; and bfcache restores everywhere.
 */
export interface NavigationEvents {
  /** Called with the new href whenever it differs from the last one seen (or the page came back from bfcache). */
  onChange: (href: string, restored: boolean) => void;
  signal: AbortSignal;
  pollMs?: number;
}

interface NavigationLike extends EventTarget {}

export function watchNavigation({ onChange, signal, pollMs = 500 }: NavigationEvents): void {
  let last = location.href;
  const check = () => {
    const href = location.href;
    if (href === last) return;
    last = href;
    onChange(href, false);
  };
  const options = { signal, capture: true };
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!(event as PageTransitionEvent).persisted) return;
      last = location.href;
      onChange(last, true);
    },
    options,
  );
  const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
  // The Navigation API reports every change of entry: pushState, back and forward, and fragments alike.
  if (navigation) return navigation.addEventListener('currententrychange', check, options);
  window.addEventListener('popstate', check, options);
  window.addEventListener('hashchange', check, options);
  // Without it nothing announces pushState; a timer on a tab kept open all day is the price, so only here.
  const timer = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
