// Checking one file on the page: bytes -> readDocx -> analyze, or a clear error. No DOM, no React:
// the page calls these one file at a time and yields to the browser in between.
//
// Files are read by content, so a .docx saved under a .doc name is checked. A Word 97-2003 file
// gets the 'legacy-doc' sentence (how to save it as .docx): the .doc reader (src/doc/) runs on
// word-extractor, which needs Node's Buffer and streams, and the page bundles no polyfill for them.
import { MAX_PAGE_FILE_MB } from '../docx/limits';
import { analyze } from '../analysis/report';
import type { Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import { DocxError, type DocxErrorCode } from '../docx/errors';
import { readDocx } from '../docx/read';
import type { Lang } from '../taskpane/strings';
import { getCheckerStrings } from './strings';

/** Files bigger than this are refused without being read (a report is a few hundred KB). */
export const MAX_FILE_MB = MAX_PAGE_FILE_MB;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/**
 * Why a file has no report (the page's `data-error`): a DocxError code, or
 * `too-large` (over MAX_FILE_BYTES), `read-failed` (the browser could not read the file),
 * `check-failed` (an unexpected error while checking).
 */
export type CheckErrorCode = DocxErrorCode | 'too-large' | 'read-failed' | 'check-failed';

export interface FileError {
  code: CheckErrorCode;
  /** The message in the page's language. */
  message: string;
}

/** The outline a file is checked against, and its name as the page shows it. */
export interface CheckOutline {
  template: ReportTemplate;
  label: string;
}

/**
 * The outcome for one file: its report (with the name of the outline it was checked against), or
 * why it could not be checked.
 */
export type FileOutcome = ReportOutcome | { name: string; error: FileError };

export interface ReportOutcome {
  name: string;
  report: Report;
  /** The outline's name as the page shows it ("Đề cương: …"). */
  outline?: string;
  /** The outline itself (its guidance is shown under each section). */
  template?: ReportTemplate;
}

export function isReportOutcome(outcome: FileOutcome): outcome is ReportOutcome {
  return 'report' in outcome;
}

/** The page's message for an error code. */
export function errorMessage(code: CheckErrorCode, lang: Lang): string {
  const s = getCheckerStrings(lang);
  switch (code) {
    case 'too-large':
      return s.tooLarge(MAX_FILE_MB);
    case 'read-failed':
      return s.readFailed;
    case 'check-failed':
      return s.checkFailed;
    default: {
      const error = new DocxError(code);
      return lang === 'en' ? error.messageEn : error.message;
    }
  }
}

export function fileError(code: CheckErrorCode, lang: Lang): FileError {
  return { code, message: errorMessage(code, lang) };
}

/** Reads and checks the bytes of one .docx file. Never throws: errors become a FileError. */
export function checkBytes(name: string, bytes: Uint8Array, lang: Lang, outline?: CheckOutline): FileOutcome {
  let snapshot;
  try {
    snapshot = readDocx(bytes);
  } catch (error) {
    return { name, error: fileError(error instanceof DocxError ? error.code : 'corrupt', lang) };
  }
  try {
    if (!outline) return { name, report: analyze(snapshot, { lang }) };
    return { name, report: analyze(snapshot, { lang, template: outline.template }), outline: outline.label, template: outline.template };
  } catch {
    return { name, error: fileError('check-failed', lang) };
  }
}

/** The bytes of a File or Blob: Blob.arrayBuffer() where the browser has it, FileReader otherwise. */
export function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') {
    return blob.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('FileReader returned no ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** Reads (unless too large) and checks one file. Never throws. */
export async function checkBlob(name: string, blob: Blob, lang: Lang, outline?: CheckOutline): Promise<FileOutcome> {
  if (blob.size > MAX_FILE_BYTES) return { name, error: fileError('too-large', lang) };
  let bytes: Uint8Array;
  try {
    bytes = await readBlobBytes(blob);
  } catch {
    return { name, error: fileError('read-failed', lang) };
  }
  return checkBytes(name, bytes, lang, outline);
}

/**
 * Lets the browser render and handle input before the next file: a new task through
 * scheduler.yield() or a MessageChannel (not throttled in background tabs like timers), else a
 * zero timeout.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Counts over a set of outcomes, for the summary line. */
export interface OutcomeCounts {
  total: number;
  ready: number;
  notReady: number;
  unreadable: number;
}

export function countOutcomes(outcomes: readonly FileOutcome[]): OutcomeCounts {
  const counts: OutcomeCounts = { total: 0, ready: 0, notReady: 0, unreadable: 0 };
  for (const o of outcomes) {
    counts.total++;
    if (!isReportOutcome(o)) counts.unreadable++;
    else if (o.report.ready) counts.ready++;
    else counts.notReady++;
  }
  return counts;
}

/** "bao-cao.docx" -> "bao-cao-nhan-xet.docx" (the extension is replaced whatever its case). */
export function annotatedName(name: string): string {
  const base = name.replace(/\.(docx|docm|doc)$/i, '') || 'bao-cao';
  return `${base}-nhan-xet.docx`;
}
