import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { dismissQuarantined, listQuarantined } from '../shared/storage';

/** Says so when a stored value could not be read and was set aside (storage.ts never drops it silently). */
export function QuarantineNotice() {
  const [keys, setKeys] = useState<string[]>([]);
  useEffect(() => {
    void listQuarantined().then(setKeys);
  }, []);
  if (keys.length === 0) return null;
  return (
    <div class="notice notice-warning" role="alert" data-testid="quarantine-notice">
      <p>{t('optionsQuarantineNotice')}</p>
      <button type="button" onClick={() => void dismissQuarantined().then(() => setKeys([]))}>
        {t('optionsDismiss')}
      </button>
    </div>
  );
}
