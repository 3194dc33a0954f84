/**
 * An in-memory stand-in for the parts of webextension-polyfill the worker uses. Storage calls yield to the
 * event loop for a seeded, varying while, so code that forgets to serialize its read-modify-write loses
 * updates here just as it would against the real, asynchronous storage.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface FakeBrowser {
  browser: Record<string, unknown>;
  areas: Record<'local' | 'sync' | 'session', Map<string, unknown>>;
  /** Listeners the code under test registered, by event name. */
  listeners: Record<string, Array<(...args: any[]) => unknown>>;
  /** Hears every storage change as storage.onChanged would; returns the unsubscribe. */
  watchStorage(listener: Listener): () => void;
  reset(): void;
}

export const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';

export function createFakeBrowser(seed = 1): FakeBrowser {
  let state = seed >>> 0 || 1;
  const nextDelay = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % 3;
  };
  const yieldRandomly = () => new Promise<void>((resolve) => setTimeout(resolve, nextDelay()));
  const areas = { local: new Map<string, unknown>(), sync: new Map<string, unknown>(), session: new Map<string, unknown>() };
  const storageListeners: Listener[] = [];
  const listeners: FakeBrowser['listeners'] = {};
  const event = (name: string) => ({
    addListener: (fn: (...args: any[]) => unknown) => (listeners[name] ??= []).push(fn),
    removeListener: (fn: (...args: any[]) => unknown) => {
      listeners[name] = (listeners[name] ?? []).filter((f) => f !== fn);
    },
  });
  // Real storage hands back structured clones, never the stored object itself.
  const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

  const areaApi = (name: keyof typeof areas) => {
    const map = areas[name];
    return {
      async get(keys: null | string | string[] | Record<string, unknown>) {
        await yieldRandomly();
        const wanted = keys === null ? [...map.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
        return Object.fromEntries(wanted.filter((k) => map.has(k)).map((k) => [k, clone(map.get(k))]));
      },
      async set(items: Record<string, unknown>) {
        await yieldRandomly();
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: map.get(key), newValue: clone(value) };
          map.set(key, clone(value));
        }
        storageListeners.forEach((fn) => fn(changes, name));
      },
      async remove(keys: string | string[]) {
        await yieldRandomly();
        for (const key of typeof keys === 'string' ? [keys] : keys) map.delete(key);
      },
    };
  };

  const browser = {
    runtime: {
      id: OWN_ID,
      getURL: (path: string) => `chrome-extension://${OWN_ID}${path.startsWith('/') ? '' : '/'}${path}`,
      onMessage: event('runtime.onMessage'),
      onStartup: event('runtime.onStartup'),
      onInstalled: event('runtime.onInstalled'),
    },
    tabs: { onRemoved: event('tabs.onRemoved') },
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
    storage: {
      local: areaApi('local'),
      sync: areaApi('sync'),
      session: areaApi('session'),
      onChanged: {
        addListener: (fn: Listener) => storageListeners.push(fn),
        removeListener: (fn: Listener) => storageListeners.splice(storageListeners.indexOf(fn), 1),
      },
    },
  };
  return {
    browser,
    areas,
    listeners,
    watchStorage(listener) {
      storageListeners.push(listener);
      return () => void storageListeners.splice(storageListeners.indexOf(listener), 1);
    },
    reset() {
      Object.values(areas).forEach((map) => map.clear());
    },
  };
}
