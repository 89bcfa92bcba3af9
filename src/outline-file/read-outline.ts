// An outline from the bytes of a file a user picked, in the browser: an outline file (.json) is
// checked against the schema; an official outline document (.txt, or a Word document read by the
// .docx reader) is imported, then checked as an outline file too, so that what is saved loads
// again. The task pane and the web page each say the outcome in their own words.
import { importOutline, type ImportNote } from '../analysis/outline-import/import';
import { snapshotFromText } from '../analysis/outline-import/lines';
import { DocxError } from '../docx/errors';
import { readDocx } from '../docx/read';
import type { ReportTemplate } from '../template/types';
import { toOutlineFile, type OutlineFile } from './format';
import { loadOutlineFile, type OutlineFileError } from './load';

export type OutlineRead =
  | { ok: true; template: ReportTemplate; file: OutlineFile; imported: boolean; notes: ImportNote[] }
  | { ok: false; reason: 'invalid'; errors: OutlineFileError[] }
  | { ok: false; reason: 'no-headings' }
  | { ok: false; reason: 'docx'; error: DocxError }
  | { ok: false; reason: 'unreadable'; detail: string };

function fromJson(text: string, imported: boolean, notes: ImportNote[]): OutlineRead {
  const loaded = loadOutlineFile(text);
  if (!loaded.ok) return { ok: false, reason: 'invalid', errors: loaded.errors };
  return { ok: true, template: loaded.outline, file: loaded.file, imported, notes };
}

/** The outline of a file by its kind: "json" (an outline file), "txt", or a Word document. */
export function readOutline(kind: 'json' | 'txt' | 'document', bytes: Uint8Array): OutlineRead {
  if (kind === 'json') return fromJson(new TextDecoder('utf-8').decode(bytes), false, []);
  try {
    const snapshot = kind === 'txt' ? snapshotFromText(new TextDecoder('utf-8').decode(bytes)) : readDocx(bytes);
    const { outline, notes } = importOutline(snapshot);
    if (outline.sections.length === 0) return { ok: false, reason: 'no-headings' };
    return fromJson(JSON.stringify(toOutlineFile(outline)), true, notes);
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, reason: 'docx', error: e };
    return { ok: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
}
