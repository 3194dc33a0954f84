import type { Route } from '../../core/route';
import { childrenOf, queryAll, textOf } from './dom';
import { firstLabelOnPage } from './find-label';
import { ACTIVE_STATUS, INACTIVE_STATUS, NAME_COLUMN, NO_GDAP, ROLES_COLUMN, STATUS_COLUMN, labelIndex, normalizeLabel } from './labels';
import type { PageReading } from './reading';
import { dataRows, findTable, type Table } from './table';

const HEADERS = labelIndex({ status: STATUS_COLUMN, roles: ROLES_COLUMN, name: NAME_COLUMN });
const ACTIVE = labelIndex({ word: ACTIVE_STATUS });
const INACTIVE = labelIndex({ word: INACTIVE_STATUS });
const EMPTY_STATE = labelIndex({ empty: NO_GDAP });
const MAX_ROWS = 200;
const MAX_ROLES = 50;
const MAX_ROLE_LENGTH = 120;

/**
 * Admin relationships (GDAP): an active relationship means the partner holds admin roles in the
 * customer's tenant; the empty state, or only expired, terminated or pending ones, means it holds none.
 */
export function readAdminRelationships(root: Element, _route: Route): PageReading {
  const empty = firstLabelOnPage(root, EMPTY_STATE);
  if (empty && !empty.box.closest('[hidden], [aria-hidden="true"]')) {
    return { admin: { value: 'no', source: 'gdapNone' }, evidence: [`label:${empty.label}`], complete: true };
  }
  const table = findTable(root, HEADERS, 'status');
  const statuses = table ? statusesFromTable(table) : statusesFromCells(root);
  const evidence = [table ? `header:${table.via}` : 'shape:statusCell'];
  const active = statuses.filter((row) => row.active);
  if (active.length > 0) {
    const roles = [...new Set(active.flatMap((row) => row.roles))].slice(0, MAX_ROLES);
    return {
      admin: { value: 'yes', source: 'gdapActive', ...(roles.length ? { roles } : {}) },
      evidence: [...evidence, `gdap:active:${active.length}`],
      complete: true,
    };
  }
  if (statuses.length > 0) {
    return { admin: { value: 'no', source: 'gdapNone' }, evidence: [...evidence, `gdap:inactive:${statuses.length}`], complete: true };
  }
  return { evidence: [...evidence, 'missing:relationships'], complete: false };
}

interface RowStatus {
  active: boolean;
  roles: string[];
}

function statusesFromTable(table: Table<'status' | 'roles' | 'name'>): RowStatus[] {
  const found: RowStatus[] = [];
  let scanned = 0;
  for (const row of dataRows(table)) {
    if (++scanned > MAX_ROWS) break;
    const cells = childrenOf(row);
    const status = normalizeLabel(textOf(cells[table.columns.status ?? -1] ?? row, 200));
    if (ACTIVE.byText.has(status)) found.push({ active: true, roles: rolesIn(cells[table.columns.roles ?? -1]) });
    else if (INACTIVE.byText.has(status)) found.push({ active: false, roles: [] });
  }
  return found;
}

/** Without a known Status header: a row with a cell that reads exactly as a status word. */
function statusesFromCells(root: Element): RowStatus[] {
  const found: RowStatus[] = [];
  for (const row of queryAll(root, 'tr, [role="row"]').slice(0, MAX_ROWS)) {
    const words = Array.from(childrenOf(row), (cell) => normalizeLabel(textOf(cell, 200)));
    if (words.some((word) => ACTIVE.byText.has(word))) found.push({ active: true, roles: [] });
    else if (words.some((word) => INACTIVE.byText.has(word))) found.push({ active: false, roles: [] });
  }
  return found;
}

/** Roles shown as chips (one element each) or as one comma-separated text. */
function rolesIn(cell: Element | undefined): string[] {
  if (!cell) return [];
  const chips = queryAll(cell, 'li, [role="listitem"], span');
  const texts = chips.length > 1 ? chips.map((chip) => textOf(chip, MAX_ROLE_LENGTH)) : textOf(cell, 4000).split(/[,;\n]/);
  return texts.map((text) => text.trim().slice(0, MAX_ROLE_LENGTH)).filter(Boolean);
}
