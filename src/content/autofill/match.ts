import type { CollectedField } from './collect';
import { AUTOCOMPLETE_KEYS, CONTACT_METHOD_WORDS, CSP_PLAN_WORDS, FIELD_WORDS, type FieldKey } from './keywords';
import { containsPhrase, normalize } from './text';

/** Stage 2 of auto-fill: which profile value each collected field asks for. */

export interface MatchedField {
  field: CollectedField;
  key: FieldKey;
}

interface Phrase {
  key: FieldKey;
  text: string;
  exact: boolean;
}

const PHRASES: Phrase[] = Object.entries(FIELD_WORDS).flatMap(([key, words]) => [
  ...words.phrases.map((text) => ({ key: key as FieldKey, text: normalize(text), exact: false })),
  ...(words.exact ?? []).map((text) => ({ key: key as FieldKey, text: normalize(text), exact: true })),
]);

/** The key a label names: the longest matching phrase wins, so "additional email" is never the primary email. */
export function keyForLabel(label: string): FieldKey | null {
  const text = normalize(label);
  if (!text) return null;
  let best: Phrase | null = null;
  for (const phrase of PHRASES) {
    const hit = phrase.exact ? text === phrase.text : containsPhrase(text, phrase.text);
    if (hit && (!best || phrase.text.length > best.text.length)) best = phrase;
  }
  return best?.key ?? null;
}

/** Choices alone can identify a group: one offering Cloud Solution Provider is the support plan. */
function keyForChoices(labels: string[]): FieldKey | null {
  const normalized = labels.map(normalize);
  const offers = (words: readonly string[]) => normalized.some((label) => words.some((word) => containsPhrase(label, normalize(word))));
  if (offers(CSP_PLAN_WORDS)) return 'supportPlan';
  if (offers(CONTACT_METHOD_WORDS.email) && offers(CONTACT_METHOD_WORDS.phone) && normalized.length <= 3) return 'contactMethod';
  return null;
}

export function keyForField(field: CollectedField): FieldKey | null {
  const byAutocomplete = AUTOCOMPLETE_KEYS[field.autocomplete];
  if (byAutocomplete) return byAutocomplete;
  for (const label of field.labels) {
    const key = keyForLabel(label);
    if (key) return key;
  }
  if (field.kind === 'radioGroup') return keyForChoices(field.choices.map((choice) => choice.label));
  if (field.element instanceof HTMLSelectElement) return keyForChoices([...field.element.options].map((option) => option.text));
  return null;
}

export function matchFields(fields: CollectedField[]): MatchedField[] {
  return fields.flatMap((field) => {
    const key = keyForField(field);
    return key ? [{ field, key }] : [];
  });
}

/**
 * A support contact form, as opposed to any form that asks for a name (e.g. "Add a user" in the admin center):
 * it asks how to contact the person or which support plan applies, next to a name, email or phone.
 */
export function isSupportForm(matches: MatchedField[]): boolean {
  const keys = new Set(matches.filter((m) => !m.field.blocked).map((m) => m.key));
  const supportSignal = keys.has('contactMethod') || keys.has('supportPlan');
  const contactField = keys.has('firstName') || keys.has('lastName') || keys.has('email') || keys.has('phone');
  return supportSignal && contactField;
}
