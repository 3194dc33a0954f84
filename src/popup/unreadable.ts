import type { AdminAccess } from '../core/customer';
import type { MessageKey } from '../shared/i18n';
import type { CustomerIdentity } from './recent';

/** The reader's "missing:…" evidence codes, in the partner's words. Unknown codes are left to the details. */
const MISSING_WORDS: Readonly<Record<string, MessageKey>> = {
  'missing:domain': 'unreadable_domain',
  'missing:name': 'unreadable_name',
  'missing:microsoftId': 'unreadable_microsoftId',
  'missing:tenant': 'unreadable_microsoftId',
  'missing:relationships': 'unreadable_relationships',
  'missing:adminLinks': 'unreadable_adminLinks',
  'missing:rows': 'unreadable_list',
  'missing:listHeader': 'unreadable_list',
};

/** What an incompletely read page still gave, and what it did not: said in words, not evidence codes. */
export function describeUnreadable(evidence: string[], customer: CustomerIdentity, admin: AdminAccess): { found: MessageKey[]; missing: MessageKey[] } {
  const found: MessageKey[] = [];
  if (customer.tenantId) found.push('unreadable_microsoftId');
  if (customer.name) found.push('unreadable_name');
  if (customer.domain) found.push('unreadable_domain');
  if (admin.value !== 'unknown') found.push('unreadable_adminAccess');
  const missing = [...new Set(evidence.map((code) => MISSING_WORDS[code]).filter((key): key is MessageKey => key !== undefined))];
  return { found, missing: missing.filter((key) => !found.includes(key)) };
}
