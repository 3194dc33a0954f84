import browser from 'webextension-polyfill';
import type { MessageKey, MessageRef } from '../core/message-key';

export type { MessageKey, MessageRef };

/** The localized text for a key; the key itself if the catalogue lacks it (a unit test keeps that from happening). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function tRef(ref: MessageRef): string {
  return t(ref.key, ref.subs);
}

/**
 * The language of the catalogue actually shown, e.g. "pt-BR" or "en", for the page's lang and date formats.
 * Asked of the catalogue itself: the browser's UI language can differ from the catalogue it picked.
 */
export function uiLanguage(): string {
  return t('htmlLang');
}
