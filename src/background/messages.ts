import type browser from 'webextension-polyfill';
import { PARTNER_CENTER_ORIGIN, originOf } from '../core/route';
import { parseWorkerMessage, type WorkerMessage } from '../shared/worker-messages';

export type Accepted =
  | { ok: true; message: Extract<WorkerMessage, { type: 'sighting' }>; tabId: number }
  | { ok: true; message: Extract<WorkerMessage, { type: 'setAdminOverride' }>; tabId: null }
  | { ok: false; reason: string };

/**
 * Parses a runtime message and checks that its sender may send it: sightings only from our own content
 * script in the top frame of a Partner Center tab; popup commands only from our own extension pages.
 */
export function acceptMessage(raw: unknown, sender: browser.Runtime.MessageSender, ownId: string, ownOrigin: string): Accepted {
  if (sender.id !== ownId) return { ok: false, reason: 'foreign sender' };
  const message = parseWorkerMessage(raw);
  if (!message) return { ok: false, reason: 'malformed message' };
  if (message.type === 'sighting') {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0 || originOf(sender.url) !== PARTNER_CENTER_ORIGIN) {
      return { ok: false, reason: 'sighting from outside a Partner Center top frame' };
    }
    return { ok: true, message, tabId };
  }
  if (sender.tab || !isOwnPage(sender.url, ownOrigin)) return { ok: false, reason: 'command from outside our pages' };
  return { ok: true, message, tabId: null };
}

/**
 * Compared as a prefix, not through URL.origin: engines that do not know the extension scheme report an
 * opaque "null" origin for it, and "null" would then equal the origin of any data: or blob: URL.
 */
function isOwnPage(url: string | undefined, ownOrigin: string): boolean {
  return url !== undefined && url.startsWith(`${ownOrigin}/`);
}


const alreadyLogged = new Set<string>();

/** Dropped messages are logged once per reason, so a noisy page cannot flood the console. */
export function logDroppedOnce(reason: string): void {
  if (alreadyLogged.has(reason)) return;
  alreadyLogged.add(reason);
  console.warn(`Support Path dropped a message: ${reason}`);
}
