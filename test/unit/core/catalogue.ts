/** Reads the locale catalogues and renders a MessageRef the way chrome.i18n.getMessage does. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageRef } from '../../../src/core/message-key';

export interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

export const LOCALES = ['en', 'pt_BR'] as const;

export function loadCatalogue(locale: (typeof LOCALES)[number]): Catalogue {
  const path = resolve(__dirname, `../../../public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
}

/** `$NAME$` tokens used in a message, lowercased (Chrome matches placeholder names case-insensitively). */
export function placeholderNames(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))];
}

/** The highest `$n` a message consumes through its placeholders. */
export function substitutionCount(entry: CatalogueEntry): number {
  const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
  const numbers = contents.flatMap((content) => [...content.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
  return numbers.length ? Math.max(...numbers) : 0;
}

export function translator(catalogue: Catalogue): (ref: MessageRef) => string {
  return (ref) => {
    const entry = catalogue[ref.key];
    if (!entry) throw new Error(`missing key ${ref.key}`);
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_all, name: string) => {
      const content = placeholders[name.toLowerCase()] ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => ref.subs?.[Number(n) - 1] ?? '');
    });
  };
}
