/** The lists the profile form offers, built from the browser's own Intl data so names follow the user's language. */

/** Languages Microsoft support commonly offers; stored as BCP 47 tags so any portal's wording can be matched. */
export const SUPPORT_LANGUAGES = [
  'en-US', 'pt-BR', 'es-ES', 'fr-FR', 'de-DE', 'it-IT', 'nl-NL', 'ja-JP', 'ko-KR', 'zh-Hans', 'zh-Hant',
] as const;

export interface Choice {
  value: string;
  label: string;
}

export function languageChoices(uiLanguage: string, current: string): Choice[] {
  const names = new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language' });
  const tags: string[] = [...SUPPORT_LANGUAGES];
  // A value from an import or a policy stays selectable, so saving never silently changes it.
  if (current && !tags.includes(current)) tags.push(current);
  return tags.map((tag) => ({ value: tag, label: safeName(names, tag) })).sort((a, b) => a.label.localeCompare(b.label, uiLanguage));
}

/** The browser's own time zone, preselected for a new profile. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function timeZoneChoices(current: string): Choice[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  // The browser may report a zone (e.g. "UTC") that the canonical list leaves out.
  for (const extra of [browserTimeZone(), current]) if (extra) zones.add(extra);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

function safeName(names: Intl.DisplayNames, tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
