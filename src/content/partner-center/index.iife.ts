import type { Sighting } from '../../core/customer';
import { readRoute } from '../../core/route';
import type { TenantId } from '../../core/tenant';
import { READ_LIST_HOOK } from '../../shared/list-request';
import { rootOf } from './dom';
import { watchNavigation } from './navigation';
import { toSighting } from './read-page';
import { followRoute, listenForPicks } from './watch';

/**
 * The Partner Center content script: one route at a time, each with its own AbortController, reported
 * to the service worker as sightings. It shows nothing on the page and sends nothing anywhere else.
 */
const RETRY_MS = 300;

/**
 * The extension API as the browser ships it, without webextension-polyfill: this script only ever sends one
 * message, and under MV3 Firefox's `browser` and Chrome's `chrome` (from 99; the build targets 120) both
 * return a promise for it. The polyfill would be a fifth of the script's size budget. Touched on the first
 * send, not at load: the browser builds an API's bindings on first access, which a list never read need not pay.
 */
interface Runtime {
  sendMessage(message: { type: 'sighting'; sighting: Sighting }): Promise<unknown>;
}
const extensionApi = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
const runtime = () => (extensionApi.browser ?? extensionApi.chrome).runtime;

let sent = 0;
/** A send that fails (the worker is restarting) is tried once more, unless a newer sighting went out meanwhile. */
function send(sighting: Sighting): void {
  const sequence = ++sent;
  const post = () => runtime().sendMessage({ type: 'sighting', sighting });
  post().catch(() => setTimeout(() => sequence === sent && post().catch(() => undefined), RETRY_MS));
}

/** What the popup's request does on the current route: read the list if it is one and has not been read yet (then true). */
let readListNow = (): boolean => false;
(globalThis as unknown as Record<string, () => boolean>)[READ_LIST_HOOK] = () => readListNow();

const root = rootOf(document);
if (root) {
  let current: { controller: AbortController; key: string } | null = null;
  let lastCustomer: { tenantId: TenantId | null; name: string } | null = null;

  const start = (href: string, freshDocument: boolean) => {
    const route = readRoute(href);
    const key = routeKey(href);
    if (current && current.key === key && !freshDocument) return;
    // Given a reason, abort() skips building an AbortError DOMException (a stack trace) on every navigation.
    current?.controller.abort(key);
    const controller = new AbortController();
    current = { controller, key };
    // Right after a switch to another customer the page may still show the previous one's name.
    const staleName = lastCustomer && lastCustomer.tenantId !== route.tenantId ? lastCustomer.name : null;
    const isList = route.pageKind === 'customerList';
    const follow = () =>
      followRoute({
        root,
        route,
        signal: controller.signal,
        send,
        // The list's rows carry their own IDs, so whatever it shows when asked can be read at once.
        freshDocument: freshDocument || isList,
        staleName,
        onSettled: (reading) => {
          const tenantId = route.tenantId ?? reading.tenantId ?? null;
          if (reading.name) lastCustomer = { tenantId, name: reading.name };
        },
      });
    if (!isList) return follow();

    // The list is read when the partner acts on it or the popup asks, not on arrival: a list of thousands
    // of customers left open all day costs the page nothing. Leaving the route aborts the controller and ends this.
    let begun = false;
    readListNow = () => {
      if (begun || controller.signal.aborted) return false;
      begun = true;
      follow();
      return true;
    };
    listenForPicks(root, readListNow, controller.signal);
    // Arriving from a customer's page: the popup and the toolbar button must stop naming that customer.
    if (sent > 0) send(toSighting(route, null, 'loading'));
  };

  start(location.href, true);
  watchNavigation({ onChange: (href, restored) => start(href, restored), signal: new AbortController().signal });
}

/**
 * Routes differ by path, which holds the tenant and page kind; a query or hash change (a search in the list)
 * is the same page. `href` is the document's own, so always a URL.
 */
function routeKey(href: string): string {
  return new URL(href).pathname.toLowerCase().replace(/\/+$/, '');
}
