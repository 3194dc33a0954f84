import { findLabels } from './find-label';
import { childrenOf, parentOf, queryAll, textOf } from './dom';
import { normalizeLabel } from './labels';

/**
 * A table read by its column headers, whatever the markup: <table>, an ARIA grid, or plain divs.
 * The header row is the closest element holding all the found headers; a data row is any element
 * with as many children as the header row, and a column is a child index. Column order does not matter.
 */
export interface Table<K extends string> {
  headerRow: Element;
  columns: Partial<Record<K, number>>;
  width: number;
  /** How the headers were found, for evidence. */
  via: 'header' | 'text';
}

type Headers<K extends string> = Record<K, ReadonlyMap<string, string>>;

export function findTable<K extends string>(root: Element, headers: Headers<K>, required: K): Table<K> | null {
  return fromHeaderCells(root, headers, required) ?? fromHeaderText(root, headers, required);
}

/** Marked-up headers: few elements to look at even on a 5,000-row list. */
function fromHeaderCells<K extends string>(root: Element, headers: Headers<K>, required: K): Table<K> | null {
  const cells = queryAll(root, 'th, [role="columnheader"]');
  const found = new Map<K, Element>();
  for (const cell of cells) {
    const text = normalizeLabel(textOf(cell, 200));
    for (const key of Object.keys(headers) as K[]) {
      if (!found.has(key) && headers[key].has(text)) found.set(key, cell);
    }
  }
  const anchor = found.get(required);
  const headerRow = anchor && parentOf(anchor);
  if (!anchor || !headerRow) return null;
  return build(headerRow, found, 'header');
}

/** Unmarked headers: the first text that reads as each header; the walk ends at the header, above the rows. */
function fromHeaderText<K extends string>(root: Element, headers: Headers<K>, required: K): Table<K> | null {
  const anchorHit = findLabels(root, headers[required], 1)[0];
  if (!anchorHit) return null;
  const found = new Map<K, Element>([[required, anchorHit.box]]);
  for (const key of Object.keys(headers) as K[]) {
    if (key === required) continue;
    const hit = findLabels(root, headers[key], 1)[0];
    if (hit) found.set(key, hit.box);
  }
  const others = [...found.values()].filter((box) => box !== anchorHit.box);
  if (others.length === 0) return null;
  let headerRow: Element | null = parentOf(anchorHit.box);
  while (headerRow && !others.every((box) => headerRow!.contains(box))) headerRow = parentOf(headerRow);
  if (!headerRow || headerRow.tagName === 'BODY') return null;
  return build(headerRow, found, 'text');
}

function build<K extends string>(headerRow: Element, found: Map<K, Element>, via: Table<K>['via']): Table<K> {
  const columns: Partial<Record<K, number>> = {};
  const children = Array.from(childrenOf(headerRow));
  for (const [key, cell] of found) {
    const index = children.findIndex((child) => child === cell || child.contains(cell));
    if (index >= 0) columns[key] = index;
  }
  return { headerRow, columns, width: children.length, via };
}

/** The data row holding `element` (a checked radio, a selected cell…), or null if it is not in this table. */
export function rowFor(element: Element, table: Table<string>): Element | null {
  const path: Element[] = [];
  for (let node: Element | null = element; node && !node.contains(table.headerRow); node = parentOf(node)) path.push(node);
  for (let i = path.length - 1; i >= 0; i--) {
    const candidate = path[i]!;
    if (childrenOf(candidate).length === table.width) return candidate;
  }
  return null;
}

export function cellText(row: Element, column: number | undefined): string {
  if (column === undefined) return '';
  const cell = childrenOf(row)[column];
  return cell ? textOf(cell, 600) : '';
}

/**
 * Data rows in order, lazily: rows beside the header row, or, for <thead>/<tbody> and ARIA row
 * groups, the children of the groups after the header's group. The caller stops when it has enough.
 */
export function* dataRows(table: Table<string>): Generator<Element> {
  const group = parentOf(table.headerRow);
  if (!group) return;
  const groups = [group];
  for (let next = group.nextElementSibling; next; next = next.nextElementSibling) groups.push(next);
  for (const rowGroup of groups) {
    for (let row = rowGroup === group ? table.headerRow.nextElementSibling : rowGroup.firstElementChild; row; row = row.nextElementSibling) {
      if (childrenOf(row).length === table.width) yield row;
    }
  }
}
