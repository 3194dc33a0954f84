import { ContactProfileSchema, type ContactProfile } from '../core/contact';
import { load, save, type StoredValue } from './storage';
import {
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
 * This module applies the cached policy; reading storage.managed into that cache is managed-policy.ts.
 */

export const FIELDS = { settings: SettingsSchema.shape, profile: ContactProfileSchema.shape } as const;
export type Section = keyof typeof FIELDS;

export function sectionOf(key: string): Section | null {
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

/**
 * The cached policy, immediately. The cache is kept fresh by the service worker (each start and each
 * policy change) and by the options page, so no page waits on storage.managed (see managed-policy.ts).
 */
export function loadCachedPolicy(): Promise<ManagedPolicy> {
  return load(managedPolicyValue);
}

