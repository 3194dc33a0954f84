// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCustomerName } from '../../../src/content/partner-center/customer-name';
import { page } from './load';

describe('customer name reader', () => {
  it('reads "<name> | <section>" from the heading', () => {
    expect(readCustomerName(page('service-management-en.html'))).toMatchObject({ name: 'DemoCustomer', evidence: ['heading'] });
  });

  it('reads Portuguese section names', () => {
    expect(readCustomerName(page('service-management-ptbr.html')).name).toBe('Contoso');
  });

  it('falls back on the breadcrumb step after "Customer list"', () => {
    const root = page('<html><head><title>Partner Center</title></head><body><nav aria-label="Breadcrumb"><a>Home</a> › <a>Customers</a> › <a>Customer list</a> › <span>contoso3</span></nav><h1>Account</h1></body></html>');
    expect(readCustomerName(root)).toMatchObject({ name: 'contoso3', evidence: ['breadcrumb'] });
  });

  it('does not read the app name as a customer ("Account | Partner Center")', () => {
    const root = page('<html><head><title>Account | Partner Center</title></head><body><h1>Customer List | Customers</h1></body></html>');
    expect(readCustomerName(root)).toMatchObject({ complete: false, evidence: ['missing:name'] });
  });

  it('returns markup in a name as plain text', () => {
    const root = page('<html><body><h1>&lt;img src=x onerror=alert(1)&gt; | Account</h1></body></html>');
    expect(readCustomerName(root).name).toBe('<img src=x onerror=alert(1)>');
  });
});
