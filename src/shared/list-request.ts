/**
 * The customer list is read on demand. The popup asks by calling a function of this name, which the
 * Partner Center content script defines on its own isolated world's global: `scripting.executeScript`
 * runs there too, while the page's scripts cannot see or replace it. No message is involved.
 */
export const READ_LIST_HOOK = 'supportPathReadList';
