import { mergeSighting, type Customer, type Sighting } from '../core/customer';
import type { TenantId } from '../core/tenant';
import { load, remove, save } from '../shared/storage';
import { loadEffectiveSettings } from '../shared/managed';
import { customersValue, tabStateValue, type TabState } from '../shared/stored';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Writes are chained so two sightings arriving together cannot overwrite each other's merge. */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Records what a tab shows now and folds ready sightings into the customer memory. */
export function recordSighting(tabId: number, sighting: Sighting, now = Date.now()): Promise<TabState> {
  return serialized(async () => {
    const state: TabState = {
      tenantId: sighting.tenantId,
      pageKind: sighting.pageKind,
      status: sighting.status,
      evidence: sighting.evidence,
      candidates: sighting.candidates,
      at: now,
    };
    // The memory is written before the tab state: a popup that sees the tab on this customer finds
    // its facts already there, instead of a bare customer that fills in a moment later.
    if (sighting.status !== 'loading' && sighting.tenantId) {
      const customers = await load(customersValue);
      const merged = mergeSighting(customers[sighting.tenantId] as Customer | undefined ?? null, sighting, now);
      if (merged) await save(customersValue, { ...withoutExpired(customers, await memoryMs(), now), [merged.tenantId]: merged });
    }
    await save(tabStateValue(tabId), state);
    return state;
  });
}

export function setAdminOverride(tenantId: TenantId, value: 'yes' | 'no' | null, now = Date.now()): Promise<void> {
  return serialized(async () => {
    const customers = await load(customersValue);
    const current = customers[tenantId] ?? { tenantId, name: null, domain: null, admin: { value: 'unknown', source: null, at: null }, lastSeen: now };
    const admin = value === null ? { value: 'unknown' as const, source: null, at: null } : { value, source: 'user' as const, at: now };
    await save(customersValue, { ...customers, [tenantId]: { ...current, admin, lastSeen: now } });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serialized(() => remove(tabStateValue(tabId)));
}

export function expireMemory(now = Date.now()): Promise<void> {
  return serialized(async () => {
    const customers = await load(customersValue);
    const kept = withoutExpired(customers, await memoryMs(), now);
    if (Object.keys(kept).length !== Object.keys(customers).length) await save(customersValue, kept);
  });
}

async function memoryMs(): Promise<number> {
  return (await loadEffectiveSettings()).memoryDays * DAY_MS;
}

export function withoutExpired<T extends { lastSeen: number }>(customers: Record<string, T>, maxAgeMs: number, now: number): Record<string, T> {
  return Object.fromEntries(Object.entries(customers).filter(([, customer]) => now - customer.lastSeen <= maxAgeMs));
}
