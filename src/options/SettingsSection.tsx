import { t, type MessageKey } from '../shared/i18n';
import type { ManagedView } from '../shared/managed';
import type { Settings } from '../shared/stored';
import { markOf, PolicyNote } from './Field';

const ROLES: { value: Settings['role']; label: MessageKey }[] = [
  { value: 'indirectProvider', label: 'optionsRoleIndirectProvider' },
  { value: 'indirectReseller', label: 'optionsRoleIndirectReseller' },
  { value: 'direct', label: 'optionsRoleDirect' },
  { value: 'advisor', label: 'optionsRoleAdvisor' },
];

const CLOUDS: { value: Settings['cloud']; label: MessageKey }[] = [
  { value: 'commercial', label: 'optionsCloudCommercial' },
  { value: 'usgov', label: 'optionsCloudUsGov' },
];

interface Props {
  view: ManagedView<Settings>;
  update: (change: Partial<Settings>) => void;
  saved: boolean;
}

/** Role, cloud and fill preference: each change is saved at once and says so. */
export function SettingsSection({ view, update, saved }: Props) {
  const { value } = view;
  const mark = (key: keyof Settings) => markOf<Settings>(key, view);
  const describedBy = (key: keyof Settings, hint?: string) => [hint, mark(key) && `settings-${key}-policy`].filter(Boolean).join(' ') || undefined;
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('optionsSettingsTitle')}</h2>
      <div class="field">
        <label for="settings-role">{t('optionsRole')}</label>
        <select
          id="settings-role"
          value={value.role}
          disabled={mark('role') === 'locked'}
          aria-describedby={describedBy('role')}
          onChange={(e) => update({ role: e.currentTarget.value as Settings['role'] })}
        >
          {ROLES.map((role) => (
            <option key={role.value} value={role.value}>
              {t(role.label)}
            </option>
          ))}
        </select>
        <PolicyNote id="settings-role-policy" mark={mark('role')} />
      </div>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={value.helpdeskAgent}
            disabled={mark('helpdeskAgent') === 'locked'}
            aria-describedby={describedBy('helpdeskAgent', 'settings-helpdeskAgent-hint')}
            onChange={(e) => update({ helpdeskAgent: e.currentTarget.checked })}
          />
          {t('optionsHelpdesk')}
        </label>
        <p id="settings-helpdeskAgent-hint" class="hint">
          {t('optionsHelpdeskHint')}
        </p>
        <PolicyNote id="settings-helpdeskAgent-policy" mark={mark('helpdeskAgent')} />
      </div>
      <fieldset class="choices" disabled={mark('cloud') === 'locked'} aria-describedby={describedBy('cloud')}>
        <legend>{t('optionsCloud')}</legend>
        {CLOUDS.map((cloud) => (
          <label key={cloud.value} class="choice">
            <input type="radio" name="cloud" value={cloud.value} checked={value.cloud === cloud.value} onChange={() => update({ cloud: cloud.value })} />
            {t(cloud.label)}
          </label>
        ))}
        <PolicyNote id="settings-cloud-policy" mark={mark('cloud')} />
      </fieldset>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={value.autoFill}
            disabled={mark('autoFill') === 'locked'}
            aria-describedby={describedBy('autoFill', 'settings-autoFill-hint')}
            onChange={(e) => update({ autoFill: e.currentTarget.checked })}
          />
          {t('optionsAutoFill')}
        </label>
        <p id="settings-autoFill-hint" class="hint">
          {t('optionsAutoFillHint')}
        </p>
        <PolicyNote id="settings-autoFill-policy" mark={mark('autoFill')} />
      </div>
      <p role="status" class="status" data-testid="settings-status">
        {saved ? t('optionsSaved') : ''}
      </p>
    </section>
  );
}
