import browser from 'webextension-polyfill';
import * as z from 'zod/mini';

export type Area = 'local' | 'sync' | 'session';

/**
 * One stored value: where it lives, its schema, its current version and how older versions become current.
 * On disk every value is wrapped as { v, data } so a future release can tell what it is reading.
 */
export interface StoredValue<T> {
  area: Area;
  key: string;
  version: number;
  schema: z.ZodMiniType<T>;
  defaults: () => T;
  /** migrations[n] turns the data of version n into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
}

const Envelope = z.object({ v: z.number().check(z.int(), z.minimum(1)), data: z.unknown() });

export const QUARANTINE_PREFIX = 'quarantine:';

export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; problem: string };

/** Pure decoding of what storage held: unwrap, migrate step by step, parse. */
export function decodeStored<T>(def: StoredValue<T>, raw: unknown): Decoded<T> {
  if (raw === undefined) return { ok: true, value: def.defaults(), migrated: false };
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, problem: 'not an envelope' };
  let { v: version, data } = envelope.data;
  if (version > def.version) return { ok: false, problem: `version ${version} is newer than ${def.version}` };
  const migrated = version < def.version;
  while (version < def.version) {
    const step = def.migrations?.[version];
    if (!step) return { ok: false, problem: `no migration from version ${version}` };
    try {
      data = step(data);
    } catch (error) {
      return { ok: false, problem: `migration from ${version} failed: ${String(error)}` };
    }
    version += 1;
  }
  const parsed = def.schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data, migrated } : { ok: false, problem: 'schema mismatch' };
}

/**
 * Reads a value. A value that cannot be understood is never dropped: it is moved to a quarantine key
 * (kept in local storage with the reason) and the defaults are returned, so the options page can say so.
 */
export async function load<T>(def: StoredValue<T>): Promise<T> {
  const area = browser.storage[def.area];
  const raw = (await area.get(def.key))[def.key];
  const decoded = decodeStored(def, raw);
  if (decoded.ok) {
    if (decoded.migrated) await save(def, decoded.value);
    return decoded.value;
  }
  await browser.storage.local.set({
    [`${QUARANTINE_PREFIX}${def.area}:${def.key}`]: { at: Date.now(), problem: decoded.problem, raw },
  });
  await area.remove(def.key);
  return def.defaults();
}

export async function save<T>(def: StoredValue<T>, value: T): Promise<void> {
  const data = def.schema.parse(value);
  await browser.storage[def.area].set({ [def.key]: { v: def.version, data } });
}

/** Removes a value, so what no longer exists leaves nothing behind (not even a null). */
export async function remove<T>(def: StoredValue<T>): Promise<void> {
  await browser.storage[def.area].remove(def.key);
}

/** The value a storage change notification carries, decoded like load() but without side effects. */
export function decodeChange<T>(def: StoredValue<T>, newValue: unknown): T | null {
  const decoded = decodeStored(def, newValue);
  return decoded.ok ? decoded.value : null;
}

/** Calls back with the new value whenever this stored value changes. Returns the unsubscribe function. */
export function watch<T>(def: StoredValue<T>, onChange: (value: T | null) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
    const change = changes[def.key];
    if (areaName === def.area && change) onChange(decodeChange(def, change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function listQuarantined(): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all).filter((key) => key.startsWith(QUARANTINE_PREFIX));
}

export async function dismissQuarantined(): Promise<void> {
  await browser.storage.local.remove(await listQuarantined());
}
