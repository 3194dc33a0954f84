import { childrenOf, nextSiblingOf, parentOf, query, queryAll, textOf } from './dom';
import { labelsIn } from './find-label';
import { CUSTOMER_LIST, CUSTOMER_SECTIONS, labelIndex, normalizeLabel } from './labels';
import type { PageReading } from './reading';
import { cleanName } from './values';

const SECTIONS = labelIndex({ word: CUSTOMER_SECTIONS });
const LIST_STEP = labelIndex({ list: CUSTOMER_LIST });
const BREADCRUMB = 'nav[aria-label*="breadcrumb" i], [aria-label*="breadcrumb" i], [class*="breadcrumb" i], nav[aria-label*="navegação estrutural" i]';
/** Separators drawn as text between breadcrumb steps. */
const SEPARATOR = /^[>›»/|\\-]*$/;

/**
 * The customer's name on any customer page: the heading or the window title "<name> | <section>",
 * or the breadcrumb step after "Customer list". Read as text: markup in a name stays characters.
 */
export function readCustomerName(root: Element): PageReading {
  for (const [source, text] of titleTexts(root)) {
    const name = nameBeforeSection(text);
    if (name) return { name, evidence: [source], complete: true };
  }
  const fromBreadcrumb = nameInBreadcrumb(root);
  if (fromBreadcrumb) return { name: fromBreadcrumb, evidence: ['breadcrumb'], complete: true };
  return { evidence: ['missing:name'], complete: false };
}

function titleTexts(root: Element): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const heading of queryAll(root, 'h1, [role="heading"][aria-level="1"]').slice(0, 3)) texts.push(['heading', textOf(heading, 600)]);
  const title = query(root, 'head > title');
  if (title) texts.push(['title', textOf(title, 600)]);
  return texts;
}

/** "<name> | <section>" where the section is one we know, so "Account | Partner Center" is not read as a name. */
function nameBeforeSection(text: string): string | null {
  const bar = text.lastIndexOf('|');
  if (bar <= 0) return null;
  if (!SECTIONS.byText.has(normalizeLabel(text.slice(bar + 1)))) return null;
  return cleanName(text.slice(0, bar));
}

function nameInBreadcrumb(root: Element): string | null {
  const trail = query(root, BREADCRUMB);
  if (!trail) return null;
  const step = labelsIn(trail, LIST_STEP).next().value;
  if (!step) return null;
  // The step may be a link inside a list item: climb to the element that has siblings (the item).
  let item: Element = step.box;
  while (parentOf(item) && parentOf(item) !== trail && childrenOf(parentOf(item)!).length === 1) item = parentOf(item)!;
  for (let sibling = nextSiblingOf(item); sibling; sibling = nextSiblingOf(sibling)) {
    const text = textOf(sibling, 600);
    if (text && !SEPARATOR.test(text)) return cleanName(text);
  }
  return null;
}
