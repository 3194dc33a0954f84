import browser from 'webextension-polyfill';
import { acceptMessage, logDroppedOnce } from './messages';
import { expireMemory, forgetTab, recordSighting, setAdminOverride } from './state';
import { showCustomerOnBadge } from './badge';
import { followPolicyChanges, refreshManagedPolicy } from '../shared/managed-policy';

const ownId = browser.runtime.id;
// Taken from the URL text: not every engine gives extension schemes a URL.origin (some report "null").
const ownOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const accepted = acceptMessage(raw, sender, ownId, ownOrigin);
  if (!accepted.ok) {
    logDroppedOnce(accepted.reason);
    return undefined;
  }
  if (accepted.message.type === 'sighting' && accepted.tabId !== null) {
    const { sighting } = accepted.message;
    const tabId = accepted.tabId;
    return recordSighting(tabId, sighting).then(async () => {
      await showCustomerOnBadge(tabId, sighting.name, sighting.status === 'ready' && sighting.tenantId !== null);
      return { ok: true };
    });
  }
  if (accepted.message.type !== 'setAdminOverride') return undefined;
  const { tenantId, value } = accepted.message;
  return setAdminOverride(tenantId, value).then(() => ({ ok: true }));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// The organisation's policy is cached so no page waits for storage.managed; keep that cache fresh.
followPolicyChanges();
void refreshManagedPolicy();

browser.runtime.onStartup.addListener(() => void expireMemory());
browser.runtime.onInstalled.addListener(() => void expireMemory());
