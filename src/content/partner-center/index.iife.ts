import browser from 'webextension-polyfill';
import type { Sighting } from '../../core/customer';
import { readRoute, type Route } from '../../core/route';
import type { TenantId } from '../../core/tenant';
import { rootOf } from './dom';
import { watchNavigation } from './navigation';
import { followRoute } from './watch';

/**
 * The Partner Center content script: one route at a time, each with its own AbortController, reported
 * to the service worker as sightings. It shows nothing on the page and sends nothing anywhere else.
 */
const RETRY_MS = 300;

let sent = 0;
/** A send that fails (the worker is restarting) is tried once more, unless a newer sighting went out meanwhile. */
function send(sighting: Sighting): void {
  const sequence = ++sent;
  const message = { type: 'sighting', sighting };
  browser.runtime.sendMessage(message).catch(() => {
    setTimeout(() => {
      if (sequence === sent) browser.runtime.sendMessage(message).catch(() => undefined);
    }, RETRY_MS);
  });
}

const root = rootOf(document);
if (root) {
  let current: { controller: AbortController; key: string } | null = null;
  let lastCustomer: { tenantId: TenantId | null; name: string } | null = null;

  const start = (href: string, freshDocument: boolean) => {
    const route = readRoute(href);
    const key = routeKey(href, route);
    if (current && current.key === key && !freshDocument) return;
    current?.controller.abort();
    const controller = new AbortController();
    current = { controller, key };
    // Right after a switch to another customer the page may still show the previous one's name.
    const staleName = lastCustomer && lastCustomer.tenantId !== route.tenantId ? lastCustomer.name : null;
    followRoute({
      root,
      route,
      signal: controller.signal,
      send,
      freshDocument,
      staleName,
      onSettled: (reading) => {
        const tenantId = route.tenantId ?? reading.tenantId ?? null;
        if (reading.name) lastCustomer = { tenantId, name: reading.name };
      },
    });
  };

  start(location.href, true);
  watchNavigation({ onChange: (href, restored) => start(href, restored), signal: new AbortController().signal });
}

/** Routes differ by path; a query or hash change (a search in the list) is the same page. */
function routeKey(href: string, route: Route): string {
  let path = '';
  try {
    path = new URL(href).pathname.toLowerCase().replace(/\/+$/, '');
  } catch {
    // readRoute already treated it as "other"
  }
  return `${route.tenantId ?? ''}|${route.pageKind}|${path}`;
}
