// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAccount } from '../../../src/content/partner-center/account';
import { readAdminRelationships } from '../../../src/content/partner-center/admin-relationships';
import { readCustomerList } from '../../../src/content/partner-center/customer-list';
import { labelIndex, normalizeLabel } from '../../../src/content/partner-center/labels';
import { page, routeOf, TENANT } from './load';

/**
 * What a read costs is bounded by what it looks at, not by the page's size: these count the text
 * nodes a reader walks and the strings it normalizes on pages built to be expensive.
 */
const ACCOUNT = routeOf(`/dashboard/commerce2/customers/${TENANT}/account`);
const FACTS = `<h1>Contoso | Account</h1><dl><dt>Company name</dt><dd>Contoso</dd><dt>Microsoft ID</dt><dd>${TENANT}</dd><dt>Domain name</dt><dd>contoso.com</dd></dl>`;

function countWalkerSteps(): () => number {
  const proto = Object.getPrototypeOf(document.createTreeWalker(document.body)) as TreeWalker;
  const spy = vi.spyOn(proto, 'nextNode');
  return () => spy.mock.calls.length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('label search bounds', () => {
  it('finds the labels in <main> without walking a huge menu before it', () => {
    const menu = Array.from({ length: 5000 }, (_, i) => `<li>Menu item ${i}</li>`).join('');
    const root = page(`<html><body><nav><ul>${menu}</ul></nav><main>${FACTS}</main></body></html>`);
    const steps = countWalkerSteps();
    expect(readAccount(root, ACCOUNT)).toMatchObject({ domain: 'contoso.com', name: 'Contoso', complete: true });
    expect(steps()).toBeLessThan(100);
  });

  it('stops walking once every fact is found, however much follows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>User ${i}</td><td>Standard</td></tr>`).join('');
    const root = page(`<html><body><main>${FACTS}<table>${rows}</table></main></body></html>`);
    const steps = countWalkerSteps();
    expect(readAccount(root, ACCOUNT).complete).toBe(true);
    expect(steps()).toBeLessThan(100);
  });

  it('still finds labels outside <main> when <main> does not hold them', () => {
    const root = page(`<html><body><aside>${FACTS}</aside><main><p>Welcome</p></main></body></html>`);
    expect(readAccount(root, ACCOUNT)).toMatchObject({ domain: 'contoso.com', complete: true });
  });

  it('passes over text too long to be a label without normalizing it', () => {
    const prose = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i}: partners can review the account, billing and support details of this customer here.</p>`).join('');
    const root = page(`<html><body><main>${prose}${FACTS}</main></body></html>`);
    const lowered = vi.spyOn(String.prototype, 'toLowerCase');
    expect(readAccount(root, ACCOUNT).complete).toBe(true);
    expect(lowered.mock.contexts.filter((text) => String(text).includes('partners can review'))).toHaveLength(0);
  });

  it('passes over text too short to be a label without normalizing it', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>Relationship ${i}</td><td>Expired</td></tr>`).join('');
    const root = page(`<html><body><main><h1>Woodgrove | Admin relationships</h1><table><tr><th>Name</th><th>Status</th></tr>${rows}</table></main></body></html>`);
    const lowered = vi.spyOn(String.prototype, 'toLowerCase');
    // The empty state's sentences are long: no row's text can be one, and none is normalized looking for it.
    expect(readAdminRelationships(root, routeOf(`/dashboard/commerce2/customers/${TENANT}/adminrelationships`)).admin).toMatchObject({ value: 'no' });
    expect(lowered.mock.contexts.filter((text) => String(text).startsWith('Relationship'))).toHaveLength(0);
  });

  it('reads unmarked headers beside each other without walking the rows below', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const id = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
      return `<div class="r"${i === 2500 ? ' aria-selected="true"' : ''}><div>Customer ${i}</div><div>${id}</div><div>Cloud Reseller</div></div>`;
    }).join('');
    // No domain header: a search for it must not go on through every row.
    const root = page(`<html><body><main><div class="g"><div class="r"><div>Name</div><div>Microsoft ID</div><div>Relationship</div></div>${rows}</div></main></body></html>`);
    const steps = countWalkerSteps();
    const reading = readCustomerList(root);
    expect(reading).toMatchObject({ name: 'Customer 2500', evidence: ['header:text', 'row:aria-selected'] });
    expect(steps()).toBeLessThan(300);
  });
});

describe('customer list selection', () => {
  it('a checked radio outranks a class-marked row that comes before it', () => {
    const row = (name: string, id: string, mark: string) =>
      `<tr${mark === 'class' ? ' class="selected"' : ''}><td><input type="radio" name="c"${mark === 'radio' ? ' checked' : ''}></td><td>${name}</td><td>${id}</td></tr>`;
    const root = page(`<html><body><table><thead><tr><th></th><th>Name</th><th>Microsoft ID</th></tr></thead><tbody>
      ${row('Hovered', '11111111-2222-4333-8444-555555555555', 'class')}${row('Picked', TENANT, 'radio')}</tbody></table></body></html>`);
    expect(readCustomerList(root)).toMatchObject({
      tenantId: TENANT,
      name: 'Picked',
      evidence: ['header:header', 'row:radio'],
    });
  });
});

describe('normalizeLabel', () => {
  /** The definition: NFD, marks dropped, lower case, spaces folded, non-letters trimmed at the edges. */
  const reference = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

  it('takes its shortcuts for ASCII and Latin accents without changing any result', () => {
    const pieces = fc.constantFrom('Domain', ' name', 'ID', 'Ç', 'ã', 'é', 'Ä', 'ß', 'İ', '↑', ':', '*', '\u00a0', '\n', ' ', 'ﬁ', 'Ω', '名', '\u0301', '1');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ unit: 'binary' })), (text) => {
        expect(normalizeLabel(text)).toBe(reference(text));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('labelIndex', () => {
  it('reads and normalizes its labels only when first used, and only once', () => {
    let reads = 0;
    const sets = {
      get status() {
        reads++;
        return { en: ['Active'], pt: ['Ativo'] };
      },
    };
    const index = labelIndex(sets);
    // Every reader module makes its indexes at load; a page that is never read must not pay for them.
    expect(reads).toBe(0);
    expect(index.byText.get('ativo')).toEqual(['status', 'Ativo']);
    expect([index.shortest, index.longest]).toEqual([5, 6]);
    expect(reads).toBe(1);
  });
});
