/** Text helpers shared by matching and filling: every comparison goes through the same normal form. */

/** Lowercase, accents stripped, punctuation folded to single spaces: "País/região" → "pais regiao". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whole-word containment on normalized text, so "nome" is not found inside "sobrenome". */
export function containsPhrase(normalizedText: string, normalizedPhrase: string): boolean {
  if (!normalizedPhrase) return false;
  return ` ${normalizedText} `.includes(` ${normalizedPhrase} `);
}

/** Splits an identifier into words: "contactFirstName" / "first_name" / "first-name" → "contact first name". */
export function identifierWords(identifier: string): string {
  return identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_\-.[\]]+/g, ' ');
}
