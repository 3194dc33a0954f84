import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parseByType } from '../../../src/shared/schemas';
import { parseAutofillRequest } from '../../../src/shared/autofill-messages';

const SCHEMAS = {
  ping: z.object({ type: z.enum(['ping']), n: z.number() }),
  pong: z.object({ type: z.enum(['pong']) }),
};

describe('parsing a message by its type', () => {
  it('parses each type with its own schema', () => {
    expect(parseByType(SCHEMAS, { type: 'ping', n: 1 })).toEqual({ type: 'ping', n: 1 });
    expect(parseByType(SCHEMAS, { type: 'pong' })).toEqual({ type: 'pong' });
  });

  it.each([
    ['another type', { type: 'pang' }],
    ['a known type with the wrong shape', { type: 'ping', n: 'one' }],
    ['no type', { n: 1 }],
    ['a type that is not a string', { type: 1 }],
    ['an inherited key as type', { type: 'toString' }],
    ['__proto__ as type', JSON.parse('{"type":"__proto__"}')],
    ['null', null],
    ['a string', 'ping'],
  ])('refuses %s', (_what, raw) => {
    expect(parseByType(SCHEMAS, raw)).toBeNull();
  });

  it('accepts exactly the popup’s requests to the autofill script', () => {
    expect(parseAutofillRequest({ type: 'autofillProbe' })).toEqual({ type: 'autofillProbe' });
    expect(parseAutofillRequest({ type: 'autofillFill', profile: {}, mode: 'replace' })).toBeNull();
    expect(parseAutofillRequest({ type: 'autofillUndo', extra: '<script>' })).toEqual({ type: 'autofillUndo' });
  });
});
