import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { load, save, listQuarantined } from '../shared/storage';
import { settingsValue, type Settings } from '../shared/stored';
import { Memory } from './Memory';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [quarantined, setQuarantined] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void load(settingsValue).then(setSettings);
    void listQuarantined().then(setQuarantined);
  }, []);

  if (!settings) return null;
  const update = async (next: Settings) => {
    setSettings(next);
    await save(settingsValue, next);
    setSaved(true);
  };
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {quarantined.length > 0 && <p role="alert">{t('optionsQuarantineNotice')}</p>}
      <label>
        <input type="checkbox" checked={settings.cloud === 'usgov'} onChange={(e) => update({ ...settings, cloud: e.currentTarget.checked ? 'usgov' : 'commercial' })} />
        US Gov
      </label>
      {saved && <p role="status">{t('optionsSaved')}</p>}
      <Memory days={settings.memoryDays} />
    </>
  );
}
