import { describe, expect, it } from 'vitest';
import {
  PARSE_FAILURES,
  parseCustomerRef,
  parseDomain,
  parseFailureMessage,
  parseTenantId,
  type ParseFailure,
} from '../../../src/core/tenant';

const GUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('parseTenantId', () => {
  it.each([
    [GUID, GUID],
    [GUID.toUpperCase(), GUID],
    ['3FA85f64-5717-4562-B3FC-2c963f66afa6', GUID],
    [`{${GUID}}`, GUID],
    [`{${GUID.toUpperCase()}}`, GUID],
    [`  ${GUID}\t`, GUID],
    [`\n{${GUID}}\r\n`, GUID],
    [`\u00a0${GUID}\u3000`, GUID],
  ])('accepts %j as %s', (raw, expected) => {
    expect(parseTenantId(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\t\n', 'empty'],
    [`{${GUID}`, 'notGuid'],
    [`${GUID}}`, 'notGuid'],
    [`{{${GUID}}}`, 'notGuid'],
    [`(${GUID})`, 'notGuid'],
    [GUID.replace(/-/g, ''), 'notGuid'],
    [GUID.slice(0, -1), 'notGuid'],
    [`${GUID}0`, 'notGuid'],
    [GUID.replace('3', 'g'), 'notGuid'],
    [`${GUID} x`, 'notGuid'],
    [`\ufeff${GUID}`, 'notGuid'],
    [`${GUID}\u200b`, 'notGuid'],
    [GUID.replace(/-/g, '\u2010'), 'notGuid'],
    [`urn:uuid:${GUID}`, 'notGuid'],
    ['contoso.com', 'notGuid'],
  ] as const)('rejects %j (%s)', (raw, reason) => {
    expect(parseTenantId(raw)).toEqual({ ok: false, reason });
  });
});

describe('parseDomain accepts and normalises', () => {
  it.each([
    ['contoso.com', 'contoso.com'],
    ['contoso.onmicrosoft.com', 'contoso.onmicrosoft.com'],
    ['Contoso.OnMicrosoft.COM', 'contoso.onmicrosoft.com'],
    ['  contoso.com  ', 'contoso.com'],
    ['\tcontoso.com\r\n', 'contoso.com'],
    ['contoso.com.', 'contoso.com'],
    ['CONTOSO.COM.', 'contoso.com'],
    ['contoso.onmicrosoft.us', 'contoso.onmicrosoft.us'],
    ['a.b', 'a.b'],
    ['my-company.co.uk', 'my-company.co.uk'],
    ['123.example.com', '123.example.com'],
    ['x1.c0m', 'x1.c0m'],
    ['ab--cd.com', 'ab--cd.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['BÜCHER.DE', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['XN--BCHER-KVA.DE', 'xn--bcher-kva.de'],
    ['例え.jp', 'xn--r8jz45g.jp'],
    ['中国.中国', 'xn--fiqs8s.xn--fiqs8s'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['пример.com', 'xn--e1afmkfd.com'],
    ['faß.de', 'xn--fa-hia.de'],
    ['αβγ.gr', 'xn--mxacd.gr'],
    ['שלום.com', 'xn--9dbne9b.com'],
    ['例えtest.jp', 'xn--test-p63cv06p.jp'],
    ['bücher.xn--p1ai', 'xn--bcher-kva.xn--p1ai'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ])('%j → %s', (raw, expected) => {
    expect(parseDomain(raw)).toEqual({ ok: true, value: expected });
  });

  it('accepts a name of exactly 253 characters and refuses 254', () => {
    const at253 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(at253.length).toBe(253);
    expect(parseDomain(at253)).toEqual({ ok: true, value: at253 });
    expect(parseDomain(`${at253}.`)).toEqual({ ok: true, value: at253 });
    const at254 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`;
    expect(at254.length).toBe(254);
    expect(parseDomain(at254)).toEqual({ ok: false, reason: 'tooLong' });
  });

  it('counts the punycode form against the label limit', () => {
    // 19 ideographs are a short label as text, but 66 characters once encoded.
    const unicode = '例え日本語漢字東京大阪名古屋札幌福岡横';
    expect(unicode.length).toBe(19);
    expect(parseDomain(`${unicode}.jp`)).toEqual({ ok: false, reason: 'labelTooLong' });
    expect(parseDomain(`${unicode.slice(0, 18)}.jp`).ok).toBe(true);
  });
});

describe('parseDomain refuses, with the precise reason', () => {
  const cases: Array<[string, ParseFailure]> = [
    ['', 'empty'],
    ['  \t ', 'empty'],
    // URLs and their parts
    ['https://contoso.com', 'scheme'],
    ['http://contoso.com', 'scheme'],
    ['HTTPS://CONTOSO.COM/', 'scheme'],
    ['ftp://contoso.com', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:alert(document.domain)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['mailto:admin@contoso.com', 'userinfo'],
    ['mailto:contoso.com', 'scheme'],
    ['https:contoso.com', 'scheme'],
    ['//contoso.com', 'scheme'],
    ['contoso.com/', 'path'],
    ['contoso.com/evil', 'path'],
    ['/contoso.com', 'path'],
    ['contoso.com\\evil.com', 'path'],
    ['contoso.com/../evil.com', 'path'],
    ['contoso.com:443', 'port'],
    ['contoso.com:', 'port'],
    ['contoso.com:8080/', 'port'],
    ['localhost:3000', 'port'],
    ['user@contoso.com', 'userinfo'],
    ['@contoso.com', 'userinfo'],
    ['contoso.com@evil.com', 'userinfo'],
    ['user:pass@contoso.com', 'userinfo'],
    ['contoso.com?x=1', 'query'],
    ['contoso.com?', 'query'],
    ['contoso.com#top', 'fragment'],
    ['contoso.com#', 'fragment'],
    ['contoso.com#@evil.com', 'userinfo'],
    ['[::1]', 'badCharacters'],
    ['contoso.com:abc', 'badCharacters'],
    ['web+foo:bar', 'scheme'],
    ['ms-settings:network', 'scheme'],
    // whitespace and hidden characters
    ['conto so.com', 'whitespace'],
    ['contoso .com', 'whitespace'],
    ['contoso.com\nevil.com', 'whitespace'],
    ['contoso\t.com', 'whitespace'],
    ['contoso\u00a0.com', 'whitespace'],
    ['contoso\u3000.com', 'whitespace'],
    ['contoso\u2028.com', 'whitespace'],
    ['contoso\u0000.com', 'control'],
    ['contoso\u0007.com', 'control'],
    ['contoso\u007f.com', 'control'],
    ['contoso\u0085.com', 'control'],
    ['contoso\u009b.com', 'control'],
    ['conto\u00adso.com', 'control'],
    ['contoso\u200b.com', 'control'],
    ['contoso\u200c.com', 'control'],
    ['contoso\u200d.com', 'control'],
    ['contoso\u200e.com', 'control'],
    ['contoso\u200f.com', 'control'],
    ['\u202acontoso.com', 'control'],
    ['contoso\u202b.com', 'control'],
    ['contoso\u202c.com', 'control'],
    ['contoso\u202d.com', 'control'],
    ['\u202emoc.osotnoc', 'control'],
    ['contoso\u2060.com', 'control'],
    ['contoso\u2061.com', 'control'],
    ['contoso\u2062.com', 'control'],
    ['contoso\u2063.com', 'control'],
    ['contoso\u2064.com', 'control'],
    ['contoso\u2066.com', 'control'],
    ['\ufeffcontoso.com', 'control'],
    ['contoso.com\ufeff', 'control'],
    ['contoso\ufe0f.com', 'control'],
    ['contoso\u{e0041}.com', 'control'],
    ['contoso\ud800.com', 'control'],
    ['contoso\ue000.com', 'control'],
    // look-alikes
    ['ｃｏｎｔｏｓｏ.com', 'lookalike'],
    ['contoso．com', 'lookalike'],
    ['ＣＯＮＴＯＳＯ.ＣＯＭ', 'lookalike'],
    ['ﬁnance.com', 'lookalike'],
    ['１２３.com', 'lookalike'],
    ['contoso.ｃｏｍ', 'lookalike'],
    ['ᶜontoso.com', 'lookalike'],
    ['𝐜ontoso.com', 'lookalike'],
    ['ⓒontoso.com', 'lookalike'],
    ['contoso.co\u2170', 'lookalike'],
    ['\u212aontoso.com', 'lookalike'],
    ['cafe\u0301.com', 'lookalike'],
    ['раураl.рф', 'mixedScript'],
    ['аррӏе.com', 'lookalike'],
    ['xn--80ak6aa92e.com', 'lookalike'],
    ['αρρ.com', 'lookalike'],
    ['pаypal.com', 'mixedScript'],
    ['micrοsoft.com', 'mixedScript'],
    ['xn--pple-43d.com', 'mixedScript'],
    ['googleе.com', 'mixedScript'],
    ['例えтест.jp', 'mixedScript'],
    // shape
    [`${'a'.repeat(64)}.com`, 'labelTooLong'],
    [`contoso.${'c'.repeat(64)}`, 'labelTooLong'],
    [`${'a.'.repeat(127)}com`, 'tooLong'],
    ['x'.repeat(5000), 'tooLong'],
    ['contoso_corp.com', 'badCharacters'],
    ['contoso!.com', 'badCharacters'],
    ['conto%73o.com', 'badCharacters'],
    ['<script>.com', 'badCharacters'],
    ['"contoso.com"', 'badCharacters'],
    ["contoso.com'", 'badCharacters'],
    ['contoso.com;', 'badCharacters'],
    ['contoso,com', 'badCharacters'],
    ['*.contoso.com', 'badCharacters'],
    ['例え。jp', 'badCharacters'],
    ['-contoso.com', 'hyphenEdge'],
    ['contoso-.com', 'hyphenEdge'],
    ['contoso.-com', 'hyphenEdge'],
    ['contoso.com-', 'hyphenEdge'],
    ['-.com', 'hyphenEdge'],
    ['contoso..com', 'emptyLabel'],
    ['.contoso.com', 'emptyLabel'],
    ['contoso.com..', 'emptyLabel'],
    ['.', 'emptyLabel'],
    ['..', 'emptyLabel'],
    ['localhost', 'singleLabel'],
    ['localhost.', 'singleLabel'],
    ['com', 'singleLabel'],
    ['bücher', 'singleLabel'],
    ['1.2.3.4', 'numericTld'],
    ['127.0.0.1', 'numericTld'],
    ['contoso.123', 'numericTld'],
    ['0x7f.1', 'numericTld'],
    ['1.0x7f', 'numericTld'],
    ['contoso.0X1A', 'numericTld'],
    ['contoso.0x', 'numericTld'],
    ['1.1.1.1.', 'numericTld'],
    // IDN
    ['xn--zz.com', 'invalidIdn'],
    ['xn--.com', 'invalidIdn'],
    ['xn--abc-.com', 'invalidIdn'],
    ['xn--a.com', 'invalidIdn'],
    ['xn--ls8h.com', 'invalidIdn'],
    ['xn--tda-.com', 'invalidIdn'],
    ['xn--99999999999.com', 'invalidIdn'],
    ['\u0301a.com', 'invalidIdn'],
  ];

  it.each(cases)('%j → %s', (raw, reason) => {
    expect(parseDomain(raw)).toEqual({ ok: false, reason });
  });

  it('names every failure reason in at least one case above (so no reason is untested)', () => {
    const covered = new Set(cases.map(([, reason]) => reason));
    const domainReasons = PARSE_FAILURES.filter((reason) => reason !== 'notGuid');
    expect([...covered].sort()).toEqual([...domainReasons].sort());
  });
});

describe('parseCustomerRef', () => {
  it('prefers a tenant ID', () => {
    expect(parseCustomerRef(`{${GUID.toUpperCase()}}`)).toEqual({ ok: true, value: { kind: 'tenant', tenantId: GUID } });
  });

  it('falls back to a domain', () => {
    expect(parseCustomerRef(' Contoso.OnMicrosoft.com ')).toEqual({
      ok: true,
      value: { kind: 'domain', domain: 'contoso.onmicrosoft.com' },
    });
  });

  it('reports a mistyped tenant ID as such, not as a bad domain', () => {
    expect(parseCustomerRef(GUID.slice(0, -1))).toEqual({ ok: false, reason: 'notGuid' });
    expect(parseCustomerRef(`{${GUID}`)).toEqual({ ok: false, reason: 'notGuid' });
  });

  it("reports the domain parser's reason otherwise", () => {
    expect(parseCustomerRef('https://contoso.com')).toEqual({ ok: false, reason: 'scheme' });
    expect(parseCustomerRef('')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('parseFailureMessage', () => {
  it('gives every reason its own parseError_ key', () => {
    const keys = PARSE_FAILURES.map((reason) => parseFailureMessage(reason).key);
    expect(keys).toContain('parseError_scheme');
    expect(new Set(keys).size).toBe(PARSE_FAILURES.length);
    for (const [index, reason] of PARSE_FAILURES.entries()) expect(keys[index]).toBe(`parseError_${reason}`);
  });
});
