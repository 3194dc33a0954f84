import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { ContactProfileSchema, type ContactProfile } from '../core/contact';
import { load, save, type StoredValue } from './storage';
import {
  EMPTY_POLICY,
  SettingsSchema,
  managedPolicyValue,
  presetOverridesValue,
  profileValue,
  settingsValue,
  type ManagedPolicy,
  type Settings,
} from './stored';

/**
 * Enterprise policy: an organisation presets settings and profile fields, and may lock some of them.
 * Start-up never waits for storage.managed (it can throw or hang when no policy exists): pages apply the
 * cached policy at once and a background refresh updates the cache for the next read.
 */

const FIELDS = { settings: SettingsSchema.shape, profile: ContactProfileSchema.shape } as const;
type Section = keyof typeof FIELDS;
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

function sectionOf(key: string): Section | null {
  if (Object.hasOwn(FIELDS.settings, key)) return 'settings';
  if (Object.hasOwn(FIELDS.profile, key)) return 'profile';
  return null;
}

/** The policy's part for one stored value, plus the presets this user chose to replace. */
export interface Managed<T> {
  values: Partial<T>;
  locked: readonly string[];
  overrides?: Readonly<Record<string, string>>;
}

export interface Effective<T> {
  value: T;
  /** Fields the organisation fixed: shown disabled. */
  locked: Set<keyof T>;
  /** Fields whose value is the organisation's preset, still changeable by the user. */
  presets: Set<keyof T>;
}

/**
 * Managed values win over the user's: a locked field always, a preset unless the user deliberately replaced
 * exactly that preset in options (a new preset from the organisation wins again).
 */
export function applyManaged<T extends object>(userValue: T, managed: Managed<T>): Effective<T> {
  const value = { ...userValue };
  const locked = new Set<keyof T>();
  const presets = new Set<keyof T>();
  for (const key of Object.keys(managed.values) as (keyof T)[]) {
    const preset = managed.values[key];
    if (preset === undefined) continue;
    if (managed.locked.includes(key as string)) {
      value[key] = preset as T[keyof T];
      locked.add(key);
    } else if (managed.overrides?.[key as string] !== JSON.stringify(preset)) {
      value[key] = preset as T[keyof T];
      presets.add(key);
    }
  }
  return { value, locked, presets };
}

/**
 * What to remember when the user saves `chosen`: every preset they changed (so it stops winning), and
 * nothing for presets they kept or that the organisation has withdrawn.
 */
export function overridesAfterSave<T extends object>(chosen: T, managed: Managed<T>): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const key of Object.keys(managed.values) as (keyof T & string)[]) {
    const preset = managed.values[key];
    if (preset === undefined || managed.locked.includes(key)) continue;
    if (JSON.stringify(chosen[key]) !== JSON.stringify(preset)) overrides[key] = JSON.stringify(preset);
  }
  return overrides;
}

/** Everything the options page needs to show one stored value with its policy marks. */
export interface ManagedView<T> extends Effective<T> {
  user: T;
  managed: Managed<T>;
  policy: ManagedPolicy;
}

async function loadView<T extends object>(section: Section, user: Promise<T>): Promise<ManagedView<T>> {
  const [userValue, policy, overrides] = await Promise.all([user, loadCachedPolicy(), load(presetOverridesValue)]);
  const managed: Managed<T> = { values: policy[section] as Partial<T>, locked: policy.locked, overrides };
  return { ...applyManaged(userValue, managed), user: userValue, managed, policy };
}

export const loadSettingsView = (): Promise<ManagedView<Settings>> => loadView('settings', load(settingsValue));
export const loadProfileView = (): Promise<ManagedView<ContactProfile>> => loadView('profile', load(profileValue));

/**
 * Stores what the user chose in options. Locked fields keep the user's own earlier value underneath (the
 * policy shows on top), and presets the user changed are remembered so they stop winning.
 */
async function saveChoice<T extends object>(section: Section, def: StoredValue<T>, chosen: T, view: ManagedView<T>): Promise<void> {
  const user = { ...chosen };
  for (const key of view.locked) user[key] = view.user[key];
  await save(def, user);
  const previous = await load(presetOverridesValue);
  const otherSections = Object.entries(previous).filter(([key]) => sectionOf(key) !== section);
  const next = { ...Object.fromEntries(otherSections), ...overridesAfterSave(chosen, view.managed) };
  if (JSON.stringify(next) !== JSON.stringify(previous)) await save(presetOverridesValue, next);
}

export const saveSettingsChoice = (chosen: Settings, view: ManagedView<Settings>) => saveChoice('settings', settingsValue, chosen, view);
export const saveProfileChoice = (chosen: ContactProfile, view: ManagedView<ContactProfile>) => saveChoice('profile', profileValue, chosen, view);

/** The settings every feature should use: the user's, with the organisation's policy applied. */
export async function loadEffectiveSettings(): Promise<Settings> {
  return (await loadSettingsView()).value;
}

/** The contact profile every feature should use: the user's, with the organisation's policy applied. */
export async function loadEffectiveProfile(): Promise<ContactProfile> {
  return (await loadProfileView()).value;
}

/** The cached policy, immediately; a refresh from storage.managed starts behind it. */
export async function loadCachedPolicy(): Promise<ManagedPolicy> {
  const cached = await load(managedPolicyValue);
  void refreshManagedPolicy();
  return cached;
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
