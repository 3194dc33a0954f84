// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sighting } from '../../../src/core/customer';
import { followRoute } from '../../../src/content/partner-center/watch';
import { routeOf, TENANT } from './load';

const ACCOUNT = routeOf(`/dashboard/commerce2/customers/${TENANT}/account`);
const ACCOUNT_DATA = `<h1>Contoso | Account</h1><dl><dt>Microsoft ID</dt><dd>${TENANT}</dd><dt>Domain name</dt><dd>contoso.com</dd></dl>`;

describe('following one route', () => {
  let sent: Sighting[];
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div role="progressbar"></div>';
    sent = [];
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const follow = (freshDocument: boolean, route = ACCOUNT) =>
    followRoute({ root: document.documentElement, route, signal: controller.signal, send: (s) => sent.push(s), freshDocument, staleName: null });

  it('says "loading" at once, then "ready" once the data renders after the spinner', async () => {
    follow(false);
    expect(sent.map((s) => [s.status, s.tenantId])).toEqual([['loading', TENANT]]);
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.at(-1)).toMatchObject({ status: 'ready', tenantId: TENANT, domain: 'contoso.com', name: 'Contoso' });
  });

  it('reports what it found as "unreadable" at the deadline, saying what is missing', async () => {
    follow(true);
    document.body.innerHTML = '<h1>Contoso | Account</h1><p>Something else</p>';
    await vi.advanceTimersByTimeAsync(10_500);
    expect(sent.at(-1)).toMatchObject({ status: 'unreadable', tenantId: TENANT, name: 'Contoso', domain: null });
    expect(sent.at(-1)?.evidence).toEqual(expect.arrayContaining(['missing:domain']));
  });

  it('stops reading and sending once the route is left', async () => {
    follow(false);
    controller.abort();
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(11_000);
    expect(sent.map((s) => s.status)).toEqual(['loading']);
  });

  it('keeps facts already on screen when the partner leaves within the debounce', async () => {
    follow(false);
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(sent.at(-1)).toMatchObject({ status: 'ready', tenantId: TENANT, domain: 'contoso.com' });
  });

  it('on leaving, takes nothing from a page whose facts do not prove their customer', async () => {
    follow(false, routeOf(`/dashboard/commerce2/customers/${TENANT}/adminrelationships`));
    document.body.innerHTML = '<h1>Contoso | Admin relationships</h1><p>No granular admin relationships found</p>';
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(sent.map((s) => s.status)).toEqual(['loading']);
  });

  it('on leaving, takes nothing from an account page showing another customer', async () => {
    follow(false);
    document.body.innerHTML = ACCOUNT_DATA.replace(TENANT, '11111111-2222-4333-8444-555555555555');
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(sent.map((s) => s.status)).toEqual(['loading']);
  });

  it('a burst of DOM changes ends in a single ready sighting', async () => {
    follow(false);
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(20);
    }
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.map((s) => s.status)).toEqual(['loading', 'ready']);
  });
});
