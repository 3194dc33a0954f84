import browser from 'webextension-polyfill';
import { parseAutofillRequest, type AutofillReport } from '../../shared/autofill-messages';
import { managedPolicyValue, presetOverridesValue, profileValue, settingsValue } from '../../shared/stored';
import { readAutoFillProfile, watchForForms } from './auto';
import { fillForm, findSupportForm } from './form';
import type { MatchedField } from './match';
import { currentFrameFacts, portalOf, type Portal } from './trust';
import { UndoHistory } from './undo';

/**
 * Auto-fill content script, injected into every frame of the support portals. A frame that may not be
 * trusted does nothing at all; a trusted frame answers the popup only when it holds a support form (or
 * something to undo), because with a message to all frames the first answer is the one the popup gets.
 */

/** The stored values that decide whether and with what "fill automatically" fills. */
const AUTO_FILL_INPUTS = [settingsValue.key, profileValue.key, presetOverridesValue.key, managedPolicyValue.key];

const portal = portalOf(currentFrameFacts());
if (portal) start(portal);

function start(portal: Portal): void {
  const history = new UndoHistory();
  let queue: Promise<unknown> = Promise.resolve();
  // One fill at a time: a popup click and an automatic fill must not open comboboxes over each other.
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const report = (filled: string[] = [], skipped: string[] = []): AutofillReport => ({
    formFound: true,
    portal,
    filled,
    skipped,
    canUndo: history.canUndo,
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseAutofillRequest(raw);
    if (!request) return undefined;
    if (request.type === 'autofillUndo') {
      if (!history.canUndo) return undefined;
      return exclusive(async () => {
        await history.undo();
        return report();
      });
    }
    const form = findSupportForm(document);
    if (!form) return undefined;
    if (request.type === 'autofillProbe') return Promise.resolve(report());
    return exclusive(async () => {
      const result = await fillForm(form, request.profile, request.mode);
      history.record(result.restores);
      return report(result.filled, result.skipped);
    });
  });

  // The portals are single-page apps that stay open for hours: follow the setting as it changes.
  let stopWatching: (() => void) | null = null;
  const followSetting = async () => {
    const profile = await readAutoFillProfile();
    stopWatching?.();
    stopWatching = profile
      ? watchForForms(document, () => findSupportForm(document), (fresh: MatchedField[]) =>
          exclusive(async () => history.record((await fillForm(fresh, profile, 'emptyOnly')).restores)),
        )
      : null;
  };
  browser.storage.onChanged.addListener((changes) => {
    if (AUTO_FILL_INPUTS.some((key) => changes[key])) void followSetting();
  });
  void followSetting();
}
