import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/** The stored keys that decide a value once the organisation's policy is applied to the user's choice. */
const POLICY_INPUTS = new Set(['settings', 'profile', 'managedPolicy', 'presetOverrides']);

/**
 * A policy-aware value (see shared/managed.ts), read again whenever one of its inputs changes. Reading
 * starts once `start` is true, so the popup can show the customer before it reads anything else.
 */
export function useEffective<T>(loadEffective: () => Promise<T>, start = true): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!start) return undefined;
    let current = true;
    const refresh = () => void loadEffective().then((next) => current && setValue(next));
    const listener = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((key) => POLICY_INPUTS.has(key))) refresh();
    };
    browser.storage.onChanged.addListener(listener);
    refresh();
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [loadEffective, start]);
  return value;
}
