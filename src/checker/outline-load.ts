// Loading an outline the user picked on the page: an outline file (.json) is validated; an official
// outline document (.docx, .txt) is imported with the command line's importer. Loaded on demand
// (a dynamic import), so the validator and the importer do not weigh on the page's first load.
import type { OutlineFile } from '../outline-file/format';
import { loadOutlineFile, type OutlineFileError } from '../outline-file/load';
import { readOutline } from '../outline-file/read-outline';
import type { Lang } from '../taskpane/strings';
import { MAX_FILE_BYTES, readBlobBytes } from './check';
import { LOADED_KEY, type OutlineChoice } from './outline-choice';
import { getCheckerStrings } from './strings';

/** One problem with a loaded outline: where (a field of the file, or the file) and what is wrong. */
export interface OutlineProblem {
  path?: string;
  message: string;
}

export type OutlineLoad = { ok: true; choice: OutlineChoice } | { ok: false; problems: OutlineProblem[] };

function failure(message: string): OutlineLoad {
  return { ok: false, problems: [{ message }] };
}

function problemsOf(errors: OutlineFileError[], lang: Lang): OutlineProblem[] {
  return errors.map((e) => ({ path: e.path, message: lang === 'en' ? e.messageEn : e.message }));
}

/** The text of an outline file checked (schema, then ids and levels), as a choice. */
export function outlineFromJson(text: string, fileName: string, lang: Lang): OutlineLoad {
  const loaded = loadOutlineFile(text);
  if (!loaded.ok) {
    return { ok: false, problems: problemsOf(loaded.errors, lang) };
  }
  return { ok: true, choice: { key: LOADED_KEY, template: loaded.outline, file: loaded.file, fileName } };
}

/** An outline file kept by the page (the session's choice), checked again: undefined when no longer valid. */
export function restoreOutline(file: OutlineFile, fileName: string | undefined): OutlineChoice | undefined {
  const loaded = loadOutlineFile(JSON.stringify(file));
  return loaded.ok ? { key: LOADED_KEY, template: loaded.outline, file: loaded.file, ...(fileName ? { fileName } : {}) } : undefined;
}

/** Reads a picked file as an outline: .json validated, .docx and .txt imported. Never throws. */
export async function loadOutlineBlob(name: string, blob: Blob, lang: Lang): Promise<OutlineLoad> {
  const s = getCheckerStrings(lang);
  if (blob.size > MAX_FILE_BYTES) return failure(s.outlineTooLarge(Math.round(MAX_FILE_BYTES / 1024 / 1024)));
  let bytes: Uint8Array;
  try {
    bytes = await readBlobBytes(blob);
  } catch {
    return failure(s.readFailed);
  }
  const ext = /\.([^.]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';
  const kind = ext === 'json' || ext === 'txt' ? ext : ext === 'docx' || ext === 'docm' || ext === 'doc' ? 'document' : undefined;
  if (!kind) return failure(s.outlineWrongType);
  const read = readOutline(kind, bytes);
  if (!read.ok) {
    if (read.reason === 'invalid') return { ok: false, problems: problemsOf(read.errors, lang) };
    if (read.reason === 'no-headings') return failure(s.outlineNoHeadings);
    if (read.reason === 'docx') return failure(lang === 'en' ? read.error.messageEn : read.error.message);
    return failure(s.outlineImportFailed);
  }
  const choice: OutlineChoice = { key: LOADED_KEY, template: read.template, file: read.file, fileName: name };
  if (!read.imported) return { ok: true, choice };
  const { sections } = read.template;
  const figures = sections.reduce((n, x) => n + x.figures.length, 0);
  return { ok: true, choice: { ...choice, review: { headings: sections.length, figures, notes: read.notes } } };
}
