import { labelsIn, labelsOnPage } from './find-label';
import { childrenOf, firstElementOf, nextElementOf, parentOf, query, queryAll, textOf } from './dom';
import { normalizeLabel, type LabelIndex } from './labels';

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

const HEADER_CELL = 'th, [role="columnheader"]';
/** Text nodes looked at around an unmarked header for the others: a header row holds a few dozen at most. */
const HEADER_ROW_NODES = 100;

export function findTable<K extends string>(root: Element, headers: LabelIndex<K>, required: K): Table<K> | null {
  return fromHeaderCells(root, headers, required) ?? fromHeaderText(root, headers, required);
}

/**
 * Marked-up headers. The list's header row is nearly always the page's first, and the first header cell
 * is found without looking at the rows below it; every header cell is read only when that row is not the one.
 */
function fromHeaderCells<K extends string>(root: Element, headers: LabelIndex<K>, required: K): Table<K> | null {
  const first = query(root, HEADER_CELL);
  const firstRow = first && parentOf(first);
  if (!firstRow) return null;
  return fromCells(childrenOf(firstRow), headers, required) ?? fromCells(queryAll(root, HEADER_CELL), headers, required);
}

function fromCells<K extends string>(cells: Iterable<Element>, headers: LabelIndex<K>, required: K): Table<K> | null {
  const found = new Map<K, Element>();
  for (const cell of cells) {
    const key = headers.byText.get(normalizeLabel(textOf(cell, 200)))?.[0];
    if (key && !found.has(key)) found.set(key, cell);
  }
  const anchor = found.get(required);
  const headerRow = anchor && parentOf(anchor);
  return headerRow ? build(headerRow, found, 'header') : null;
}

/**
 * Unmarked headers: the first text that reads as the required header, then the others beside it, in its
 * row or, for labels wrapped in a cell, a level or two up. The rows below are never walked.
 */
function fromHeaderText<K extends string>(root: Element, headers: LabelIndex<K>, required: K): Table<K> | null {
  let anchor: Element | null = null;
  for (const hit of labelsOnPage(root, headers)) {
    if (hit.key !== required) continue;
    anchor = hit.box;
    break;
  }
  let row = anchor && parentOf(anchor);
  for (let level = 0; anchor && row && row.tagName !== 'BODY' && level < 3; level++, row = parentOf(row)) {
    const found = new Map<K, Element>([[required, anchor]]);
    for (const hit of labelsIn(row, headers, HEADER_ROW_NODES)) if (!found.has(hit.key)) found.set(hit.key, hit.box);
    if (found.size > 1) return build(row, found, 'text');
  }
  return null;
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
    if (hasChildCount(candidate, table.width)) return candidate;
  }
  return null;
}

/** Walks at most count + 1 children: the row group above a row may hold thousands, and counting them costs milliseconds. */
function hasChildCount(element: Element, count: number): boolean {
  let seen = 0;
  for (let child = firstElementOf(element); child; child = nextElementOf(child)) if (++seen > count) return false;
  return seen === count;
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
  for (let next = nextElementOf(group); next; next = nextElementOf(next)) groups.push(next);
  for (const rowGroup of groups) {
    for (let row = rowGroup === group ? nextElementOf(table.headerRow) : firstElementOf(rowGroup); row; row = nextElementOf(row)) {
      if (hasChildCount(row, table.width)) yield row;
    }
  }
}
