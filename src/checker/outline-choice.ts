// The outline the page checks against and makes templates from: a built-in one, or one the user
// loaded (an outline file, or the official document imported in the browser). No React, no I/O.
import type { ImportNote } from '../analysis/outline-import/import';
import type { OutlineFile } from '../outline-file/format';
import { defaultTemplate, templates } from '../template';
import type { ReportTemplate } from '../template/types';
import type { Lang } from '../taskpane/strings';

/** What an import found, for the user to review before trusting it. */
export interface ImportReview {
  headings: number;
  figures: number;
  /** Lines the import could not place, or placed with a doubt. */
  notes: ImportNote[];
}

export interface OutlineChoice {
  /** "builtin:<id>" or "loaded". */
  key: string;
  template: ReportTemplate;
  /** The outline file the user loaded or imported (what "Lưu đề cương" saves). */
  file?: OutlineFile;
  /** The name of the file it came from. */
  fileName?: string;
  /** Set when the outline was imported from a document (.docx, .txt). */
  review?: ImportReview;
}

export const LOADED_KEY = 'loaded';

export function builtInChoice(t: ReportTemplate): OutlineChoice {
  return { key: `builtin:${t.id}`, template: t };
}

export const BUILT_IN_CHOICES: readonly OutlineChoice[] = templates.map(builtInChoice);
export const DEFAULT_CHOICE: OutlineChoice = builtInChoice(defaultTemplate);

/** The outline's name on the page, in each file's result and in the CSV: "Đề cương năm 2023 (có sẵn, mttq-2023)". */
export function outlineLabel(choice: OutlineChoice, lang: Lang): string {
  const t = choice.template;
  const version = t.version ? (lang === 'en' ? `, version ${t.version}` : `, phiên bản ${t.version}`) : '';
  if (choice.key !== LOADED_KEY) {
    return lang === 'en' ? `${t.year} outline (built in, ${t.id})` : `Đề cương năm ${t.year} (có sẵn, ${t.id})`;
  }
  const from = choice.fileName ? (lang === 'en' ? `, from ${choice.fileName}` : `, từ tệp ${choice.fileName}`) : '';
  return lang === 'en' ? `${t.year} outline (${t.id}${version}${from})` : `Đề cương năm ${t.year} (${t.id}${version}${from})`;
}

/** "de-cuong-2025.json": the saved outline file's name. */
export function outlineFileName(t: ReportTemplate): string {
  const base = t.id.replace(/[^A-Za-z0-9._-]+/gu, '-').replace(/^[-.]+|[-.]+$/gu, '') || 'de-cuong';
  return `${base}.json`;
}
