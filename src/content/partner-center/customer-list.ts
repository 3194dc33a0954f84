import type { CustomerCandidate } from '../../core/customer';
import { isHidden, parentOf, query, queryAll } from './dom';
import { DOMAIN_COLUMN, MICROSOFT_ID_COLUMN, NAME_COLUMN, labelIndex } from './labels';
import type { PageReading } from './reading';
import { cellText, dataRows, findTable, rowFor, type Table } from './table';
import { cleanName, domainIn, tenantIn } from './values';

const HEADERS = labelIndex({ name: NAME_COLUMN, tenant: MICROSOFT_ID_COLUMN, domain: DOMAIN_COLUMN });
type Column = 'name' | 'tenant' | 'domain';

/** Strongest signal first: a checked radio is the list's own selection; a class name is a last resort. */
const SELECTION_SIGNALS: ReadonlyArray<readonly [selector: string, evidence: string]> = [
  ['input[type="radio"]:checked', 'row:radio'],
  ['[role="radio"][aria-checked="true"]', 'row:aria-checked'],
  ['[aria-selected="true"]', 'row:aria-selected'],
  ['[aria-checked="true"]', 'row:aria-checked'],
  ['.is-selected, .selected', 'row:class'],
];

export const MAX_CANDIDATES = 50;
/** Rows looked at when offering candidates; bounds the work on a long list with many unreadable rows. */
const MAX_ROWS_SCANNED = 200;

/**
 * The customer list: the selected row's customer, found with selector queries rather than a walk over
 * every row, and, with no selection, the first visible rows as candidates to pick from.
 */
export function readCustomerList(root: Element): PageReading {
  const table = findTable(root, HEADERS, 'tenant');
  if (!table) return { tenantId: null, evidence: ['missing:listHeader'], complete: false };
  const evidence = [`header:${table.via}`];

  // One query per signal, in the table only, each ending at its first match: cheaper on a long list
  // than collecting every marked element, and still the strongest signal wins wherever it is.
  const box = parentOf(parentOf(table.headerRow) ?? table.headerRow) ?? root;
  for (const [selector, signal] of SELECTION_SIGNALS) {
    for (const element of matches(box, selector)) {
      const row = rowFor(element, table);
      const customer = row && readRow(row, table);
      if (!customer) continue;
      return {
        tenantId: customer.tenantId,
        name: customer.name,
        ...(customer.domain ? { domain: customer.domain } : {}),
        candidates: [],
        evidence: [...evidence, signal],
        complete: true,
      };
    }
  }

  const firstRow = dataRows(table).next();
  if (firstRow.done) return { tenantId: null, evidence: [...evidence, 'missing:rows'], complete: false };
  const candidates = readCandidates(table);
  return { tenantId: null, candidates, evidence: [...evidence, 'row:none', `candidates:${candidates.length}`], complete: true };
}

/** Elements matching `selector` in document order; all of them are collected only if the first is not enough. */
function* matches(box: Element, selector: string): Generator<Element, void> {
  const first = query(box, selector);
  if (!first) return;
  yield first;
  yield* queryAll(box, selector).slice(1);
}

function readCandidates(table: Table<Column>): CustomerCandidate[] {
  const candidates: CustomerCandidate[] = [];
  let scanned = 0;
  for (const row of dataRows(table)) {
    if (++scanned > MAX_ROWS_SCANNED || candidates.length >= MAX_CANDIDATES) break;
    if (isHidden(row)) continue;
    const customer = readRow(row, table);
    if (customer) candidates.push(customer);
  }
  return candidates;
}

function readRow(row: Element, table: Table<Column>): CustomerCandidate | null {
  const tenantId = tenantIn(cellText(row, table.columns.tenant));
  if (!tenantId) return null;
  return {
    name: cleanName(cellText(row, table.columns.name)) ?? tenantId,
    tenantId,
    domain: domainIn(cellText(row, table.columns.domain)),
  };
}
