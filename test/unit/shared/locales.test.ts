import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');
const read = (locale: string): Catalogue => JSON.parse(readFileSync(resolve(LOCALES, locale, 'messages.json'), 'utf8'));
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locale catalogues', () => {
  const en = read('en');
  const locales = readdirSync(LOCALES);

  it('ships English and Brazilian Portuguese', () => {
    expect(locales.sort()).toEqual(['en', 'pt_BR']);
  });

  for (const locale of locales) {
    const catalogue = read(locale);
    it(`${locale} has exactly the English keys`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });
    it(`${locale} messages are non-empty and use only declared placeholders`, () => {
      for (const [key, entry] of Object.entries(catalogue)) {
        expect(entry.message.trim(), key).not.toBe('');
        const declared = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
        expect([...new Set(placeholdersIn(entry.message))], key).toEqual(declared);
        expect(declared, `${key} placeholders match English`).toEqual(Object.keys(en[key]?.placeholders ?? {}).map((p) => p.toLowerCase()).sort());
      }
    });
  }

  it('every key the source code names exists', () => {
    const keys = new Set(Object.keys(en));
    const sources = listFiles(resolve(import.meta.dirname, '../../../src'));
    const used = sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((key) => !keys.has(key))).toEqual([]);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(resolve(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [resolve(dir, entry.name)] : [],
  );
}
