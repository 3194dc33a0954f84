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

  it('says "loading" when the data is slow, then "ready" once it renders after the spinner', async () => {
    follow(false);
    await vi.advanceTimersByTimeAsync(399);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((s) => [s.status, s.tenantId])).toEqual([['loading', TENANT]]);
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.at(-1)).toMatchObject({ status: 'ready', tenantId: TENANT, domain: 'contoso.com', name: 'Contoso' });
  });

  it('sends one sighting, not "loading" first, when the data comes quickly', async () => {
    follow(false);
    await vi.advanceTimersByTimeAsync(20);
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent.map((s) => [s.status, s.tenantId])).toEqual([['ready', TENANT]]);
  });

  it('on a fresh page already showing its data, sends only "ready"', async () => {
    document.body.innerHTML = ACCOUNT_DATA;
    follow(true);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent.map((s) => s.status)).toEqual(['ready']);
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
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(11_000);
    expect(sent.map((s) => s.status)).toEqual(['loading']);
  });

  it('a route left within moments sends nothing, not even "loading"', async () => {
    follow(false);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(sent).toEqual([]);
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
    await vi.advanceTimersByTimeAsync(11_000);
    expect(sent).toEqual([]);
  });

  it('on leaving, takes nothing from an account page showing another customer', async () => {
    follow(false);
    document.body.innerHTML = ACCOUNT_DATA.replace(TENANT, '11111111-2222-4333-8444-555555555555');
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(sent).toEqual([]);
  });

  it('a burst of DOM changes ends in a single ready sighting', async () => {
    follow(false);
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(20);
    }
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(200);
    // 400 ms of churn without data: "loading" was said once, and the data ends it in one "ready".
    expect(sent.map((s) => s.status)).toEqual(['loading', 'ready']);
  });

  it('reads within maxWait while the page never stops changing (an animation cannot starve it)', async () => {
    follow(false);
    document.body.innerHTML = `${ACCOUNT_DATA}<span id="tick"></span>`;
    const tick = document.getElementById('tick')!;
    for (let elapsed = 0; elapsed < 1_100; elapsed += 20) {
      tick.textContent = String(elapsed);
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(sent.map((s) => s.status)).toEqual(['loading', 'ready']);
  });

  it('after a change, waits for the debounce before reading', async () => {
    follow(false);
    document.body.innerHTML = ACCOUNT_DATA;
    await vi.advanceTimersByTimeAsync(140);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(sent.map((s) => s.status)).toEqual(['ready']);
  });
});
