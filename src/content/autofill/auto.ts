import browser from 'webextension-polyfill';
import type { ContactProfile } from '../../core/contact';
import { applyManaged } from '../../shared/managed';
import { decodeStored, type StoredValue } from '../../shared/storage';
import { managedPolicyValue, presetOverridesValue, profileValue, settingsValue } from '../../shared/stored';
import type { MatchedField } from './match';

/**
 * "Fill automatically": once per appearance of a support form, hand its fresh fields to `fill` (which fills
 * empty fields only). Pages are watched through a debounced MutationObserver, never scanned on every change.
 */

const QUIET_MS = 400;
/** A portal that never stops animating still gets looked at this often. */
const MAX_WAIT_MS = 2000;

/**
 * The profile to auto-fill with, or null when the setting is off or there is nothing to fill. The organisation's
 * cached policy applies as everywhere else (shared/managed.ts); this only decodes storage, never writes it,
 * since a content script should not quarantine or refresh what the extension's own pages manage.
 */
export async function readAutoFillProfile(): Promise<ContactProfile | null> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get([settingsValue.key, profileValue.key, presetOverridesValue.key]),
    browser.storage.local.get(managedPolicyValue.key),
  ]);
  const decoded = <T>(def: StoredValue<T>, raw: unknown): T => {
    const result = decodeStored(def, raw);
    return result.ok ? result.value : def.defaults();
  };
  const policy = decoded(managedPolicyValue, local[managedPolicyValue.key]);
  const overrides = decoded(presetOverridesValue, sync[presetOverridesValue.key]);
  const effective = <T extends object>(def: StoredValue<T>, values: Partial<T>): T =>
    applyManaged(decoded(def, sync[def.key]), { values, locked: policy.locked, overrides }).value;

  if (!effective(settingsValue, policy.settings).autoFill) return null;
  const profile = effective(profileValue, policy.profile);
  return profile.firstName || profile.lastName || profile.email || profile.phone ? profile : null;
}

export function watchForForms(
  doc: Document,
  findForm: () => MatchedField[] | null,
  fill: (fresh: MatchedField[]) => Promise<void>,
): () => void {
  const seen = new WeakSet<Element>();
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
    const matches = findForm();
    if (!matches) return;
    const fresh = matches.filter((match) => !seen.has(match.field.element));
    matches.forEach((match) => seen.add(match.field.element));
    if (fresh.length) void fill(fresh);
  };
  const schedule = () => {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(check, QUIET_MS);
    maxTimer ??= setTimeout(check, MAX_WAIT_MS);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some((node) => node instanceof Element))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  schedule();
  return () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
  };
}
