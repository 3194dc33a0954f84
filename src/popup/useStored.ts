import { useEffect, useState } from 'preact/hooks';
import { load, save, watch, type StoredValue } from '../shared/storage';

/** A stored value as component state: read once `start` is true, kept current, written back through the schema. */
export function useStored<T>(def: StoredValue<T>, start = true): [T | null, (next: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!start) return undefined;
    let changed = false;
    const stop = watch(def, (next) => {
      changed = true;
      if (next !== null) setValue(next);
    });
    void load(def).then((initial) => {
      if (!changed) setValue(initial);
    });
    return stop;
  }, [def.area, def.key, start]);
  const update = (next: T) => {
    setValue(next);
    void save(def, next);
  };
  return [value, update];
}
