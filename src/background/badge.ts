import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/** A small mark on the toolbar button when the tab shows a customer, with the name in the tooltip. */
export async function showCustomerOnBadge(tabId: number, customerName: string | null, detected: boolean): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: detected ? '●' : '' });
    if (detected) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f6cbd' });
    await browser.action.setTitle({
      tabId,
      title: detected && customerName ? t('actionTitleCustomer', customerName) : t('actionTitle'),
    });
  } catch {
    // The tab may have closed between the sighting and this call; nothing to mark then.
  }
}
