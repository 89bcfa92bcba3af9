// `check`: each file's result is printed as soon as it is checked (the JSON array written as it
// goes, or the human table), the summary at the end; memory stays flat with the number of files.
// A file that cannot be read or annotated is that file's one sentence; the others go on.
import * as fs from 'node:fs';
import { commentRequests, type Lang } from '../analysis/messages';
import type { Report } from '../analysis/types';
import { annotateDocx } from '../docx/annotate';
import { SAVE_AS_DOCX } from '../doc/errors';
import { DocxError } from '../docx/errors';
import { defaultTemplate } from '../template';
import { AnnotateOutput } from './annotate-output';
import { resolveOutline } from './outline-command';
import { checkFile } from './check-file';
import { errorJson, formatReport, formatSummary, reportJson, type FileJson } from './format';
import { EXIT, say, type Io } from './io';
import { JsonArrayStream } from './json-stream';
import { printableBlock, printableLine } from './printable';
import { summaryLine, unreadableList } from './summary-line';
import { createProgress } from './progress';
import { DEFAULT_WIDTH, hang } from './wrap';

export interface CheckOptions {
  json?: boolean;
  lang: Lang;
  annotate?: string;
  force?: boolean;
  /** One line per file instead of the table. */
  summary?: boolean;
  /** An outline file, document or built-in id; the built-in outline when absent. */
  outline?: string;
}

function annotateCopy(file: string, data: Uint8Array, report: Report, out: AnnotateOutput, lang: Lang): { path?: string; error?: string } {
  let bytes: Uint8Array;
  try {
    bytes = annotateDocx(data, commentRequests(report, lang));
  } catch (e) {
    const why = e instanceof DocxError ? say(lang, e.message, e.messageEn) : (e as Error).message;
    return { error: say(lang, `${file}: không tạo được bản có nhận xét: ${why}`, `${file}: could not make the annotated copy: ${why}`) };
  }
  return out.write(file, bytes);
}

export async function runCheck(files: string[], opts: CheckOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  const chosen = opts.outline ? await resolveOutline(opts.outline, lang) : { outline: defaultTemplate };
  if ('error' in chosen) {
    io.stderr(`${printableBlock(chosen.error)}\n`);
    return EXIT.error;
  }
  const template = chosen.outline;
  let out: AnnotateOutput | undefined;
  if (opts.annotate) {
    try {
      fs.mkdirSync(opts.annotate, { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === 'EEXIST' || code === 'ENOTDIR'
          ? say(lang, 'đã có một tệp mang tên này, không phải thư mục', 'a file of that name is there, not a folder')
          : code === 'EACCES' || code === 'EPERM'
            ? say(lang, 'không có quyền', 'no permission')
            : (code ?? (e as Error).message);
      io.stderr(`${printableLine(`${say(lang, 'Không tạo được thư mục', 'Cannot create the folder')} ${opts.annotate}: ${why}.`)}\n`);
      return EXIT.error;
    }
    out = new AnnotateOutput(opts.annotate, files, Boolean(opts.force), lang);
  }
  const json = opts.json ? new JsonArrayStream(io.stdout) : undefined;
  const width = io.columns ?? DEFAULT_WIDTH;
  const progress = createProgress(io, files.length, { json: opts.json });
  const unreadableErrors: string[] = [];
  let ready = 0;
  let unreadable = 0;
  let written = 0;
  let notWritten = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    progress.show(i, file);
    const { report, error, data, format } = await checkFile(file, lang, template);
    let result: FileJson;
    let text: string;
    if (!report) {
      unreadable++;
      result = errorJson(file, error ?? '');
      unreadableErrors.push(printableLine(error ?? ''));
      text = hang(`${say(lang, 'Lỗi', 'Error')}: `, printableLine(error ?? ''), width).join('\n');
    } else {
      if (report.ready) ready++;
      result = { ...reportJson(file, report), outline: { id: template.id, version: template.version ?? null } };
      text = opts.summary ? summaryLine(printableLine(file), report, lang, width) : printableBlock(formatReport(printableLine(file), report, lang, width));
      if (out && format === 'doc') {
        // A Word 97-2003 file is checked, but a copy with comments needs a .docx.
        progress.note(printableLine(annotateNeedsDocx(file, lang)));
      } else if (out && data) {
        // The copy carries one comment per flagged section; the original is never touched.
        const copy = annotateCopy(file, data, report, out, lang);
        if (copy.path !== undefined) {
          written++;
          result.annotated = copy.path;
          text += `\n${hang(`  → ${say(lang, 'Bản có nhận xét', 'Annotated copy')}: `, printableLine(copy.path), width).join('\n')}`;
        } else {
          notWritten++;
          result.annotateError = copy.error;
          text += `\n${hang(`${say(lang, 'Lỗi', 'Error')}: `, printableLine(copy.error ?? ''), width).join('\n')}`;
        }
      }
    }
    progress.clear();
    if (json) json.item(result);
    else if (opts.summary) {
      if (report) io.stdout(`${text}\n`);
    } else io.stdout(`${i === 0 ? '' : '\n'}${text}\n`);
    if (io.flush) await io.flush();
  }
  progress.clear();
  if (json) json.end();
  else {
    const closing = opts.summary ? unreadableList(unreadableErrors, lang, width) : [];
    closing.push(...hang('', formatSummary(files.length, ready, unreadable, lang), width));
    if (out) closing.push(...hang('', printableLine(formatCopies(written, notWritten, out.dir, lang)), width));
    io.stdout(`\n${closing.join('\n')}\n`);
  }
  if (unreadable > 0 || notWritten > 0) return EXIT.error;
  return ready === files.length ? EXIT.ready : EXIT.notReady;
}

/** The closing line of --annotate: the copies written and the files that could not be, no zero counts. */
export function formatCopies(written: number, notWritten: number, dir: string, lang: Lang): string {
  const en = lang === 'en';
  const head = written
    ? en
      ? `Wrote ${written} annotated cop${written === 1 ? 'y' : 'ies'} into ${dir}`
      : `Đã ghi ${written} bản có nhận xét vào ${dir}`
    : en
      ? `No annotated copy written into ${dir}`
      : `Không có bản có nhận xét nào được ghi vào ${dir}`;
  const failed = notWritten ? (en ? `; ${notWritten} file(s) could not be annotated` : `; ${notWritten} tệp không ghi được bản có nhận xét`) : '';
  return `${head}${failed}.`;
}

/** The sentence for --annotate on a Word 97-2003 file: the copy needs a .docx. */
export function annotateNeedsDocx(file: string, lang: Lang): string {
  return say(
    lang,
    `${file}: bản có nhận xét cần tệp .docx (${SAVE_AS_DOCX.vi}); kết quả kiểm tra vẫn có ở trên.`,
    `${file}: an annotated copy needs a .docx file (${SAVE_AS_DOCX.en}); the check itself is above.`,
  );
}
