// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCustomerList } from '../../../src/content/partner-center/customer-list';
import { page, TENANT } from './load';

describe('customer list reader', () => {
  it('reads the checked radio row of a table by column header, whatever the column order', () => {
    const reading = readCustomerList(page('customer-list-en-table.html'));
    expect(reading).toMatchObject({ tenantId: TENANT, name: 'Bellows College', domain: 'bellows-college.com', complete: true });
    expect(reading.evidence).toContain('row:radio');
  });

  it('reads an aria-selected row in a Portuguese ARIA grid, keeping markup in the name as text', () => {
    const reading = readCustomerList(page('customer-list-ptbr-grid.html'));
    expect(reading).toMatchObject({ tenantId: TENANT, name: 'Escola <b>Bellows</b>', domain: 'bellows.edu.br', complete: true });
  });

  it('offers the visible rows as candidates when nothing is selected, skipping hidden rows and unreadable domains', () => {
    const root = page('customer-list-ptbr-grid.html');
    for (const marked of root.querySelectorAll('[aria-selected="true"], [aria-checked="true"]')) {
      marked.setAttribute(marked.hasAttribute('aria-selected') ? 'aria-selected' : 'aria-checked', 'false');
    }
    root.querySelector('.is-selected')!.classList.remove('is-selected');
    const reading = readCustomerList(root);
    expect(reading.tenantId).toBeNull();
    expect(reading.candidates?.map((c) => c.name)).toEqual(['Adatum Corporação', 'Escola <b>Bellows</b>', 'Saúde Lamna']);
    expect(reading.candidates?.[2]).toMatchObject({ tenantId: '4c538e79-55dc-4241-a6b4-eae0a7bf5622', domain: null });
  });

  it('ignores checked radios and selected elements outside the list', () => {
    const root = page('customer-list-en-table.html');
    root.querySelector<HTMLInputElement>('input[name="customer"]:checked')!.checked = false;
    const reading = readCustomerList(root);
    expect(reading.tenantId).toBeNull();
    expect(reading.candidates).toHaveLength(3);
  });

  it('is incomplete while the list has not rendered', () => {
    const reading = readCustomerList(page('<html><body><div role="progressbar"></div></body></html>'));
    expect(reading.complete).toBe(false);
  });

});
