import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchExtension, openExtensionPage, visibleText, type Extension } from './harness';

// The extension's own `chrome` global, inside functions puppeteer runs in the worker.
declare const chrome: {
  storage: Record<'sync' | 'local', { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }>;
};

const OPTIONS = 'src/options/index.html';
const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** A control found the way a person (or a screen reader) finds it: by its accessible name. */
const control = (page: Page, name: string, role = 'textbox') => page.locator(`::-p-aria([name="${name}"][role="${role}"])`);

async function fill(page: Page, name: string, value: string): Promise<void> {
  await control(page, name).fill(value);
}

const valueOf = (page: Page, name: string) => control(page, name).map((el) => (el as HTMLInputElement).value).wait();
const status = (page: Page) => page.$eval('[data-testid="profile-status"]', (el) => el.textContent);
const waitForStatus = (page: Page, text: string) =>
  page.waitForFunction((expected) => document.querySelector('[data-testid="profile-status"]')?.textContent === expected, {}, text);

async function storedProfile(ext: Extension): Promise<unknown> {
  return ext.worker.evaluate(async () => (await chrome.storage.sync.get('profile'))['profile']);
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated over DevTools, which the extension page's CSP does not block (an injected <script> tag would be).
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const { violations, passes } = await axe.run();
    // A run that checked nothing would pass silently.
    if (passes.length === 0) return ['axe checked nothing'];
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('options page in real Chromium', () => {
  let ext: Extension;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'support-path-downloads-'));

  beforeAll(async () => {
    ext = await launchExtension();
    page = await openExtensionPage(ext, OPTIONS);
    // Leaving with unsaved changes asks first; in these tests leaving is always intended.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await ext?.browser.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('has no serious or critical accessibility violations, light or dark', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(245, 245, 245)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('fits a 400px window without horizontal scrolling', async () => {
    await page.setViewport({ width: 400, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.setViewport({ width: 800, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  });

  it('reaches the profile controls with Tab, in reading order, with a visible focus ring', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const order: string[] = [];
    for (let i = 0; i < 14; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
    }
    const expected = ['profile-firstName', 'profile-lastName', 'profile-email', 'profile-additionalEmails', 'profile-phone'];
    expect(order.slice(0, expected.length)).toEqual(expected);
    expect(order).toContain('profile-timeZone');
    expect(order).toContain('Save profile');
    await page.focus('#profile-firstName');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('saves the profile typed into the labelled fields, and it is all there after a reload', async () => {
    await fill(page, 'First name', 'Ana');
    await fill(page, 'Last name', 'Souza');
    await fill(page, 'Primary email', 'ana@fabrikam.com.br');
    await fill(page, 'Additional emails', 'noc@fabrikam.com.br; suporte@fabrikam.com.br');
    await fill(page, 'Phone', '+55 11 4000 1234');
    await control(page, 'Phone', 'radio').click();
    await fill(page, 'Country/region', 'Brazil');
    await control(page, 'Time zone', 'combobox').fill('America/Sao_Paulo');
    await control(page, 'Preferred support language', 'combobox').fill('pt-BR');
    await fill(page, 'Partner ID (optional)', '1234567');
    expect(await status(page)).toBe('Unsaved changes');
    await control(page, 'Save profile', 'button').click();
    await waitForStatus(page, 'Saved');

    await page.reload();
    await page.waitForSelector('#profile-firstName');
    expect(await valueOf(page, 'First name')).toBe('Ana');
    expect(await valueOf(page, 'Primary email')).toBe('ana@fabrikam.com.br');
    expect(await valueOf(page, 'Additional emails')).toBe('noc@fabrikam.com.br, suporte@fabrikam.com.br');
    expect(await page.$eval('#profile-timeZone', (el) => (el as HTMLSelectElement).value)).toBe('America/Sao_Paulo');
    expect(await control(page, 'Phone', 'radio').map((el) => (el as HTMLInputElement).checked).wait()).toBe(true);
    expect(await storedProfile(ext)).toMatchObject({
      v: 1,
      data: { firstName: 'Ana', lastName: 'Souza', additionalEmails: ['noc@fabrikam.com.br', 'suporte@fabrikam.com.br'], contactMethod: 'phone', language: 'pt-BR', partnerId: '1234567' },
    });
  });

  it('shows an inline error for an invalid email and does not save it', async () => {
    const before = await storedProfile(ext);
    await fill(page, 'Primary email', 'ana.fabrikam.com.br');
    await control(page, 'Save profile', 'button').click();
    const error = await page.waitForSelector('#profile-email-error');
    expect(await error?.evaluate((el) => el.textContent)).toBe('Enter an email address such as name@example.com.');
    expect(await page.$eval('#profile-email', (el) => [el.getAttribute('aria-invalid'), el.getAttribute('aria-describedby')])).toEqual([
      'true',
      'profile-email-error',
    ]);
    // The first invalid field gets focus, so a keyboard user lands on the problem.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('profile-email');
    expect(await storedProfile(ext)).toEqual(before);
    await page.reload();
    await page.waitForSelector('#profile-email');
    expect(await valueOf(page, 'Primary email')).toBe('ana@fabrikam.com.br');
  });

  it('exports the saved profile as a JSON download', async () => {
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    const done = new Promise<void>((resolveDone, reject) => {
      session.on('Browser.downloadProgress', (event) => {
        if (event.state === 'completed') resolveDone();
        if (event.state === 'canceled') reject(new Error('download canceled'));
      });
    });
    await control(page, 'Export as JSON', 'button').click();
    await done;
    const exported = JSON.parse(readFileSync(join(downloads, 'support-path-profile.json'), 'utf8'));
    const stored = (await storedProfile(ext)) as { data: unknown };
    expect(exported).toEqual({ format: 'support-path-profile', version: 1, profile: stored.data });
    await session.detach();
  });

  it('refuses a bad JSON file with a clear message and changes nothing', async () => {
    const before = await storedProfile(ext);
    const bad = join(downloads, 'bad.json');
    writeFileSync(bad, '{"firstName": "Mallory", "email": 42}');
    const input = await page.$('input[type="file"]');
    await input!.uploadFile(bad);
    await waitForStatus(page, 'This file does not hold a valid Support Path contact profile. Nothing was changed.');
    expect(await valueOf(page, 'First name')).toBe('Ana');
    expect(await storedProfile(ext)).toEqual(before);
  });

  it('shows the keyboard shortcut that opens the popup', async () => {
    const shortcut = await page.waitForSelector('[data-testid="shortcut-current"]');
    expect(await shortcut?.evaluate((el) => el.textContent)).toMatch(/Alt\+Shift\+S/);
    expect(await visibleText(page)).toContain('chrome://extensions/shortcuts');
  });

  it('sets a corrupted stored profile aside, says so, and shows the defaults', async () => {
    await ext.worker.evaluate(() => chrome.storage.sync.set({ profile: { v: 1, data: 'garbage' } }));
    const fresh = await openExtensionPage(ext, OPTIONS);
    const notice = await fresh.waitForSelector('[data-testid="quarantine-notice"]');
    expect(await notice?.evaluate((el) => el.textContent)).toContain('could not be read and were set aside');
    expect(await valueOf(fresh, 'First name')).toBe('');
    const kept = await ext.worker.evaluate(async () => (await chrome.storage.local.get('quarantine:sync:profile'))['quarantine:sync:profile']);
    expect(kept).toMatchObject({ raw: { v: 1, data: 'garbage' }, problem: 'schema mismatch' });
    await control(fresh, 'Dismiss', 'button').click();
    await fresh.waitForSelector('[data-testid="quarantine-notice"]', { hidden: true });
    await fresh.close();
  });
});
