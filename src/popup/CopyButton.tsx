import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';

/** Copies a value and says so for a moment, in words a screen reader announces too. */
export function CopyButton({ value, label, doneKey = 'popupCopied' }: { value: string; label: string; doneKey?: MessageKey }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('done');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <span class="copy">
      <button type="button" class="secondary small" onClick={copy} aria-label={label} title={label}>
        {t('popupCopy')}
      </button>
      <span role="status" class="copy-status">
        {state === 'done' ? t(doneKey) : state === 'failed' ? t('popupCopyFailed') : ''}
      </span>
    </span>
  );
}
