import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * An in-memory stand-in for webextension-polyfill: storage areas with change events, i18n from the real
 * English catalogue, and the few other APIs the options page calls. Use with
 * vi.mock('webextension-polyfill', async () => ({ default: (await import('…/fake-browser')).fakeBrowser })).
 */

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
type Catalogue = Record<string, { message: string }>;

const catalogue: Catalogue = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

const listeners = new Set<Listener>();
const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

function area(name: string) {
  let data: Record<string, unknown> = {};
  return {
    async get(keys?: null | string | string[] | Record<string, unknown>) {
      if (keys === null || keys === undefined) return copy(data);
      const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      return Object.fromEntries(wanted.filter((key) => key in data).map((key) => [key, copy(data[key])]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: copy(value) };
        data[key] = copy(value);
      }
      listeners.forEach((listener) => listener(copy(changes), name));
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (!(key in data)) continue;
        changes[key] = { oldValue: data[key] };
        delete data[key];
      }
      if (Object.keys(changes).length) listeners.forEach((listener) => listener(copy(changes), name));
    },
    /** Test helper: replace everything without events, as if the browser started with it. */
    seed(items: Record<string, unknown>) {
      data = copy(items);
    },
  };
}

export const fakeBrowser = {
  storage: {
    local: area('local'),
    sync: area('sync'),
    session: area('session'),
    managed: { get: async (): Promise<unknown> => ({}) },
    onChanged: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
      /** Test helper: the listeners registered now, to announce changes the fake cannot make itself. */
      listeners: () => [...listeners],
    },
  },
  i18n: {
    getMessage(key: string, substitutions?: string | string[]) {
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      const message = catalogue[key]?.message ?? '';
      return message.replace(/\$[A-Za-z0-9_]+\$/g, () => subs[0] ?? '');
    },
    getUILanguage: () => 'en',
  },
  runtime: { getURL: (path: string) => `chrome-extension://fake/${path}` },
  commands: { getAll: async () => [{ name: '_execute_action', shortcut: 'Alt+Shift+S' }] },
  tabs: { create: async (properties: { url: string }) => ({ id: 1, ...properties }) },
};

export function resetFakeBrowser(): void {
  for (const name of ['local', 'sync', 'session'] as const) fakeBrowser.storage[name].seed({});
  fakeBrowser.storage.managed.get = async () => ({});
  listeners.clear();
}
