/**
 * First-response targets of the CSP support benefit. The severity is the business impact the partner
 * declares when filing; the hour targets hold for technical break-fix incidents only.
 */
import type { MessageKey, MessageRef } from './message-key';

export type Severity = 'A' | 'B' | 'C';

export type FirstResponse = { kind: 'hours'; hours: 2 | 4 | 8 } | { kind: 'businessDay' };

export interface SeverityInfo {
  severity: Severity;
  /** Short impact name: critical, moderate, minimal. */
  impact: MessageKey;
  /** What the impact means for the customer's services. */
  meaning: MessageKey;
  /** First response for a break-fix incident at this severity. */
  breakFixHours: 2 | 4 | 8;
}

export const SEVERITIES: readonly SeverityInfo[] = [
  { severity: 'A', impact: 'severity_A_impact', meaning: 'severity_A_meaning', breakFixHours: 2 },
  { severity: 'B', impact: 'severity_B_impact', meaning: 'severity_B_meaning', breakFixHours: 4 },
  { severity: 'C', impact: 'severity_C_impact', meaning: 'severity_C_meaning', breakFixHours: 8 },
];

export function severityInfo(severity: Severity): SeverityInfo {
  const info = SEVERITIES.find((entry) => entry.severity === severity);
  if (!info) throw new RangeError(`Unknown severity: ${String(severity)}`);
  return info;
}

/** Requests inside the entitlement that are not break-fix get up to one business day, whatever the severity. */
export function firstResponse(severity: Severity, breakFix: boolean): FirstResponse {
  const { breakFixHours } = severityInfo(severity);
  return breakFix ? { kind: 'hours', hours: breakFixHours } : { kind: 'businessDay' };
}

export function describeFirstResponse(fr: FirstResponse): MessageRef {
  return fr.kind === 'hours' ? { key: 'response_hours', subs: [String(fr.hours)] } : { key: 'response_businessDay' };
}
