import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { loadProfileView, loadSettingsView, saveSettingsChoice, type ManagedView } from '../shared/managed';
import { followPolicyChanges, refreshManagedPolicy } from '../shared/managed-policy';
import { load, watch } from '../shared/storage';
import { customersValue, managedPolicyValue, presetOverridesValue, settingsValue, type Settings } from '../shared/stored';
import { markOf } from './Field';
import { Memory } from './Memory';
import { PolicyNotice } from './PolicyNotice';
import { ProfileSection } from './ProfileSection';
import { QuarantineNotice } from './QuarantineNotice';
import { SettingsSection } from './SettingsSection';
import { Shortcut } from './Shortcut';

export function Options() {
  const [settings, setSettings] = useState<ManagedView<Settings> | null>(null);
  // Which section last saved a setting, so the confirmation shows next to the control that changed.
  const [savedIn, setSavedIn] = useState<'settings' | 'memory' | null>(null);

  useEffect(() => {
    const reload = () => void loadSettingsView().then(setSettings);
    // Every value this page shows is read once up front, so anything unreadable is already set aside
    // (and listed) by the time the quarantine notice looks.
    void Promise.all([loadSettingsView(), loadProfileView(), load(customersValue)]).then(([view]) => setSettings(view));
    const stops = [
      watch(settingsValue, reload),
      watch(managedPolicyValue, reload),
      watch(presetOverridesValue, reload),
      followPolicyChanges(),
    ];
    // The page that shows policy marks reads the policy afresh; the cached one is shown meanwhile.
    void refreshManagedPolicy();
    return () => stops.forEach((stop) => stop());
  }, []);

  if (!settings) return null;

  const update = (change: Partial<Settings>, section: 'settings' | 'memory' = 'settings') => {
    const next = { ...settings.value, ...change };
    setSettings({ ...settings, value: next });
    setSavedIn(null);
    void saveSettingsChoice(next, settings).then(() => setSavedIn(section));
  };

  return (
    <>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <QuarantineNotice />
      <PolicyNotice policy={settings.policy} />
      <ProfileSection />
      <SettingsSection view={settings} update={update} saved={savedIn === 'settings'} />
      <Memory
        days={settings.value.memoryDays}
        daysMark={markOf<Settings>('memoryDays', settings)}
        onDaysChange={(memoryDays) => update({ memoryDays }, 'memory')}
        saved={savedIn === 'memory'}
      />
      <Shortcut />
    </>
  );
}
