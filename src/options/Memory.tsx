import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { load, save, watch } from '../shared/storage';
import { customersValue } from '../shared/stored';
import type { Customer } from '../core/customer';
import { Field, type PolicyMark } from './Field';

interface Props {
  days: number;
  daysMark: PolicyMark;
  onDaysChange: (days: number) => void;
  saved: boolean;
}

/** What Support Path remembers about customers, visible and clearable: nothing is kept out of sight. */
export function Memory({ days, daysMark, onDaysChange, saved }: Props) {
  const [customers, setCustomers] = useState<Customer[] | null>(null);
  useEffect(() => {
    const show = (record: Record<string, Customer> | null) =>
      setCustomers(Object.values(record ?? {}).sort((a, b) => b.lastSeen - a.lastSeen));
    void load(customersValue).then(show);
    return watch(customersValue, show);
  }, []);
  if (!customers) return null;
  return (
    <section aria-labelledby="memory-title">
      <h2 id="memory-title">{t('optionsMemoryTitle')}</h2>
      <p>{t('optionsMemoryExplain', String(days))}</p>
      <MemoryDays days={days} mark={daysMark} onChange={onDaysChange} />
      <p role="status" class="status" data-testid="memory-status">
        {saved ? t('optionsSaved') : ''}
      </p>
      {customers.length === 0 ? (
        <p data-testid="memory-empty">{t('optionsMemoryEmpty')}</p>
      ) : (
        <>
          <ul data-testid="memory-list" class="memory-list">
            {customers.map((c) => (
              <li key={c.tenantId}>
                <span class="memory-name">{c.name ?? t('valueUnknown')}</span> · <span>{c.domain ?? t('valueUnknown')}</span> ·{' '}
                <code>{c.tenantId}</code>
              </li>
            ))}
          </ul>
          <button type="button" class="danger" onClick={() => void save(customersValue, {})}>
            {t('optionsMemoryClear')}
          </button>
        </>
      )}
    </section>
  );
}

const MIN_DAYS = 1;
const MAX_DAYS = 365;

function MemoryDays({ days, mark, onChange }: { days: number; mark: PolicyMark; onChange: (days: number) => void }) {
  const [text, setText] = useState(String(days));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(String(days)), [days]);
  // Saved when the user commits the value (blur or Enter), not on every keystroke of "365".
  const commit = (raw: string) => {
    const value = Number(raw.trim());
    const valid = raw.trim() !== '' && Number.isInteger(value) && value >= MIN_DAYS && value <= MAX_DAYS;
    setInvalid(!valid);
    if (valid && value !== days) onChange(value);
  };
  return (
    <Field id="memory-days" label={t('optionsMemoryDays')} error={invalid ? 'optionsErrorMemoryDays' : undefined} mark={mark}>
      {(control) => (
        <input
          {...control}
          type="number"
          min={MIN_DAYS}
          max={MAX_DAYS}
          step={1}
          inputMode="numeric"
          class="narrow"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
