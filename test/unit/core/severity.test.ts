import { describe, expect, it } from 'vitest';
import { SEVERITIES, describeFirstResponse, firstResponse, severityInfo } from '../../../src/core/severity';

describe('first response', () => {
  it.each([
    ['A', 2],
    ['B', 4],
    ['C', 8],
  ] as const)('severity %s break-fix → %i hours', (severity, hours) => {
    expect(firstResponse(severity, true)).toEqual({ kind: 'hours', hours });
  });

  it.each(['A', 'B', 'C'] as const)('severity %s not break-fix → up to one business day', (severity) => {
    expect(firstResponse(severity, false)).toEqual({ kind: 'businessDay' });
  });

  it('refuses an unknown severity instead of guessing', () => {
    expect(() => firstResponse('D' as 'A', true)).toThrow(RangeError);
  });
});

describe('severity table', () => {
  it('lists A, B, C in order with their own keys', () => {
    expect(SEVERITIES.map((s) => s.severity)).toEqual(['A', 'B', 'C']);
    expect(SEVERITIES.map((s) => [s.impact, s.meaning])).toEqual([
      ['severity_A_impact', 'severity_A_meaning'],
      ['severity_B_impact', 'severity_B_meaning'],
      ['severity_C_impact', 'severity_C_meaning'],
    ]);
    expect(severityInfo('B').breakFixHours).toBe(4);
  });
});

describe('describeFirstResponse', () => {
  it('names the hours', () => {
    expect(describeFirstResponse({ kind: 'hours', hours: 2 })).toEqual({ key: 'response_hours', subs: ['2'] });
    expect(describeFirstResponse(firstResponse('C', true))).toEqual({ key: 'response_hours', subs: ['8'] });
  });

  it('names the business day', () => {
    expect(describeFirstResponse({ kind: 'businessDay' })).toEqual({ key: 'response_businessDay' });
  });
});
