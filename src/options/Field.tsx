import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../shared/i18n';

/** How the organisation's policy touches a field: fixed, suggested, or not at all. */
export type PolicyMark = 'locked' | 'preset' | null;

export interface ControlProps {
  id: string;
  disabled: boolean;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required'?: boolean;
}

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: MessageKey | undefined;
  mark: PolicyMark;
  children: (control: ControlProps) => ComponentChildren;
}

/** One labelled control with its hint, policy mark and inline error, all tied to it for screen readers. */
export function Field({ id, label, required = false, hint, error, mark, children }: FieldProps) {
  const notes = [hint && `${id}-hint`, mark && `${id}-policy`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        disabled: mark === 'locked',
        'aria-invalid': Boolean(error),
        'aria-describedby': notes || undefined,
        ...(required ? { 'aria-required': true } : {}),
      })}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <PolicyNote id={`${id}-policy`} mark={mark} />
      {error && (
        <p id={`${id}-error`} class="error">
          {t(error)}
        </p>
      )}
    </div>
  );
}

export function PolicyNote({ id, mark }: { id: string; mark: PolicyMark }) {
  if (!mark) return null;
  return (
    <p id={id} class={`policy-note policy-${mark}`}>
      {t(mark === 'locked' ? 'optionsSetByOrg' : 'optionsPresetByOrg')}
    </p>
  );
}

export function markOf<T>(key: keyof T, view: { locked: Set<keyof T>; presets: Set<keyof T> }): PolicyMark {
  if (view.locked.has(key)) return 'locked';
  return view.presets.has(key) ? 'preset' : null;
}
