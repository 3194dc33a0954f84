// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readAdminRelationships } from '../../../src/content/partner-center/admin-relationships';
import { page, routeOf, TENANT } from './load';

const ROUTE = routeOf(`/dashboard/commerce2/customers/${TENANT}/adminrelationships`);

describe('admin relationships reader', () => {
  it('reads the English empty state as "no GDAP", not fooled by "active" in the description', () => {
    const reading = readAdminRelationships(page('admin-relationships-empty-en.html'), ROUTE);
    expect(reading.admin).toEqual({ value: 'no', source: 'gdapNone' });
    expect(reading.complete).toBe(true);
  });

  it('reads an active relationship and its roles from a Portuguese table with an expired one beside it', () => {
    const reading = readAdminRelationships(page('admin-relationships-ptbr-active.html'), ROUTE);
    expect(reading.admin).toEqual({
      value: 'yes',
      source: 'gdapActive',
      roles: ['Administrador de suporte de serviço', 'Leitor de diretório'],
    });
  });

  it('reads only expired, terminated and pending relationships in plain divs as "no GDAP"', () => {
    const reading = readAdminRelationships(page('admin-relationships-en-grid-inactive.html'), ROUTE);
    expect(reading).toMatchObject({ admin: { value: 'no', source: 'gdapNone' }, complete: true });
    expect(reading.evidence).toContain('gdap:inactive:3');
  });

  it('finds an active row by its status cell when the headers are in an unknown language', () => {
    const root = page(`<html><body><table><tr><th>名前</th><th>状態</th></tr><tr><td>Support</td><td>Active</td></tr></table></body></html>`);
    expect(readAdminRelationships(root, ROUTE).admin).toMatchObject({ value: 'yes', source: 'gdapActive' });
  });

  it('keeps waiting while neither a list nor the empty state has rendered', () => {
    const reading = readAdminRelationships(page('<html><body><h1>DemoCustomer | Admin relationships</h1><div role="progressbar"></div></body></html>'), ROUTE);
    expect(reading.admin).toBeUndefined();
    expect(reading.complete).toBe(false);
  });
});
