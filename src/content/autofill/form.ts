import type { ContactProfile } from '../../core/contact';
import { collectFields } from './collect';
import { fillMatch, type FillMode, type Restore } from './fill';
import type { FieldKey } from './keywords';
import { isSupportForm, matchFields, type MatchedField } from './match';

/** The three stages joined: find the support form of a document, then fill it field by field. */

export interface FormFill {
  filled: FieldKey[];
  skipped: FieldKey[];
  restores: Restore[];
}

/** The matched fields of the document's support contact form, or null when it shows none. */
export function findSupportForm(doc: Document): MatchedField[] | null {
  const matches = matchFields(collectFields(doc));
  return isSupportForm(matches) ? matches : null;
}

/** Fills one field at a time: a combobox must close before the next one opens. */
export async function fillForm(matches: MatchedField[], profile: ContactProfile, mode: FillMode): Promise<FormFill> {
  const filled = new Set<FieldKey>();
  const skipped = new Set<FieldKey>();
  const restores: Restore[] = [];
  for (const match of matches) {
    const result = await fillMatch(match, profile, mode);
    if (result.outcome === 'filled') {
      filled.add(match.key);
      if (result.restore) restores.push(result.restore);
    } else if (result.outcome === 'skipped') skipped.add(match.key);
  }
  // A key filled in one place is done, even if a hidden or read-only copy of it was left alone.
  return { filled: [...filled], skipped: [...skipped].filter((key) => !filled.has(key)), restores };
}
