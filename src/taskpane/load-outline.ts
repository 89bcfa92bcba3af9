// Loading an outline in the pane: an outline file (.json, checked against the schema) or the
// official outline document (.docx, .txt), imported in the browser. The pane imports this module
// only when the user loads a file or a document carries its own outline (ajv and the importer
// stay out of the pane's first download).
import type { OutlineFile } from '../outline-file/format';
import { formatOutlineErrors, loadOutlineFile } from '../outline-file/load';
import { readOutline } from '../outline-file/read-outline';
import type { ReportTemplate } from '../template/types';
import type { Lang } from './strings';

export interface LoadedOutline {
  template: ReportTemplate;
  /** The outline as an outline file (what the document keeps when it is not built in). */
  file: OutlineFile;
  /** Imported from an official document (not an outline file). */
  imported: boolean;
  /** Lines of the document the import could not place. */
  notes: number;
}

/** A file the pane cannot use; the message says why, in the pane's language. */
export class OutlineLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutlineLoadError';
    Object.setPrototypeOf(this, OutlineLoadError.prototype);
  }
}

const MESSAGES = {
  vi: {
    kind: 'Chỉ nhận tệp đề cương (.json) hoặc văn bản đề cương (.docx, .txt).',
    invalid: 'Tệp đề cương không hợp lệ:',
    empty: 'Không tìm thấy đề mục nào (Phần thứ nhất, I., 1., …) trong văn bản này: đây có phải là đề cương báo cáo không?',
    unreadable: (detail: string) => `Không đọc được tệp (${detail}).`,
  },
  en: {
    kind: 'Only an outline file (.json) or an outline document (.docx, .txt) can be loaded.',
    invalid: 'Not a valid outline file:',
    empty: 'No headings (Phần thứ nhất, I., 1., …) were found in this document: is it a report outline?',
    unreadable: (detail: string) => `The file could not be read (${detail}).`,
  },
} as const;

/** Reads an outline from a file the user picked. Throws OutlineLoadError with a clear message. */
export function loadOutline(name: string, data: Uint8Array, lang: Lang): LoadedOutline {
  const m = MESSAGES[lang];
  const ext = (/\.[^.]+$/u.exec(name.toLowerCase())?.[0] ?? '').slice(1);
  if (ext !== 'json' && ext !== 'docx' && ext !== 'txt') throw new OutlineLoadError(m.kind);
  const read = readOutline(ext === 'docx' ? 'document' : ext, data);
  if (read.ok) return { template: read.template, file: read.file, imported: read.imported, notes: read.notes.length };
  switch (read.reason) {
    case 'invalid':
      throw new OutlineLoadError(`${m.invalid}\n${formatOutlineErrors(read.errors, lang)}`);
    case 'no-headings':
      throw new OutlineLoadError(m.empty);
    case 'docx':
      throw new OutlineLoadError(lang === 'en' ? read.error.messageEn : read.error.message);
    case 'unreadable':
      throw new OutlineLoadError(m.unreadable(read.detail));
  }
}

/** The outline a document keeps whole (its mark), checked like any outline file; null when broken. */
export function outlineFromMark(file: OutlineFile): ReportTemplate | null {
  const loaded = loadOutlineFile(JSON.stringify(file));
  return loaded.ok ? loaded.outline : null;
}
