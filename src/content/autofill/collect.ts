import { identifierWords } from './text';

/**
 * Stage 1 of auto-fill: the candidate fields of a document (open shadow roots included) with every text that
 * could name them. Runs on demand only; it walks the whole document once per call.
 */

export type FieldKind = 'text' | 'select' | 'combobox' | 'radioGroup';
export type Blocked = 'hidden' | 'readonly' | 'disabled';

export interface Choice {
  element: HTMLElement;
  label: string;
  value: string;
}

export interface CollectedField {
  kind: FieldKind;
  /** The control itself; for a radio group, its container (or the first radio when there is none). */
  element: HTMLElement;
  /** Radio groups only: the radios and their labels. */
  choices: Choice[];
  /** The field-name token of the autocomplete attribute ("given-name"), or "". */
  autocomplete: string;
  /** Texts naming the field, strongest first: labels, ARIA, placeholder, name/id words, nearby text. */
  labels: string[];
  /** Why the field must be left alone, or null when it may be filled. */
  blocked: Blocked | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'email', 'tel', 'search', '']);
const CANDIDATES = 'input, textarea, select, [role="combobox"], [role="radiogroup"]';
/** Subtrees whose text is a field's content, not a label (a wrapping label's select lists every country). */
const NOT_LABEL_TEXT = 'select, option, textarea, script, style, [role="listbox"], [role="option"]';
const MAX_LABEL_CHARS = 160;
const NEARBY_LEVELS = 3;
const NEARBY_SIBLINGS = 3;

export function collectFields(doc: Document): CollectedField[] {
  const layout = hasLayout(doc);
  const fields: CollectedField[] = [];
  for (const root of openRoots(doc)) fields.push(...collectInRoot(root, layout));
  return fields;
}

/** The document and every open shadow root inside it, nested ones included. */
function openRoots(doc: Document): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [];
  const visit = (root: Document | ShadowRoot) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(doc);
  return roots;
}

function collectInRoot(root: Document | ShadowRoot, layout: boolean): CollectedField[] {
  const fields: CollectedField[] = [];
  const groupedRadios = new Set<Element>();
  const candidates = [...root.querySelectorAll<HTMLElement>(CANDIDATES)];

  // Groups first, so their radios are not seen twice.
  for (const group of candidates.filter((el) => el.getAttribute('role') === 'radiogroup')) {
    const radios = [...group.querySelectorAll<HTMLElement>('[role="radio"], input[type="radio"]')];
    if (radios.length === 0) continue;
    radios.forEach((radio) => groupedRadios.add(radio));
    fields.push(radioGroup(group, radios, root, layout));
  }
  const nativeGroups = new Map<string, HTMLInputElement[]>();
  for (const element of candidates) {
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (groupedRadios.has(element)) continue;
      const key = element.name || `#${nativeGroups.size}`;
      nativeGroups.set(key, [...(nativeGroups.get(key) ?? []), element]);
      continue;
    }
    const kind = kindOf(element);
    if (!kind) continue;
    fields.push({
      kind,
      element,
      choices: [],
      autocomplete: autocompleteToken(element),
      labels: labelsOf(element, root),
      blocked: blockedReason(element, layout),
    });
  }
  for (const radios of nativeGroups.values()) {
    const container = radios[0]!.closest('fieldset') ?? commonAncestor(radios) ?? radios[0]!;
    fields.push(radioGroup(container, radios, root, layout));
  }
  return fields;
}

function kindOf(element: HTMLElement): Exclude<FieldKind, 'radioGroup'> | null {
  if (element.getAttribute('role') === 'combobox') return 'combobox';
  if (element instanceof HTMLSelectElement) return 'select';
  if (element instanceof HTMLTextAreaElement) return 'text';
  if (element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.getAttribute('type')?.toLowerCase() ?? '')) return 'text';
  return null;
}

function radioGroup(container: HTMLElement, radios: HTMLElement[], root: Document | ShadowRoot, layout: boolean): CollectedField {
  const choices = radios.map((radio) => ({
    element: radio,
    label: ownLabels(radio, root)[0] ?? textOf(radio),
    value: radio instanceof HTMLInputElement ? radio.value : (radio.getAttribute('data-value') ?? ''),
  }));
  const legend = container instanceof HTMLFieldSetElement ? container.querySelector(':scope > legend') : null;
  const names = [...new Set(radios.map((radio) => radio.getAttribute('name') ?? ''))].filter(Boolean).map(identifierWords);
  const labels = [
    ...(legend ? [textOf(legend)] : []),
    ...ariaLabels(container, root),
    ...names,
    ...nearbyText(container),
  ].filter(Boolean);
  // A styled radio is often a zero-size input; the group is usable when any radio is reachable.
  const reasons = radios.map((radio) => blockedReason(radio, layout && radio.getAttribute('role') === 'radio'));
  const blocked = reasons.includes(null) ? blockedReason(container, false) : reasons[0]!;
  return { kind: 'radioGroup', element: container, choices, autocomplete: '', labels, blocked };
}

function labelsOf(element: HTMLElement, root: Document | ShadowRoot): string[] {
  const identifiers = [element.getAttribute('name'), element.id].filter((v): v is string => !!v).map(identifierWords);
  return [
    ...ownLabels(element, root),
    element.getAttribute('placeholder') ?? '',
    element.getAttribute('aria-placeholder') ?? '',
    element.getAttribute('title') ?? '',
    ...identifiers,
    ...nearbyText(element),
  ]
    .map((text) => text.trim())
    .filter(Boolean);
}

/** label[for] and wrapping labels, then aria-labelledby and aria-label. */
function ownLabels(element: HTMLElement, root: Document | ShadowRoot): string[] {
  const labels = new Set<Element>('labels' in element && element.labels ? [...(element.labels as NodeListOf<HTMLLabelElement>)] : []);
  const wrapping = element.closest('label');
  if (wrapping) labels.add(wrapping);
  if (element.id) {
    for (const label of root.querySelectorAll('label[for]')) if (label.getAttribute('for') === element.id) labels.add(label);
  }
  return [...[...labels].map(textOf), ...ariaLabels(element, root)].filter(Boolean);
}

function ariaLabels(element: Element, root: Document | ShadowRoot): string[] {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byIds = ids
    .map((id) => root.getElementById(id) ?? element.ownerDocument.getElementById(id))
    .filter((el): el is HTMLElement => !!el)
    .map(textOf)
    .join(' ');
  return [byIds, element.getAttribute('aria-label') ?? ''].filter(Boolean);
}

/** The closest preceding text before the field, a few levels up; stops at text that belongs to another field. */
function nearbyText(element: Element): string[] {
  let node: Element | null = element;
  for (let level = 0; node && level < NEARBY_LEVELS; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let step = 0; sibling && step < NEARBY_SIBLINGS; step++, sibling = sibling.previousElementSibling) {
      if (sibling.matches(CANDIDATES) || sibling.querySelector(CANDIDATES)) return [];
      const text = textOf(sibling);
      if (text) return [text];
    }
  }
  return [];
}

/** Visible-ish text of an element without its form controls' content, trimmed to a label's length. */
export function textOf(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (text.length > MAX_LABEL_CHARS) return;
    if (node.nodeType === Node.TEXT_NODE) text += ` ${node.nodeValue ?? ''}`;
    else if (node instanceof Element && !node.matches(NOT_LABEL_TEXT)) node.childNodes.forEach(walk);
  };
  element.childNodes.forEach(walk);
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_CHARS);
}

function autocompleteToken(element: HTMLElement): string {
  const tokens = (element.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return tokens.at(-1) ?? '';
}

function blockedReason(element: HTMLElement, checkSize: boolean): Blocked | null {
  const inDisabledFieldset = element.closest('fieldset[disabled]') && !element.closest('legend');
  if (element.matches(':disabled') || inDisabledFieldset || element.getAttribute('aria-disabled') === 'true') return 'disabled';
  if ((element as HTMLInputElement).readOnly === true || element.getAttribute('aria-readonly') === 'true') return 'readonly';
  return isHidden(element, checkSize) ? 'hidden' : null;
}

function isHidden(element: HTMLElement, checkSize: boolean): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  // visibility is inherited, so the field's own computed value already covers its ancestors.
  const ownStyle = view.getComputedStyle(element);
  if (ownStyle.visibility === 'hidden' || ownStyle.visibility === 'collapse') return true;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert') || node.getAttribute('aria-hidden') === 'true') return true;
    if (view.getComputedStyle(node).display === 'none') return true;
  }
  if (!checkSize) return false;
  const box = element.getBoundingClientRect();
  return box.width === 0 && box.height === 0;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether this document has been laid out; without layout (a DOM emulator) sizes say nothing. */
function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

function commonAncestor(elements: HTMLElement[]): HTMLElement | null {
  let candidate = elements[0]?.parentElement ?? null;
  while (candidate && !elements.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}
