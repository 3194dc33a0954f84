import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ContactProfile } from '../core/contact';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { applyManaged, loadProfileView, saveProfileChoice, type ManagedView } from '../shared/managed';
import { watch } from '../shared/storage';
import { managedPolicyValue, presetOverridesValue, profileValue } from '../shared/stored';
import { browserTimeZone, languageChoices, timeZoneChoices } from './choices';
import { Field, markOf, PolicyNote } from './Field';
import { toDraft, validateDraft, type DraftErrors, type DraftField, type ProfileDraft } from './profile-form';
import { EXPORT_FILE_NAME, downloadJson, profileFromJson, profileToJson } from './transfer';

type Notice = { key: MessageKey; kind: 'ok' | 'problem' } | null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The partner's own contact details: edited here, saved explicitly, exported and imported as JSON. */
export function ProfileSection() {
  const [view, setView] = useState<ManagedView<ContactProfile> | null>(null);
  const [draft, setDraftState] = useState<ProfileDraft | null>(null);
  // The ref is the truth handlers read: input and submit events can arrive before Preact renders again
  // (fast typing, a password manager filling several fields), and a render-time closure would be stale.
  const draftRef = useRef<ProfileDraft | null>(null);
  const setDraft = (next: ProfileDraft) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const [baseline, setBaseline] = useState<ProfileDraft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const dirty = draft !== null && baseline !== null && !same(draft, baseline);
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const show = (next: ManagedView<ContactProfile>, force: boolean) => {
    setView(next);
    // Someone else saving (another tab, sync, a new policy) must not wipe what the user is typing.
    if (!force && dirtyRef.current) return;
    const fresh = toDraft(next.value);
    if (!fresh.timeZone && !next.locked.has('timeZone')) fresh.timeZone = browserTimeZone();
    setDraft(fresh);
    setBaseline(fresh);
    setErrors({});
  };

  useEffect(() => {
    const reload = () => void loadProfileView().then((next) => show(next, false));
    reload();
    const stops = [watch(profileValue, reload), watch(managedPolicyValue, reload), watch(presetOverridesValue, reload)];
    return () => stops.forEach((stop) => stop());
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (confirmingClear) confirmButton.current?.focus();
  }, [confirmingClear]);

  // ~400 zones: rebuilt only when the chosen zone changes, not on every keystroke elsewhere.
  const timeZones = useMemo(() => timeZoneChoices(draft?.timeZone ?? ''), [draft?.timeZone]);
  const languages = useMemo(() => languageChoices(uiLanguage(), draft?.language ?? ''), [draft?.language]);

  if (!view || !draft) return null;

  const edit = <K extends DraftField>(field: K, value: ProfileDraft[K]) => {
    if (draftRef.current) setDraft({ ...draftRef.current, [field]: value });
    setNotice(null);
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  };

  const store = async (profile: ContactProfile, done: MessageKey) => {
    await saveProfileChoice(profile, view);
    show(await loadProfileView(), true);
    setNotice({ key: done, kind: 'ok' });
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    const checked = validateDraft(draftRef.current ?? draft, new Set(view.locked));
    if (!checked.ok) {
      setErrors(checked.errors);
      setNotice({ key: 'optionsProfileInvalid', kind: 'problem' });
      const first = Object.keys(checked.errors)[0];
      if (first) document.getElementById(`profile-${first}`)?.focus();
      return;
    }
    await store(checked.profile, 'optionsSaved');
  };

  const onImport = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const imported = profileFromJson(await file.text());
    if (!imported.ok) setNotice({ key: imported.error, kind: 'problem' });
    else await store(imported.profile, 'optionsImportDone');
  };

  const closeClear = () => {
    setConfirmingClear(false);
    clearButton.current?.focus();
  };

  const onClear = async () => {
    closeClear();
    // Clearing removes the user's own details; the organisation's presets and locks still apply.
    const cleared = applyManaged(profileValue.defaults(), { ...view.managed, overrides: {} }).value;
    await store(cleared, 'optionsCleared');
  };

  const mark = (field: DraftField) => markOf<ContactProfile>(field, view);
  const text = (field: DraftField, label: MessageKey, options: { required?: boolean; hint?: MessageKey; type?: string; autoComplete?: string; inputMode?: string } = {}) => (
    <Field id={`profile-${field}`} label={t(label)} required={options.required} hint={options.hint && t(options.hint)} error={errors[field]} mark={mark(field)}>
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          inputMode={options.inputMode as JSX.HTMLAttributes['inputMode']}
          value={draft[field]}
          onInput={(e) => edit(field, e.currentTarget.value)}
        />
      )}
    </Field>
  );
  const select = (field: 'timeZone' | 'language', label: MessageKey, choices: { value: string; label: string }[]) => (
    <Field id={`profile-${field}`} label={t(label)} error={errors[field]} mark={mark(field)}>
      {(control) => (
        <select {...control} value={draft[field]} onChange={(e) => edit(field, e.currentTarget.value)}>
          <option value="">{t('optionsNotSet')}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  // A fresh notice (saved, import refused, …) wins; typing clears it and the unsaved state shows again.
  const status = notice ? t(notice.key) : dirty ? t('optionsUnsaved') : '';
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('optionsProfileTitle')}</h2>
      <p>{t('optionsProfileExplain')}</p>
      <p class="hint">{t('optionsRequiredNote')}</p>
      <form onSubmit={onSave} noValidate>
        <div class="grid">
          {text('firstName', 'optionsFirstName', { required: true, autoComplete: 'given-name' })}
          {text('lastName', 'optionsLastName', { required: true, autoComplete: 'family-name' })}
          {text('email', 'optionsEmail', { required: true, type: 'email', autoComplete: 'email' })}
          {text('additionalEmails', 'optionsAdditionalEmails', { hint: 'optionsAdditionalEmailsHint', inputMode: 'email' })}
          {text('phone', 'optionsPhone', { type: 'tel', autoComplete: 'tel', hint: 'optionsPhoneHint', required: draft.contactMethod === 'phone' })}
          <fieldset class="choices" disabled={mark('contactMethod') === 'locked'} aria-describedby={mark('contactMethod') ? 'profile-contactMethod-policy' : undefined}>
            <legend>{t('optionsContactMethod')}</legend>
            {(['email', 'phone'] as const).map((method) => (
              <label key={method} class="choice">
                <input
                  type="radio"
                  name="contactMethod"
                  value={method}
                  checked={draft.contactMethod === method}
                  onChange={() => edit('contactMethod', method)}
                />
                {t(method === 'email' ? 'optionsContactEmail' : 'optionsContactPhone')}
              </label>
            ))}
            <PolicyNote id="profile-contactMethod-policy" mark={mark('contactMethod')} />
          </fieldset>
          {text('country', 'optionsCountry', { autoComplete: 'country-name' })}
          {select('timeZone', 'optionsTimeZone', timeZones)}
          {select('language', 'optionsLanguage', languages)}
          {text('company', 'optionsCompany', { autoComplete: 'organization' })}
          {text('partnerId', 'optionsPartnerId', { hint: 'optionsPartnerIdHint', inputMode: 'numeric' })}
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            {t('optionsSaveProfile')}
          </button>
          <p role="status" class={`status${notice?.kind === 'problem' ? ' status-problem' : ''}`} data-testid="profile-status">
            {status}
          </p>
        </div>
      </form>
      <div class="actions">
        <button type="button" onClick={() => downloadJson(profileToJson(view.user), EXPORT_FILE_NAME)}>
          {t('optionsExport')}
        </button>
        <label class="button file-button">
          {t('optionsImport')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onImport} />
        </label>
        <button type="button" class="danger" ref={clearButton} aria-expanded={confirmingClear} onClick={() => setConfirmingClear(true)}>
          {t('optionsClear')}
        </button>
      </div>
      {confirmingClear && (
        <div class="confirm" role="group" aria-labelledby="profile-clear-question">
          <p id="profile-clear-question">{t('optionsClearConfirm')}</p>
          <button type="button" class="danger" onClick={() => void onClear()} ref={confirmButton}>
            {t('optionsClearYes')}
          </button>
          <button type="button" onClick={closeClear}>
            {t('optionsCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
