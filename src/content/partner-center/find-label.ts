import { firstText, nextSiblingOf, parentOf, query, textOf } from './dom';
import { normalizeLabel } from './labels';

export interface LabelHit {
  /** The label as written in labels.ts, for evidence. */
  label: string;
  /** The largest element that holds the label and nothing else (dt, th, span, a grid cell…). */
  box: Element;
  /** The value when label and value share one text node ("Domain name: contoso.com"). */
  inlineValue: string | null;
}

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA']);
/** Longer text is prose, never a label; skipping it keeps a walk over a big page cheap. */
const MAX_LABEL_TEXT = 200;

/**
 * Finds labels in document order by walking text nodes under `root`. Stops after `limit` hits, so a
 * caller that wants the first header of a long table pays only for the nodes before it.
 */
export function findLabels(root: Element, labels: ReadonlyMap<string, string>, limit = 20): LabelHit[] {
  const hits: LabelHit[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && hits.length < limit; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    const parent = parentOf(node);
    if (!parent || raw.length > MAX_LABEL_TEXT || SKIPPED_PARENTS.has(parent.tagName) || !raw.trim()) continue;
    const whole = labels.get(normalizeLabel(raw));
    if (whole) {
      hits.push({ label: whole, box: labelBox(parent, normalizeLabel(raw)), inlineValue: null });
      continue;
    }
    const colon = raw.indexOf(':');
    if (colon <= 0) continue;
    const inline = labels.get(normalizeLabel(raw.slice(0, colon)));
    const value = raw.slice(colon + 1).replace(/\s+/g, ' ').trim();
    if (inline && value) hits.push({ label: inline, box: parent, inlineValue: value });
  }
  return hits;
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
