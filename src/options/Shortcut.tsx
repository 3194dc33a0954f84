import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

const OPEN_POPUP_COMMAND = '_execute_action';

/** Firefox has its own shortcut page and API; the durable signal is our own page's URL scheme. */
const isFirefox = () => browser.runtime.getURL('').startsWith('moz-extension:');

type FirefoxCommands = { openShortcutSettings?: () => Promise<void> };

function openShortcutSettings(): void {
  const commands = browser.commands as unknown as FirefoxCommands;
  if (isFirefox()) void commands.openShortcutSettings?.();
  // Edge answers chrome:// addresses with its own edge:// pages.
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The shortcut that opens the popup, read from the browser (the user may have changed it), and where to change it. */
export function Shortcut() {
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setKeys(all.find((command) => command.name === OPEN_POPUP_COMMAND)?.shortcut || null))
      .catch(() => setKeys(null));
  }, []);
  const firefox = isFirefox();
  const canOpen = !firefox || typeof (browser.commands as unknown as FirefoxCommands).openShortcutSettings === 'function';
  return (
    <section aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">{t('optionsShortcutTitle')}</h2>
      {keys !== undefined && (
        <p data-testid="shortcut-current">{keys ? t('optionsShortcutCurrent', keys) : t('optionsShortcutNone')}</p>
      )}
      <p>{t(firefox ? 'optionsShortcutFirefox' : 'optionsShortcutChromium')}</p>
      {canOpen && (
        <button type="button" onClick={openShortcutSettings}>
          {t('optionsShortcutChange')}
        </button>
      )}
    </section>
  );
}
