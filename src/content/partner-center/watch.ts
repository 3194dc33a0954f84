import type { Sighting } from '../../core/customer';
import type { Route } from '../../core/route';
import { readPage, toSighting } from './read-page';
import type { PageReading } from './reading';

export interface FollowOptions {
  root: Element;
  route: Route;
  /** The route's lifetime: aborted when the partner moves on, taking observers and timers with it. */
  signal: AbortSignal;
  send: (sighting: Sighting) => void;
  /** A full page load: the DOM holds nothing from an earlier route, so it can be read at once. */
  freshDocument: boolean;
  staleName: string | null;
  /** Told the final reading, so the caller can remember this customer's name. */
  onSettled?: (reading: PageReading) => void;
  timing?: Partial<Timing>;
}

export interface Timing {
  /** Quiet time after the last mutation before reading again. */
  debounceMs: number;
  /** Longest wait between reads while the page keeps changing (animations must not starve the reader). */
  maxWaitMs: number;
  /**
   * With no DOM change for this long, what is on screen is taken as what the page will show: it is read
   * and reported as it stands (the popup stops saying "loading"), while watching goes on until the deadline.
   */
  quietMs: number;
  /** When to give up waiting and report what was found. */
  deadlineMs: number;
  /**
   * "Loading" is said only when the route has not settled by then. Most in-app navigations settle sooner,
   * and every message costs the page script time; the popup does not wait for it, as it checks the tab's URL.
   */
  loadingAfterMs: number;
}

const DEFAULT_TIMING: Timing = { debounceMs: 150, maxWaitMs: 1000, quietMs: 2000, deadlineMs: 10_000, loadingAfterMs: 400 };

/**
 * Pages whose facts carry their customer: the account page's Microsoft ID must equal the route's tenant,
 * service-management links name the tenant, a list row holds its own ID. Only these are read on leaving.
 */
const SELF_CHECKING_PAGES = new Set<Route['pageKind']>(['account', 'serviceManagement', 'customerList']);

/** Attributes that change when data arrives or a list row is picked; other attribute churn is ignored. */
const WATCHED_ATTRIBUTES = ['aria-selected', 'aria-checked', 'aria-busy', 'hidden', 'class'];

/**
 * Follows one route: re-runs only this page's reader after DOM changes settle, until it has what the page
 * promises or the deadline passes, saying "loading" meanwhile if that takes a while. On the customer list
 * it keeps listening for the partner picking another row.
 */
export function followRoute(options: FollowOptions): void {
  const { root, route, signal } = options;
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const send = (sighting: Sighting) => {
    clearTimeout(sayLoading);
    options.send(sighting);
  };
  const sayLoading = setTimeout(() => send(toSighting(route, null, 'loading')), timing.loadingAfterMs);

  const isList = route.pageKind === 'customerList';
  let settled = false;
  let lastSentKey = '';
  // Timers are re-armed lazily from these times, not on every mutation: a re-rendering page sends bursts
  // of mutation callbacks, and each timer call there is script time the page pays for.
  let lastChange = Date.now();
  let firstPending: number | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  // One pass: the list reader looks for candidates only when no row is selected.
  const read = () => readPage(root, route, { staleName: options.staleName });

  const report = (reading: PageReading, status: Sighting['status']) => {
    const sighting = toSighting(route, reading, status);
    const key = JSON.stringify([sighting.tenantId, sighting.status, sighting.name, sighting.domain, sighting.admin, sighting.candidates.length]);
    if (key === lastSentKey) return;
    lastSentKey = key;
    send(sighting);
  };

  const finish = (reading: PageReading, status: Sighting['status']) => {
    settled = true;
    observer.disconnect();
    clearTimeout(deadline);
    clearTimeout(quiet);
    report(reading, status);
    options.onSettled?.(reading);
    if (isList) listenForPicks(root, changed, signal);
  };

  const attempt = () => {
    firstPending = null;
    if (signal.aborted) return;
    const reading = read();
    if (settled) report(reading, reading.complete ? 'ready' : 'unreadable');
    else if (reading.complete) finish(reading, 'ready');
  };

  /** Reads once changes have paused for the debounce, or once they have gone on for maxWaitMs. */
  const debounced = () => {
    debounce = undefined;
    if (firstPending === null || signal.aborted) return;
    const due = Math.min(lastChange + timing.debounceMs, firstPending + timing.maxWaitMs);
    const now = Date.now();
    if (now >= due) attempt();
    else debounce = setTimeout(debounced, due - now);
  };

  function changed() {
    if (signal.aborted) return;
    lastChange = Date.now();
    firstPending ??= lastChange;
    debounce ??= setTimeout(debounced, timing.debounceMs);
  }

  const reportQuietPage = () => {
    if (settled || signal.aborted) return;
    const quietFor = Date.now() - lastChange;
    if (quietFor < timing.quietMs) {
      quiet = setTimeout(reportQuietPage, timing.quietMs - quietFor);
      return;
    }
    const reading = read();
    if (reading.complete) finish(reading, 'ready');
    // A busy indicator means data is still coming: "loading" stays the honest answer.
    else if (!reading.evidence.includes('busy')) report(reading, hasKeyFacts(route, reading) ? 'ready' : 'unreadable');
  };

  let quiet = setTimeout(reportQuietPage, timing.quietMs);
  const observer = new MutationObserver(changed);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  const deadline = setTimeout(() => {
    if (settled || signal.aborted) return;
    const reading = read();
    finish(reading, reading.complete || hasKeyFacts(route, reading) ? 'ready' : 'unreadable');
  }, timing.deadlineMs);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      const pendingRead = firstPending !== null;
      clearTimeout(sayLoading);
      clearTimeout(debounce);
      clearTimeout(deadline);
      clearTimeout(quiet);
      // A partner who moves on within the debounce has still seen the facts: read them once more on the
      // way out, where the facts prove their own customer (so a DOM already showing the next page adds nothing).
      if (pendingRead && !settled && SELF_CHECKING_PAGES.has(route.pageKind)) {
        const reading = read();
        if (reading.complete) report(reading, 'ready');
      }
    },
    { once: true },
  );
  if (options.freshDocument) attempt();
}

/** A partner picking a row in the list is a click, key press or change; listening for those costs nothing meanwhile. */
export function listenForPicks(root: Element, listener: () => void, signal: AbortSignal): void {
  for (const type of ['change', 'click', 'keyup']) root.addEventListener(type, listener, { signal, capture: true, passive: true });
}

/** At the deadline, a reading that is only waiting on a busy indicator still carries this page kind's facts. */
function hasKeyFacts(route: Route, reading: PageReading): boolean {
  switch (route.pageKind) {
    case 'account':
      return Boolean(reading.domain);
    case 'adminRelationships':
    case 'serviceManagement':
      return Boolean(reading.admin);
    case 'customerList':
      return Boolean(reading.tenantId) || Boolean(reading.candidates?.length);
    default:
      return Boolean(reading.name);
  }
}
