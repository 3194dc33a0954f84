// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../../src/content/partner-center/navigation';

const withNavigation = (navigation: EventTarget | undefined) =>
  Object.defineProperty(window, 'navigation', { value: navigation, configurable: true, writable: true });

describe('noticing in-app navigation', () => {
  let controller: AbortController;
  let seen: string[];
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/dashboard/commerce2/customers/list');
    controller = new AbortController();
    seen = [];
  });
  afterEach(() => {
    controller.abort();
    withNavigation(undefined);
    vi.useRealTimers();
  });

  it('with the Navigation API, hears pushState through it and keeps no timer running', () => {
    const navigation = new EventTarget();
    withNavigation(navigation);
    watchNavigation({ onChange: (href) => seen.push(new URL(href).pathname), signal: controller.signal });
    expect(vi.getTimerCount()).toBe(0);
    history.pushState(null, '', '/dashboard/commerce2/customers/abc/account');
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toEqual(['/dashboard/commerce2/customers/abc/account']);
  });

  it('without it, notices pushState within one poll, and stops polling when aborted', () => {
    withNavigation(undefined);
    watchNavigation({ onChange: (href) => seen.push(new URL(href).pathname), signal: controller.signal, pollMs: 500 });
    history.pushState(null, '', '/dashboard/commerce2/customers/abc/account');
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['/dashboard/commerce2/customers/abc/account']);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hears back and forward through popstate at once', () => {
    withNavigation(undefined);
    watchNavigation({ onChange: (href) => seen.push(new URL(href).pathname), signal: controller.signal });
    history.pushState(null, '', '/dashboard/commerce2/customers/abc/account');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/dashboard/commerce2/customers/abc/account']);
  });
});
