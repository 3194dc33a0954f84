import type { ContactProfile } from '../../core/contact';
import { COMMA_LIST_WORDS, CONTACT_METHOD_WORDS, CSP_PLAN_WORDS, type FieldKey } from './keywords';
import { containsPhrase, normalize } from './text';
import { zoneScorer } from './time-zone';

/**
 * What to write for a key: `text` for a free-text field, `choices` (every way the page may word it) for a
 * select, combobox or radio group. Only the partner's profile is ever read here, never anything from the page.
 */
export interface Wanted {
  text: string | null;
  choices: string[];
  /** Rates an option's text in place of `choices` (same 0–3 scale), for a value no wording of it would match. */
  score?: (label: string) => number;
}

/** Languages a portal may show its country and language names in. */
const DISPLAY_LOCALES = ['en', 'pt', 'es', 'fr', 'de'];
/** Support languages Microsoft's forms commonly offer, to recognise a language given by name. */
const SUPPORT_LANGUAGES = ['en', 'pt-BR', 'pt-PT', 'es', 'fr', 'de', 'it', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'nl', 'ru', 'pl', 'tr', 'sv'];

export function wantedFor(key: FieldKey, profile: ContactProfile, labels: string[]): Wanted | null {
  switch (key) {
    case 'supportPlan':
      return { text: null, choices: [...CSP_PLAN_WORDS] };
    case 'contactMethod':
      return { text: null, choices: [profile.contactMethod, ...CONTACT_METHOD_WORDS[profile.contactMethod]] };
    case 'additionalEmails': {
      const emails = profile.additionalEmails.map((email) => email.trim()).filter(Boolean);
      return emails.length ? { text: emails.join(listSeparator(labels)), choices: [] } : null;
    }
    case 'country':
      return present(profile.country, (value) => namesOf(value, 'region', regionCodes()));
    case 'language':
      return present(profile.language, (value) => namesOf(value, 'language', SUPPORT_LANGUAGES));
    case 'timeZone': {
      // An IANA zone is typed as itself into a text field but chosen by offset from a list.
      const zone = profile.timeZone.trim();
      return zone ? { text: zone, choices: [zone], score: zoneScorer(zone) } : null;
    }
    default:
      return present(profile[key], (value) => [value]);
  }
}

function present(value: string, choices: (value: string) => string[]): Wanted | null {
  const trimmed = value.trim();
  return trimmed ? { text: trimmed, choices: choices(trimmed) } : null;
}

/** "; " unless the field says it wants commas (in words, or with an example list). */
function listSeparator(labels: string[]): string {
  const raw = labels.join(' ');
  if (raw.includes(';')) return '; ';
  const text = normalize(raw);
  return COMMA_LIST_WORDS.some((word) => containsPhrase(text, word)) || /@[^\s,;]+\s*,/.test(raw) ? ', ' : '; ';
}

/**
 * A code ("BR", "pt-BR") or a name ("Brazil", "Português") in every display language, so a form in
 * Portuguese finds "Brasil" for a profile that says "Brazil".
 */
function namesOf(value: string, type: 'region' | 'language', knownCodes: string[]): string[] {
  const wanted = normalize(value);
  const code = knownCodes.find((candidate) => normalize(candidate) === wanted || displayNames(candidate, type).some((name) => normalize(name) === wanted));
  return [...new Set([value, ...(code ? [code, ...displayNames(code, type)] : [])])];
}

const displayers = new Map<string, Intl.DisplayNames>();
function displayNames(code: string, type: 'region' | 'language'): string[] {
  // Languages are written both ways on forms: "Brazilian Portuguese" and "Portuguese (Brazil)".
  const styles: Array<'dialect' | 'standard'> = type === 'language' ? ['dialect', 'standard'] : ['standard'];
  return DISPLAY_LOCALES.flatMap((locale) =>
    styles.flatMap((style) => {
      const id = `${locale}|${type}|${style}`;
      let displayer = displayers.get(id);
      if (!displayer) displayers.set(id, (displayer = new Intl.DisplayNames([locale], { type, languageDisplay: style })));
      try {
        const name = displayer.of(code);
        return name && name !== code ? [name] : [];
      } catch {
        return [];
      }
    }),
  );
}

let regionCodesCache: string[] | null = null;
/** Every two-letter region code that Intl can name: built on first use, since most fills never need it. */
function regionCodes(): string[] {
  if (!regionCodesCache) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    regionCodesCache = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter((code) => english.of(code) !== code);
  }
  return regionCodesCache;
}
