import { containsPhrase, normalize } from './text';

/**
 * The profile stores an IANA zone ("America/Sao_Paulo"), Microsoft's forms list Windows-style names
 * ("(UTC-03:00) Brasilia"). The offset is what both share; the sign must be read before `normalize` drops it.
 */

/**
 * "UTC" or "GMT", then an optional signed hh[:mm]; "−" (U+2212) is the minus Intl and some pages write. What
 * follows must not look like more of an offset, so an unsigned "UTC 03:00" is no offset rather than zero.
 */
const OFFSET = /\b(?:UTC|GMT)(?:\s*([+\-\u2212])\s*(\d{1,2})(?::?([0-5]\d))?)?(?![\w:+\-\u2212]|\s*\d)/;

/** Minutes east of UTC written in a text: "(UTC-03:00) Brasilia" → -180, "(UTC)" → 0; null when it names none. */
export function offsetInText(text: string): number | null {
  const match = OFFSET.exec(text);
  if (!match) return null;
  const [, sign, hours = '0', minutes = '0'] = match;
  const size = Number(hours) * 60 + Number(minutes);
  return sign && sign !== '+' ? -size : size;
}

/** The zone's offset right now ("GMT-03:00"), or null when `zone` is not a time zone Intl knows. */
function currentOffset(zone: string): number | null {
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    const name = format.formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value;
    return name ? offsetInText(name) : null;
  } catch {
    return null;
  }
}

/**
 * For an IANA zone, scores an option on `choiceScore`'s scale: 3 for the zone's own name or a same-offset
 * option naming its city ("Lisbon" in "Dublin, Edinburgh, Lisbon, London"), 2 for any other same-offset
 * option, 0 for everything else, so an option with another offset is never chosen. Undefined for a value
 * that is not an IANA zone (a Windows-style name), which is matched by its text instead.
 */
export function zoneScorer(zone: string): ((label: string) => number) | undefined {
  const offset = currentOffset(zone);
  if (offset === null) return undefined;
  const name = normalize(zone);
  const city = normalize(zone.slice(zone.lastIndexOf('/') + 1));
  return (label) => {
    const text = normalize(label);
    if (text === name) return 3;
    if (offsetInText(label) !== offset) return 0;
    return containsPhrase(text, city) ? 3 : 2;
  };
}
