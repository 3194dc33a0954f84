import { firstText, nextSiblingOf, parentOf, query, textOf } from './dom';
import { normalizeLabel, type LabelIndex } from './labels';

export interface LabelHit<K extends string = string> {
  /** The fact the label names. */
  key: K;
  /** The label as written in labels.ts, for evidence. */
  label: string;
  /** The largest element that holds the label and nothing else (dt, th, span, a grid cell…). */
  box: Element;
  /** The value when label and value share one text node ("Domain name: contoso.com"). */
  inlineValue: string | null;
}

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA']);
/** Longer text is prose, never a label, nor a "Label: value" pair; it is passed over unread. */
const MAX_LABEL_TEXT = 200;
/** Room beyond the longest label for edge punctuation ("Name ↑", "* Domain:") and decomposed accents. */
const SLACK = 8;
const MAIN = 'main, [role="main"]';

/**
 * Labels on the page in document order, searched in the main region first: the facts are there, while
 * navigation menus and long lists elsewhere are not. Only if the caller wants more does the search go on
 * over the rest of the page. Lazy: the caller stops the walk when it has what it needs.
 */
export function* labelsOnPage<K extends string>(root: Element, index: LabelIndex<K>): Generator<LabelHit<K>, void> {
  const main = query(root, MAIN);
  if (main) yield* labelsIn(main, index);
  yield* labelsIn(root, index, Infinity, main);
}

export function firstLabelOnPage<K extends string>(root: Element, index: LabelIndex<K>): LabelHit<K> | undefined {
  for (const hit of labelsOnPage(root, index)) return hit;
  return undefined;
}

/**
 * Labels under `scope` in document order, looking at no more than `maxNodes` text nodes and never inside `skip`.
 * Each text node costs a length check; only text short enough to be a label is normalized and looked up.
 */
export function* labelsIn<K extends string>(scope: Element, index: LabelIndex<K>, maxNodes = Infinity, skip: Element | null = null): Generator<LabelHit<K>, void> {
  const walker = scope.ownerDocument.createTreeWalker(scope, skip ? NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT : NodeFilter.SHOW_TEXT);
  const longest = index.longest + SLACK;
  let node = walker.nextNode();
  for (let seen = 0; node && seen < maxNodes; ) {
    if (node === skip) {
      node = pastSubtree(walker);
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      seen++;
      const hit = labelAt(node, index, longest);
      if (hit) yield hit;
    }
    node = walker.nextNode();
  }
}

/** The node after the walker's current node and all its descendants. */
function pastSubtree(walker: TreeWalker): Node | null {
  do {
    const next = walker.nextSibling();
    if (next) return next;
  } while (walker.parentNode());
  return null;
}

function labelAt<K extends string>(node: Node, index: LabelIndex<K>, longest: number): LabelHit<K> | null {
  const raw = node.nodeValue ?? '';
  if (raw.length > MAX_LABEL_TEXT) return null;
  let text = raw.trim();
  if (text.length > longest) text = text.replace(/\s+/g, ' ');
  const colon = text.indexOf(':');
  // Too short for any label, or neither short enough to be one nor "Label: value" with a label-sized start.
  if (text.length < index.shortest || (text.length > longest && (colon <= 0 || colon > longest))) return null;
  const parent = parentOf(node);
  if (!parent || SKIPPED_PARENTS.has(parent.tagName)) return null;
  if (text.length <= longest) {
    const normalized = normalizeLabel(text);
    const whole = index.byText.get(normalized);
    if (whole) return { key: whole[0], label: whole[1], box: labelBox(parent, normalized), inlineValue: null };
  }
  if (colon <= 0) return null;
  const inline = index.byText.get(normalizeLabel(text.slice(0, colon)));
  const value = text.slice(colon + 1).replace(/\s+/g, ' ').trim();
  return inline && value ? { key: inline[0], label: inline[1], box: parent, inlineValue: value } : null;
}

/** Climbs while the ancestor still reads as just the label, so its next sibling is the value's box. */
function labelBox(start: Element, normalized: string): Element {
  let box = start;
  for (let parent = parentOf(box); parent && parent.tagName !== 'BODY'; parent = parentOf(parent)) {
    if (normalizeLabel(textOf(parent, MAX_LABEL_TEXT + 1)) !== normalized) break;
    box = parent;
  }
  return box;
}

/**
 * The value shown next to a label: `label[for]`'s control, or the first sibling after the label's box
 * that has text (dt → dd, th → td, span + text, grid cell → next cell). Up to a few siblings are tried,
 * because icons and empty spacer elements sit between labels and values.
 */
export function valueNear(hit: LabelHit): string | null {
  if (hit.inlineValue) return hit.inlineValue;
  const box = hit.box;
  const forId = box.tagName === 'LABEL' ? box.getAttribute('for') : null;
  if (forId) {
    const control = Document.prototype.getElementById.call(box.ownerDocument, forId);
    const value = control && valueOf(control);
    if (value) return value;
  }
  let sibling = nextSiblingOf(box);
  for (let tried = 0; sibling && tried < 4; sibling = nextSiblingOf(sibling), tried++) {
    const value = valueOf(sibling);
    if (value) return value;
  }
  return null;
}

/** A value box's first line: the value itself, not the "Copy" button or help text that may follow it. */
function valueOf(node: Node): string | null {
  if (node.nodeType === Node.TEXT_NODE) return textOf(node, 600) || null;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const input = element.tagName === 'INPUT' ? element : query(element, 'input:not([type="hidden"])');
  if (input) return (input as HTMLInputElement).value.trim() || null;
  return firstText(element);
}
