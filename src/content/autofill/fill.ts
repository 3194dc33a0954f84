import type { ContactProfile } from '../../core/contact';
import { textOf, type Choice, type CollectedField } from './collect';
import { EMPTY_CHOICE_PROMPTS } from './keywords';
import type { MatchedField } from './match';
import { containsPhrase, normalize } from './text';
import { wantedFor, type Wanted } from './values';

/**
 * Stage 3 of auto-fill: write a value the way a person would, so the page's framework (React's value tracker,
 * Knockout's change binding, Fluent's comboboxes) takes it into its own state, and remember how to put it back.
 */

export type FillMode = 'replace' | 'emptyOnly';
export type Restore = () => Promise<void>;
export type FillResult = { outcome: 'filled'; restore: Restore | null } | { outcome: 'skipped' } | { outcome: 'unchanged' };

/** How long a combobox may take to show its options after being opened or typed into. */
const LISTBOX_WAIT_MS = 1000;

export async function fillMatch({ field, key }: MatchedField, profile: ContactProfile, mode: FillMode): Promise<FillResult> {
  if (field.blocked) return { outcome: 'skipped' };
  const wanted = wantedFor(key, profile, field.labels);
  if (!wanted) return { outcome: 'unchanged' };
  if (mode === 'emptyOnly' && !isEmpty(field)) return { outcome: 'skipped' };
  switch (field.kind) {
    case 'text':
      return wanted.text === null ? { outcome: 'unchanged' } : fillText(field.element as HTMLInputElement, wanted.text);
    case 'select':
      return fillSelect(field.element as HTMLSelectElement, wanted);
    case 'radioGroup':
      return fillRadioGroup(field.choices, wanted);
    case 'combobox':
      return fillCombobox(field.element, wanted);
  }
}

function isEmpty(field: CollectedField): boolean {
  const element = field.element;
  switch (field.kind) {
    case 'text':
      return !(element as HTMLInputElement).value.trim();
    case 'select': {
      const selected = (element as HTMLSelectElement).selectedOptions[0];
      return !selected || !selected.value || isPrompt(selected.text);
    }
    case 'radioGroup':
      return !field.choices.some((choice) => isChecked(choice.element));
    case 'combobox':
      return isPrompt(comboboxText(element)) || comboboxText(element) === (element.getAttribute('aria-placeholder') ?? '').trim();
  }
}

// ---- text inputs ----------------------------------------------------------------------------------------

function fillText(input: HTMLInputElement | HTMLTextAreaElement, value: string): FillResult {
  const previous = input.value;
  if (previous === value) return { outcome: 'filled', restore: null };
  typeText(input, value);
  return { outcome: 'filled', restore: async () => typeText(input, previous) };
}

/**
 * React keeps the last value it saw on the element and ignores an input event whose value matches it; the
 * prototype's setter changes the value without updating that record, so the event reads as a real edit.
 */
export function typeText(input: HTMLInputElement | HTMLTextAreaElement, value: string, { keepFocus = false } = {}): void {
  const setValue = nativeValueSetter(input);
  input.focus();
  if (setValue) setValue.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Blur is where many forms validate; a combobox, though, closes its list on blur.
  if (!keepFocus) input.blur();
}

/** The value setter of the element's class, found below any property a framework put on the element itself. */
function nativeValueSetter(input: HTMLElement): ((value: string) => void) | undefined {
  for (let proto = Object.getPrototypeOf(input); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) return setter;
  }
  return undefined;
}

// ---- choices: select, radio group, combobox ---------------------------------------------------------------

interface Option {
  label: string;
  value: string;
}

type Wants = Pick<Wanted, 'choices' | 'score'>;

/**
 * How well an option says what is wanted: 3 same words, 2 contains them, 1 is contained in them, 0 unrelated.
 * A `score` function, when given, rates the option's label instead (a time zone by its offset).
 */
export function choiceScore(option: Option, wanted: Wants): number {
  if (wanted.score) return wanted.score(option.label);
  const label = normalize(option.label);
  const value = normalize(option.value);
  let score = 0;
  for (const target of wanted.choices.map(normalize).filter(Boolean)) {
    if (label === target || value === target) return 3;
    if (containsPhrase(label, target)) score = Math.max(score, 2);
    else if (label.length >= 3 && containsPhrase(target, label)) score = Math.max(score, 1);
  }
  return score;
}

/** Index of the best-scoring option (the first on a tie), or -1 when none relates. */
export function bestChoice(options: Option[], wanted: Wants): number {
  let best = -1;
  let bestScore = 0;
  options.forEach((option, index) => {
    const score = choiceScore(option, wanted);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

function fillSelect(select: HTMLSelectElement, wanted: Wanted): FillResult {
  const options = [...select.options];
  const index = bestChoice(options.map((o) => ({ label: o.text, value: o.value })), wanted);
  if (index < 0) return { outcome: 'unchanged' };
  const previous = select.selectedIndex;
  if (previous === index) return { outcome: 'filled', restore: null };
  chooseInSelect(select, index);
  return { outcome: 'filled', restore: async () => chooseInSelect(select, previous) };
}

function chooseInSelect(select: HTMLSelectElement, index: number): void {
  select.focus();
  select.selectedIndex = index;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  select.blur();
}

function isChecked(element: HTMLElement): boolean {
  return element instanceof HTMLInputElement ? element.checked : element.getAttribute('aria-checked') === 'true';
}

/** A click is what both native radios and ARIA radios (Fluent's ChoiceGroup and the like) respond to. */
function fillRadioGroup(choices: Choice[], wanted: Wanted): FillResult {
  const index = bestChoice(choices, wanted);
  const target = choices[index]?.element;
  if (!target) return { outcome: 'unchanged' };
  const previous = choices.find((choice) => isChecked(choice.element))?.element;
  if (previous === target) return { outcome: 'filled', restore: null };
  target.click();
  return { outcome: 'filled', restore: previous ? async () => previous.click() : null };
}

function comboboxText(element: HTMLElement): string {
  return element instanceof HTMLInputElement ? element.value.trim() : textOf(element);
}

function isPrompt(text: string): boolean {
  const words = normalize(text);
  return !words || EMPTY_CHOICE_PROMPTS.some((prompt) => words.startsWith(`${prompt} `) || words === prompt);
}

/**
 * An ARIA combobox: click it open, wait for its listbox, click the best option. An editable combobox whose
 * list shows nothing useful until something is typed gets the profile's text typed in as a second try.
 */
async function fillCombobox(element: HTMLElement, wanted: Wanted): Promise<FillResult> {
  const previous = comboboxText(element);
  if (!isPrompt(previous) && choiceScore({ label: previous, value: '' }, wanted) >= 2) {
    return { outcome: 'filled', restore: null };
  }
  const chosen = await chooseInCombobox(element, wanted, wanted.text ?? '');
  if (!chosen) return { outcome: 'unchanged' };
  return {
    outcome: 'filled',
    restore: async () => {
      if (previous && !isPrompt(previous)) await chooseInCombobox(element, { choices: [previous] }, previous);
      else if (element instanceof HTMLInputElement) typeText(element, '');
    },
  };
}

async function chooseInCombobox(element: HTMLElement, wanted: Wants, searchText: string): Promise<boolean> {
  const original = element instanceof HTMLInputElement ? element.value : null;
  // The full list first: a typed code ("pt-BR") would filter away its own name ("Portuguese (Brazil)").
  const attempts = element instanceof HTMLInputElement ? [...new Set(['', searchText])] : [null];
  for (const typed of attempts) {
    if (typed !== null) typeText(element as HTMLInputElement, typed, { keepFocus: true });
    if (!typed) element.click();
    const option = await waitFor(() => matchingOption(element, wanted), element);
    if (option) {
      option.click();
      return true;
    }
  }
  element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  if (original !== null) typeText(element as HTMLInputElement, original);
  return false;
}

function matchingOption(combobox: HTMLElement, wanted: Wants): HTMLElement | null {
  const options = listboxesOf(combobox).flatMap((listbox) =>
    [...listbox.querySelectorAll<HTMLElement>('[role="option"]')].filter((option) => option.getAttribute('aria-disabled') !== 'true'),
  );
  const index = bestChoice(options.map((option) => ({ label: textOf(option), value: option.getAttribute('data-value') ?? '' })), wanted);
  return options[index] ?? null;
}

/** The listbox the combobox names (aria-controls / aria-owns); else any listbox on show, as portals render them apart. */
function listboxesOf(combobox: HTMLElement): HTMLElement[] {
  const root = combobox.getRootNode() as Document | ShadowRoot;
  const owners = [combobox, ...combobox.querySelectorAll<HTMLElement>('[aria-controls], [aria-owns]')];
  const ids = owners.flatMap((owner) => `${owner.getAttribute('aria-controls') ?? ''} ${owner.getAttribute('aria-owns') ?? ''}`.split(/\s+/));
  const named = ids
    .filter(Boolean)
    .map((id) => root.getElementById(id) ?? combobox.ownerDocument.getElementById(id))
    .filter((el): el is HTMLElement => !!el);
  if (named.length) return named;
  const shown = (scope: Document | ShadowRoot) => [...scope.querySelectorAll<HTMLElement>('[role="listbox"]')].filter((el) => !el.closest('[hidden]'));
  return [...new Set([...shown(root), ...shown(combobox.ownerDocument)])];
}

/** Resolves with what `find` returns once it is non-null, re-checking on DOM changes; null after the timeout. */
function waitFor<T>(find: () => T | null, near: Node): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(null), LISTBOX_WAIT_MS);
    function finish(value: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    const options = { childList: true, subtree: true, attributes: true };
    observer.observe(near.ownerDocument ?? near, options);
    const root = near.getRootNode();
    if (root instanceof ShadowRoot) observer.observe(root, options);
  });
}
