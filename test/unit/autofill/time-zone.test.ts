import { afterEach, describe, expect, it, vi } from 'vitest';
import { bestChoice } from '../../../src/content/autofill/fill';
import { offsetInText, zoneScorer } from '../../../src/content/autofill/time-zone';
import { wantedFor } from '../../../src/content/autofill/values';
import { EMPTY_PROFILE, type ContactProfile } from '../../../src/core/contact';

/** Part of the Windows list Microsoft's forms show, in its order. */
const WINDOWS_ZONES = [
  '(UTC-08:00) Pacific Time (US & Canada)',
  '(UTC-05:00) Eastern Time (US & Canada)',
  '(UTC-04:00) Atlantic Time (Canada)',
  '(UTC-03:00) Araguaina',
  '(UTC-03:00) Brasilia',
  '(UTC-03:00) City of Buenos Aires',
  '(UTC) Coordinated Universal Time',
  '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
  '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
  '(UTC+03:00) Moscow, St. Petersburg',
  '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
  '(UTC+05:45) Kathmandu',
];

/** The option chosen for a profile time zone, the way fill.ts chooses it. */
function chosen(timeZone: string, labels = WINDOWS_ZONES): string | undefined {
  const profile: ContactProfile = { ...EMPTY_PROFILE, timeZone };
  const index = bestChoice(labels.map((label) => ({ label, value: '' })), wantedFor('timeZone', profile, [])!);
  return labels[index];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('offsetInText', () => {
  it.each([
    ['(UTC-03:00) Brasilia', -180],
    ['(UTC+03:00) Moscow, St. Petersburg', 180],
    ['(UTC\u221203:00) Brasilia', -180],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', 330],
    ['(UTC+05:45)', 345],
    ['(UTC) Coordinated Universal Time', 0],
    ['UTC', 0],
    ['(UTC+00:00) Dublin, Edinburgh, Lisbon, London', 0],
    ['GMT-03:00', -180],
    ['GMT', 0],
    ['GMT+5', 300],
    ['UTC-0930', -570],
  ])('%s → %i minutes', (text, minutes) => {
    expect(offsetInText(text)).toBe(minutes);
  });

  it.each(['Brasilia', 'Pacific Standard Time', 'UTC 03:00', 'UTC+5:3', 'UTCX', 'utc-03:00'])('finds no offset in %s', (text) => {
    expect(offsetInText(text)).toBeNull();
  });
});

describe('choosing an option for an IANA time zone', () => {
  it('takes the zone’s current offset, with its sign', () => {
    expect(chosen('America/Sao_Paulo')).toBe('(UTC-03:00) Araguaina');
    expect(chosen('Europe/Moscow')).toBe('(UTC+03:00) Moscow, St. Petersburg');
    expect(chosen('Asia/Kathmandu')).toBe('(UTC+05:45) Kathmandu');
  });

  it('prefers the same-offset option that names the zone’s city, ignoring accents', () => {
    expect(chosen('America/Argentina/Buenos_Aires')).toBe('(UTC-03:00) City of Buenos Aires');
    expect(chosen('Asia/Kolkata')).toBe('(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi');
    expect(chosen('America/Sao_Paulo', ['(UTC-03:00) Brasília', '(UTC-03:00) São Paulo'])).toBe('(UTC-03:00) São Paulo');
  });

  it('follows daylight saving time: the offset is the one in force now', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-15T12:00:00Z'));
    expect(chosen('America/New_York')).toBe('(UTC-05:00) Eastern Time (US & Canada)');
    expect(chosen('Europe/Lisbon')).toBe('(UTC+00:00) Dublin, Edinburgh, Lisbon, London');
    vi.setSystemTime(new Date('2025-07-15T12:00:00Z'));
    expect(chosen('America/New_York')).toBe('(UTC-04:00) Atlantic Time (Canada)');
    expect(chosen('Europe/Lisbon')).toBe('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna');
  });

  it('never takes an option of the opposite sign, even one naming the city', () => {
    expect(chosen('Europe/Moscow', ['(UTC-03:00) Moscow', '(UTC-03:00) Brasilia'])).toBeUndefined();
    expect(chosen('America/Sao_Paulo', ['(UTC+03:00) Sao Paulo', '(UTC+03:00) Moscow'])).toBeUndefined();
  });

  it('chooses nothing when no option has the zone’s offset', () => {
    expect(chosen('Asia/Kathmandu', WINDOWS_ZONES.slice(0, -1))).toBeUndefined();
    expect(chosen('America/Sao_Paulo', ['Brasilia', 'America'])).toBeUndefined();
  });

  it('still takes an option that is the IANA name itself', () => {
    expect(chosen('America/Sao_Paulo', ['America/Santiago', 'America/Sao_Paulo'])).toBe('America/Sao_Paulo');
  });

  it('writes the IANA id itself into a free-text field', () => {
    expect(wantedFor('timeZone', { ...EMPTY_PROFILE, timeZone: ' America/Sao_Paulo ' }, [])).toMatchObject({ text: 'America/Sao_Paulo' });
  });
});

describe('a Windows-style name in the profile', () => {
  it('is matched by its text, exactly', () => {
    expect(zoneScorer('(UTC-03:00) Brasilia')).toBeUndefined();
    expect(chosen('(UTC-03:00) Brasilia')).toBe('(UTC-03:00) Brasilia');
    expect(chosen('(UTC+00:00) Dublin, Edinburgh, Lisbon, London')).toBe('(UTC+00:00) Dublin, Edinburgh, Lisbon, London');
  });
});
