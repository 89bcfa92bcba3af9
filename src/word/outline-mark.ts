// Which outline the document follows, kept inside the document so that a later check (on another
// computer too) uses the same one.
//
// Where: the add-in's settings, Office.context.document.settings (the Settings requirement set,
// which every Word that runs the add-in has, WordApi 1.1 included; custom document properties
// need WordApi 1.3 and hold 255 characters a value). Settings are stored per add-in and per
// document, loaded when the add-in starts, and written into the document by saveAsync; the file
// keeps them once the document is saved
// (https://learn.microsoft.com/en-us/javascript/api/office/office.settings,
// https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
// That article sends data past the settings' size limit to custom XML parts: an outline file is a
// few tens of kilobytes, and one larger than OUTLINE_IN_SETTINGS_MAX is kept by id and version only.
import type { OutlineFile } from '../outline-file/format';
import type { OutlineMark, SaveOutcome } from '../taskpane/host';

/** Name of the setting. */
export const OUTLINE_SETTING = 'mttq-outline';
/** Largest outline file (JSON characters) kept whole in the settings. */
export const OUTLINE_IN_SETTINGS_MAX = 512 * 1024;

interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

function settings(): SettingsLike | undefined {
  try {
    const office = (globalThis as unknown as { Office?: { context?: { document?: { settings?: SettingsLike } } } }).Office;
    return office?.context?.document?.settings;
  } catch {
    return undefined;
  }
}

function isFile(value: unknown): value is OutlineFile {
  return Boolean(value) && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string';
}

/** The mark as stored, or null (no mark, or not one the add-in wrote). */
export function readOutlineMark(): OutlineMark | null {
  const value = settings()?.get(OUTLINE_SETTING);
  if (!value || typeof value !== 'object') return null;
  const v = value as { id?: unknown; version?: unknown; file?: unknown };
  if (typeof v.id !== 'string' || v.id.length === 0) return null;
  const mark: OutlineMark = { id: v.id };
  if (typeof v.version === 'string') mark.version = v.version;
  if (isFile(v.file)) mark.file = v.file;
  return mark;
}

/**
 * Stores the mark and writes it into the document. Like custom properties, this may not mark the
 * document as changed, so Document.saved is read afterwards: when Word still thinks there is
 * nothing to save, the pane tells the user to save.
 */
export async function saveOutlineMark(mark: OutlineMark): Promise<SaveOutcome> {
  const store = settings();
  if (!store) throw new Error('Office.context.document.settings is not available');
  const value: OutlineMark = { id: mark.id };
  if (mark.version !== undefined) value.version = mark.version;
  if (mark.file && JSON.stringify(mark.file).length <= OUTLINE_IN_SETTINGS_MAX) value.file = mark.file;
  store.set(OUTLINE_SETTING, value);
  await new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => {
      if (result.status === 'failed') reject(new Error(result.error?.message || 'Settings.saveAsync failed'));
      else resolve();
    });
  });
  return Word.run(async (context) => {
    const document = context.document;
    document.load('saved');
    await context.sync();
    return { saveReminder: document.saved };
  });
}
