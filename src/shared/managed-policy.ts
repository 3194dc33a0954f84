import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';
import { load, save } from './storage';
import { FIELDS, sectionOf, type Section } from './managed';
import { EMPTY_POLICY, managedPolicyValue, type ManagedPolicy } from './stored';

/**
 * Reading the organisation's policy from storage.managed into the cache that every page applies. Only the
 * service worker and the options page read it: storage.managed can throw or hang when no policy exists,
 * and nothing a partner waits for should depend on it.
 */

const TOP_LEVEL = new Set(['settings', 'profile', 'locked']);

export const MANAGED_READ_TIMEOUT_MS = 2000;

/**
 * Reads what an administrator wrote field by field: a bad field is dropped and named in `problems`
 * (a path such as "settings.cloud"), the rest of the policy still applies.
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return structuredClone(EMPTY_POLICY);
  if (!isRecord(raw)) return { ...structuredClone(EMPTY_POLICY), problems: ['policy'] };
  for (const key of Object.keys(raw)) if (!TOP_LEVEL.has(key)) problems.push(clip(key));
  const settings = pickValidFields('settings', raw.settings, problems) as ManagedPolicy['settings'];
  const profile = pickValidFields('profile', raw.profile, problems) as ManagedPolicy['profile'];
  const locked: string[] = [];
  if (raw.locked !== undefined && !Array.isArray(raw.locked)) problems.push('locked');
  for (const [index, key] of (Array.isArray(raw.locked) ? raw.locked : []).entries()) {
    const section = typeof key === 'string' ? sectionOf(key) : null;
    // A lock needs a value to lock to; without one the field stays the user's.
    const hasValue = section !== null && (section === 'settings' ? settings : profile)[key as never] !== undefined;
    if (hasValue && !locked.includes(key as string)) locked.push(key as string);
    else if (!hasValue) problems.push(`locked[${index}]`);
  }
  return { settings, profile, locked: locked.slice(0, 40), problems: problems.slice(0, 40) };
}

function pickValidFields(section: Section, raw: unknown, problems: string[]): Record<string, unknown> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push(section);
    return {};
  }
  const valid: Record<string, unknown> = {};
  const fields: Record<string, z.ZodMiniType> = FIELDS[section];
  for (const [key, value] of Object.entries(raw)) {
    const schema = fields[key];
    const parsed = schema?.safeParse(value);
    if (parsed?.success && parsed.data !== undefined) valid[key] = parsed.data;
    else problems.push(`${section}.${clip(key)}`);
  }
  return valid;
}

let refreshing: Promise<ManagedPolicy | null> | null = null;

/**
 * Reads storage.managed and updates the cache when the policy changed. Resolves to null when the read
 * timed out (the cache is then left alone). Concurrent calls share one read.
 */
export function refreshManagedPolicy(timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<ManagedPolicy | null> {
  refreshing ??= (async () => {
    try {
      const raw = await readManagedStorage(timeoutMs);
      if (raw === TIMED_OUT) return null;
      const policy = parseManagedPolicy(raw);
      if (policy.problems.length > 0) console.warn('Support Path: ignored invalid policy entries', policy.problems);
      const cached = await load(managedPolicyValue);
      if (JSON.stringify(cached) !== JSON.stringify(policy)) await save(managedPolicyValue, policy);
      return policy;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Chrome announces policy changes as storage changes in the "managed" area; refresh the cache when it does. */
export function followPolicyChanges(): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    // Chained after any read in flight: that read may have started before this change.
    if (areaName === 'managed') void (refreshing ?? Promise.resolve()).catch(() => null).then(() => refreshManagedPolicy());
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const TIMED_OUT = Symbol('timed out');

async function readManagedStorage(timeoutMs: number): Promise<unknown> {
  const managed = browser.storage.managed as browser.Storage.StorageArea | undefined;
  if (!managed) return {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  try {
    return await Promise.race([managed.get(null), timeout]);
  } catch {
    // Firefox throws when no policies.json entry exists for us: that simply means "no policy".
    return {};
  } finally {
    clearTimeout(timer);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string {
  return text.slice(0, 60);
}
