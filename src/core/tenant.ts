/**
 * Identifiers a customer is known by. A TenantId or TenantDomain can only be made by these parsers,
 * so every URL builder downstream receives a value that was checked once, here.
 *
 * The values end up inside URLs the partner opens (`https://portal.azure.com/<domain>`), so the domain
 * parser is deliberately strict: anything that could move the link to another host or path, hide a
 * character, or imitate another domain is refused with a reason precise enough to tell the partner what
 * to fix. Input arrives from people and from Partner Center pages alike; neither is trusted.
 */
import type { MessageRef } from './message-key';
import { lazyPattern, onFirstUse } from './first-use';

export type TenantId = string & { readonly __brand: 'TenantId' };
export type TenantDomain = string & { readonly __brand: 'TenantDomain' };

export type ParseFailure =
  | 'empty'
  | 'notGuid'
  | 'scheme'
  | 'path'
  | 'port'
  | 'userinfo'
  | 'query'
  | 'fragment'
  | 'whitespace'
  | 'control'
  | 'lookalike'
  | 'mixedScript'
  | 'labelTooLong'
  | 'tooLong'
  | 'badCharacters'
  | 'hyphenEdge'
  | 'emptyLabel'
  | 'singleLabel'
  | 'numericTld'
  | 'invalidIdn';

export const PARSE_FAILURES: readonly ParseFailure[] = [
  'empty',
  'notGuid',
  'scheme',
  'path',
  'port',
  'userinfo',
  'query',
  'fragment',
  'whitespace',
  'control',
  'lookalike',
  'mixedScript',
  'labelTooLong',
  'tooLong',
  'badCharacters',
  'hyphenEdge',
  'emptyLabel',
  'singleLabel',
  'numericTld',
  'invalidIdn',
];

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

/** The user-facing explanation of a failure; every reason has its own sentence in both catalogues. */
export function parseFailureMessage(reason: ParseFailure): MessageRef {
  return { key: `parseError_${reason}` as const };
}

const fail = (reason: ParseFailure): { ok: false; reason: ParseFailure } => ({ ok: false, reason });

/** Whitespace as JavaScript's trim() knows it, minus U+FEFF: a byte-order mark is an invisible character, not a space. */
const EDGE_SPACE = /^[^\S\uFEFF]+|[^\S\uFEFF]+$/gu;
const trimEdges = (raw: string): string => raw.replace(EDGE_SPACE, '');

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export function parseTenantId(raw: string): Parsed<TenantId> {
  const trimmed = trimEdges(raw);
  if (!trimmed) return fail('empty');
  const match = GUID.exec(trimmed);
  if (!match?.[1] || trimmed.startsWith('{') !== trimmed.endsWith('}')) return fail('notGuid');
  return { ok: true, value: match[1].toLowerCase() as TenantId };
}

/** DNS limits: RFC 1035 (label 63, name 253 without the root dot). */
const MAX_LABEL = 63;
const MAX_NAME = 253;
/** Longer input cannot become a valid name even after IDNA; refusing it early bounds the work per call. */
const MAX_INPUT = 1024;

const INNER_SPACE = /[^\S\uFEFF]/u;
/** Controls, format characters (zero-width, bidi, BOM), surrogates, private use, unassigned, and anything default-ignorable. */
const HIDDEN = lazyPattern(String.raw`[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}]`, 'u');
const SCHEME = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/\/)/i;
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:/i;
const PORT = /:\d*(?:[/\\?#]|$)/;

const LDH_LABEL = /^[a-z0-9-]+$/;
const UNICODE_LABEL = lazyPattern(String.raw`^[\p{L}\p{M}\p{Nd}-]+$`, 'u');
const ASCII = /^[\x00-\x7f]*$/;
/** A last label the URL standard reads as a number turns the whole host into an IPv4 address. */
const NUMERIC_TLD = /^(?:\d+|0x[0-9a-f]*)$/;
const ACE_PREFIX = 'xn--';
const IMITATIONS: ReadonlySet<ParseFailure> = new Set(['lookalike', 'mixedScript']);

/**
 * Parses a customer domain as a partner would type or paste it. Returns the ASCII (punycode) form,
 * lowercase, without a trailing dot: the exact text that goes into a portal URL.
 */
export function parseDomain(raw: string): Parsed<TenantDomain> {
  const input = trimEdges(raw);
  if (!input) return fail('empty');
  if (input.length > MAX_INPUT) return fail('tooLong');

  const structural = structuralFailure(input);
  if (structural) return fail(structural);
  if (input.normalize('NFKC') !== input) return fail('lookalike');

  const lower = input.toLowerCase();
  if (lower.normalize('NFKC') !== lower) return fail('lookalike');
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const labels = name.split('.');
  if (labels.some((label) => label === '')) return fail('emptyLabel');

  // Validate what the partner will see: punycode labels are decoded and held to the same rules as typed Unicode.
  const shown: string[] = [];
  for (const label of labels) {
    const unicode = label.startsWith(ACE_PREFIX) ? decodeAceLabel(label) : label;
    if (unicode === null) return fail('invalidIdn');
    shown.push(unicode);
  }
  const topLevel = shown[shown.length - 1] ?? '';
  for (const [index, label] of shown.entries()) {
    const problem = labelFailure(label, topLevel);
    // A typed "xn--" label is plain letters to the partner: only an imitation is worth naming as such.
    if (problem) return fail(label === labels[index] || IMITATIONS.has(problem) ? problem : 'invalidIdn');
  }
  if (labels.length < 2) return fail('singleLabel');
  if (NUMERIC_TLD.test(topLevel)) return fail('numericTld');
  if ([...name].length > MAX_NAME) return fail('tooLong');

  const ascii = toAscii(name);
  if (ascii === null) return fail('invalidIdn');
  return verifyAscii(ascii, shown);
}

/** Anything that makes the text a URL, or more than a host name, is named for what it is. */
function structuralFailure(input: string): ParseFailure | null {
  if (INNER_SPACE.test(input)) return 'whitespace';
  if (HIDDEN().test(input)) return 'control';
  if (SCHEME.test(input)) return 'scheme';
  if (input.includes('@')) return 'userinfo';
  if (input.includes(':')) {
    if (PORT.test(input)) return 'port';
    // "javascript:…", "mailto:…"; a dotted name before the colon is a host followed by junk, not a scheme.
    if (SCHEME_PREFIX.exec(input)?.[0].includes('.') === false) return 'scheme';
    return 'badCharacters';
  }
  if (/[/\\]/.test(input)) return 'path';
  if (input.includes('?')) return 'query';
  if (input.includes('#')) return 'fragment';
  return null;
}

/** One label, in the form a person reads it. */
function labelFailure(label: string, topLevel: string): ParseFailure | null {
  const isAscii = ASCII.test(label);
  if (!(isAscii ? LDH_LABEL : UNICODE_LABEL()).test(label)) return 'badCharacters';
  if (label.startsWith('-') || label.endsWith('-')) return 'hyphenEdge';
  if ([...label].length > MAX_LABEL) return 'labelTooLong';
  if (isAscii) return null;
  if (label.normalize('NFKC') !== label || label.toLowerCase() !== label) return 'lookalike';
  const scripts = scriptsOf(label);
  if (!scriptsMayMix(scripts)) return 'mixedScript';
  if (isWholeScriptConfusable(label, scripts, topLevel)) return 'lookalike';
  return null;
}

/** IDNA to ASCII, as browsers do it; null when the URL standard refuses the name. */
function toAscii(name: string): string | null {
  if (ASCII.test(name)) return name;
  try {
    return new URL(`https://${name}/`).hostname;
  } catch {
    return null;
  }
}

/** After conversion: plain LDH labels within DNS limits, that decode back to exactly what was validated. */
function verifyAscii(ascii: string, shown: readonly string[]): Parsed<TenantDomain> {
  const labels = ascii.split('.');
  if (labels.length !== shown.length) return fail('invalidIdn');
  for (const [index, label] of labels.entries()) {
    if (!LDH_LABEL.test(label)) return fail('invalidIdn');
    if (label.length > MAX_LABEL) return fail('labelTooLong');
    if (label.startsWith('-') || label.endsWith('-')) return fail('hyphenEdge');
    const readable = label.startsWith(ACE_PREFIX) ? decodeAceLabel(label) : label;
    if (readable !== shown[index]) return fail('invalidIdn');
  }
  if (ascii.length > MAX_NAME) return fail('tooLong');
  // Both ways round: the URL standard reads the result as this very host, and encodes what was validated to it.
  if (hostOf(ascii) !== ascii || hostOf(shown.join('.')) !== ascii) return fail('invalidIdn');
  return { ok: true, value: ascii as TenantDomain };
}

function hostOf(ascii: string): string | null {
  try {
    return new URL(`https://${ascii}/`).hostname;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Scripts. A label may use one script, or the combinations a language writes with (UTS #39,
// "highly restrictive"): Latin with Han and kana for Japanese, with Han and Bopomofo for Chinese,
// with Han and Hangul for Korean. Latin "pаypal" with a Cyrillic "а" mixes two and is refused.

const KNOWN_SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan',
  'Myanmar', 'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Khmer', 'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo',
  'Han',
] as const;
/** Made on first use: 32 Unicode script classes cost a content script milliseconds at load, and most domains are ASCII. */
const SCRIPT_TESTS = onFirstUse(() => KNOWN_SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const));
const SHARED_SCRIPT = lazyPattern(String.raw`[\p{Script=Common}\p{Script=Inherited}]`, 'u');
/** A letter of a script not listed above: allowed alone, never mixed. */
const OTHER_SCRIPT = 'Other';

const MIXABLE_SETS: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  const tests = SCRIPT_TESTS();
  const sharedScript = SHARED_SCRIPT();
  for (const char of label) {
    if (sharedScript.test(char)) continue;
    scripts.add(tests.find(([, test]) => test.test(char))?.[0] ?? OTHER_SCRIPT);
  }
  return scripts;
}

function scriptsMayMix(scripts: ReadonlySet<string>): boolean {
  if (scripts.size <= 1) return true;
  return MIXABLE_SETS.some((set) => [...scripts].every((script) => set.includes(script)));
}

/**
 * A label written wholly in Cyrillic or Greek letters that all have Latin twins ("раураl") reads as a
 * Latin word. Browsers show such names as punycode unless the top-level domain is in the same script.
 */
const LATIN_TWINS: Readonly<Record<string, () => RegExp>> = {
  Cyrillic: lazyPattern(String.raw`^[асԁеһіјӏорԛѕԝхуүѵ\p{Nd}-]+$`, 'u'),
  Greek: lazyPattern(String.raw`^[αεικνορτυχ\p{Nd}-]+$`, 'u'),
};

function isWholeScriptConfusable(label: string, scripts: ReadonlySet<string>, topLevel: string): boolean {
  const [script, ...others] = scripts;
  if (script === undefined || others.length > 0) return false;
  if (!LATIN_TWINS[script]?.().test(label)) return false;
  return label === topLevel || !scriptsOf(topLevel).has(script);
}

// ---------------------------------------------------------------------------------------------
// Punycode decoding (RFC 3492), so "xn--" labels are checked for what they display, not for how
// they are spelt. Encoding is left to the URL standard; decoding is needed to verify its result.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

/** The Unicode text of an "xn--" label, or null if it is not valid, canonical-looking punycode for non-ASCII text. */
function decodeAceLabel(label: string): string | null {
  if (!LDH_LABEL.test(label)) return null;
  const decoded = decodePunycode(label.slice(ACE_PREFIX.length));
  if (decoded === null || ASCII.test(decoded)) return null;
  return decoded;
}

function decodePunycode(input: string): string | null {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(delimiter, 0); j++) output.push(input.charCodeAt(j));
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitValue(input.charCodeAt(index++));
      if (digit < 0) return null;
      i += digit * weight;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
      if (i > MAX_CODE_POINT * (output.length + 2) || weight > MAX_CODE_POINT * 64) return null;
    }
    const length = output.length + 1;
    bias = adaptBias(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 → 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z → 0-25
  return -1;
}

function adaptBias(delta: number, length: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / length);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

// ---------------------------------------------------------------------------------------------

export type CustomerRef = { kind: 'tenant'; tenantId: TenantId } | { kind: 'domain'; domain: TenantDomain };

/** Hex groups joined by four hyphens: a tenant ID with a typo, better told as such than as a bad domain. */
const GUID_ATTEMPT = /^\{?[0-9a-f]+(?:-[0-9a-f]+){4}\}?$/i;

/** What a partner types into manual entry: a tenant GUID or a domain. */
export function parseCustomerRef(raw: string): Parsed<CustomerRef> {
  const tenant = parseTenantId(raw);
  if (tenant.ok) return { ok: true, value: { kind: 'tenant', tenantId: tenant.value } };
  if (GUID_ATTEMPT.test(trimEdges(raw))) return fail('notGuid');
  const domain = parseDomain(raw);
  if (domain.ok) return { ok: true, value: { kind: 'domain', domain: domain.value } };
  return domain;
}
