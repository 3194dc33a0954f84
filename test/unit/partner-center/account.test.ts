// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readAccount } from '../../../src/content/partner-center/account';
import { readPage } from '../../../src/content/partner-center/read-page';
import { page, routeOf, TENANT } from './load';

const noStale = { staleName: null };

describe('account reader', () => {
  it('reads Microsoft ID and domain from an English dl, ignoring GUIDs and domains elsewhere on the page', () => {
    const reading = readAccount(page('account-en-dl.html'), routeOf(`/dashboard/commerce2/customers/${TENANT}/account`));
    expect(reading.domain).toBe('contoso.onmicrosoft.com');
    expect(reading.name).toBe('Contoso Ltd');
    expect(reading.complete).toBe(true);
    expect(reading.evidence).toEqual(expect.arrayContaining(['label:Microsoft ID', 'label:Domain name', 'label:Company']));
  });

  it('reads Brazilian Portuguese labels in generated-class divs, with a spacer between label and value', () => {
    const tenant = '0f3c2b1a-9d8e-4f7a-b6c5-d4e3f2a1b0c9';
    const reading = readPage(page('account-ptbr-divs.html'), routeOf(`/pt-br/dashboard/commerce2/customers/${tenant}/account`), noStale);
    expect(reading.domain).toBe('exemplo-ltda.com.br');
    expect(reading.complete).toBe(true);
    expect(reading.evidence).toEqual(expect.arrayContaining(['label:ID da Microsoft', 'label:Nome de domínio', 'breadcrumb']));
  });

  it('keeps a name containing markup as the literal text', () => {
    const root = page('account-ptbr-divs.html');
    const reading = readPage(root, routeOf('/dashboard/commerce2/customers/0f3c2b1a-9d8e-4f7a-b6c5-d4e3f2a1b0c9/account'), noStale);
    expect(reading.name).toBe('<img src=x onerror=alert(1)> Ltda');
    expect(root.querySelector('img')).toBeNull();
  });

  it('reads table rows and "Label: value" in one text node', () => {
    const reading = readPage(page('account-table-inline.html'), routeOf('/commerce/customers/9b2e7c44-1f0a-4d3b-8e6f-2a1c0d9e8b7f/account'), noStale);
    expect(reading).toMatchObject({ domain: 'fabrikam.com', name: 'Fabrikam', complete: true });
    expect(reading.evidence).toEqual(expect.arrayContaining(['label:Microsoft ID', 'label:Domain', 'title']));
  });

  it('falls back on value shapes inside "Customer account info" when the labels are in an unknown language', () => {
    const reading = readAccount(page('account-unknown-labels.html'), routeOf('/dashboard/commerce2/customers/7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f/account'));
    expect(reading).toMatchObject({ domain: 'northwind.onmicrosoft.com', complete: true });
    expect(reading.evidence).toEqual(expect.arrayContaining(['shape:guid', 'shape:domain']));
  });

  it('trusts the URL: a page showing another Microsoft ID gives nothing and keeps waiting', () => {
    const other = '0f3c2b1a-9d8e-4f7a-b6c5-d4e3f2a1b0c9';
    const reading = readAccount(page('account-en-dl.html'), routeOf(`/dashboard/commerce2/customers/${other}/account`));
    expect(reading.domain).toBeUndefined();
    expect(reading.name).toBeUndefined();
    expect(reading.complete).toBe(false);
    expect(reading.evidence).toContain('mismatch:tenant');
  });

  it('is incomplete while the data has not rendered (spinner only), and says what is missing', () => {
    const root = page('<html><head><title>Account</title></head><body><div role="progressbar" aria-label="Loading"></div></body></html>');
    const reading = readPage(root, routeOf(`/dashboard/commerce2/customers/${TENANT}/account`), noStale);
    expect(reading.complete).toBe(false);
    expect(reading.evidence).toEqual(expect.arrayContaining(['missing:domain', 'missing:microsoftId', 'busy']));
  });

  it('waits while a busy indicator shows, even if the old data is still on screen', () => {
    const root = page('account-en-dl.html');
    root.querySelector('main')!.setAttribute('aria-busy', 'true');
    expect(readPage(root, routeOf(`/dashboard/commerce2/customers/${TENANT}/account`), noStale).complete).toBe(false);
  });

  it('does not take the previous customer\'s name right after a switch', () => {
    const reading = readPage(page('account-en-dl.html'), routeOf(`/dashboard/commerce2/customers/${TENANT}/account`), { staleName: 'Contoso Ltd' });
    expect(reading.name).toBeUndefined();
    expect(reading.evidence).toContain('stale:name');
  });
});
