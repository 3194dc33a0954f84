import * as z from 'zod/mini';
import { ContactProfileSchema, type ContactProfile } from '../core/contact';
import type { MessageKey } from '../shared/i18n';
import { toDraft, validateDraft } from './profile-form';

/** The profile as a file a partner can keep, move to another browser or hand to a colleague. */

const FORMAT = 'support-path-profile';
const MAX_FILE_BYTES = 64 * 1024;

const ExportFileSchema = z.object({ format: z.literal(FORMAT), version: z.literal(1), profile: ContactProfileSchema });

export const EXPORT_FILE_NAME = 'support-path-profile.json';

export function profileToJson(profile: ContactProfile): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, profile }, null, 2)}\n`;
}

export type Imported = { ok: true; profile: ContactProfile } | { ok: false; error: MessageKey };

/** Accepts our export file or a bare profile object; anything else is refused with the reason to show. */
export function profileFromJson(text: string): Imported {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'optionsImportInvalid' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'optionsImportNotJson' };
  }
  const file = ExportFileSchema.safeParse(data);
  const bare = file.success ? null : ContactProfileSchema.safeParse(data);
  const profile = file.success ? file.data.profile : bare?.success ? bare.data : null;
  if (!profile) return { ok: false, error: 'optionsImportInvalid' };
  // The same rules as typing it in: a file must not smuggle in an address the form would refuse.
  const checked = validateDraft(toDraft(profile));
  return checked.ok ? { ok: true, profile: checked.profile } : { ok: false, error: 'optionsImportInvalid' };
}

/** Hands the file to the browser's download flow; nothing leaves the machine. */
export function downloadJson(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox may still be reading the blob after click() returns; revoke later rather than break the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
