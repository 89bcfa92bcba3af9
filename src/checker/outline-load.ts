// Loading an outline the user picked on the page: an outline file (.json) is validated; an official
// outline document (.docx, .txt) is imported with the command line's importer. Loaded on demand
// (a dynamic import), so the validator and the importer do not weigh on the page's first load.
import { importOutline } from '../analysis/outline-import/import';
import { snapshotFromText } from '../analysis/outline-import/lines';
import { DocxError } from '../docx/errors';
import { readDocx } from '../docx/read';
import { toOutlineFile, type OutlineFile } from '../outline-file/format';
import { loadOutlineFile } from '../outline-file/load';
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

/** The text of an outline file checked (schema, then ids and levels), as a choice. */
export function outlineFromJson(text: string, fileName: string, lang: Lang): OutlineLoad {
  const loaded = loadOutlineFile(text);
  if (!loaded.ok) {
    return { ok: false, problems: loaded.errors.map((e) => ({ path: e.path, message: lang === 'en' ? e.messageEn : e.message })) };
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
  if (ext === 'json') return outlineFromJson(new TextDecoder('utf-8').decode(bytes), name, lang);
  try {
    let snapshot;
    if (ext === 'txt') snapshot = snapshotFromText(new TextDecoder('utf-8').decode(bytes));
    else if (ext === 'docx' || ext === 'docm' || ext === 'doc') snapshot = readDocx(bytes);
    else return failure(s.outlineWrongType);
    const { outline, notes } = importOutline(snapshot);
    if (outline.sections.length === 0) return failure(s.outlineNoHeadings);
    // The imported outline goes through the outline file's checks too: what the page saves loads again.
    const file = toOutlineFile(outline);
    const checked = outlineFromJson(JSON.stringify(file), name, lang);
    if (!checked.ok) return checked;
    const figures = outline.sections.reduce((n, x) => n + x.figures.length, 0);
    return { ok: true, choice: { ...checked.choice, review: { headings: outline.sections.length, figures, notes } } };
  } catch (error) {
    if (error instanceof DocxError) return failure(lang === 'en' ? error.messageEn : error.message);
    return failure(s.outlineImportFailed);
  }
}
