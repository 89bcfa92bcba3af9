// Checking one file: read it (bounded, see inputs.ts), turn it into a document snapshot, analyse
// it. A clear one-sentence message naming the file instead of a stack trace on failure.
import type { Lang } from '../analysis/messages';
import { analyze } from '../analysis/report';
import type { Report } from '../analysis/types';
import { DocError } from '../doc/errors';
import { readReport, type ReportFormat } from '../doc/read-report';
import { DocxError } from '../docx/errors';
import { defaultTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import { readInput } from './inputs';
import { say } from './io';

export interface Checked {
  report?: Report;
  error?: string;
  /** The bytes read, for writing an annotated copy. */
  data?: Uint8Array;
  /** What the bytes turned out to be (.docx or Word 97-2003 .doc), told by content, not name. */
  format?: ReportFormat;
}

export async function checkFile(file: string, lang: Lang, template: ReportTemplate = defaultTemplate): Promise<Checked> {
  const input = readInput(file, lang);
  if (input.error !== undefined) return { error: input.error };
  try {
    // readReport tells .docx from .doc by content and says what it cannot read (RTF, a web page,
    // password-protected, damaged).
    const { snapshot, format } = await readReport(input.data);
    return { report: analyze(snapshot, { lang, template }), data: input.data, format };
  } catch (e) {
    if (e instanceof DocxError || e instanceof DocError) return { error: `${file}: ${say(lang, e.message, e.messageEn)}` };
    const detail = (e as Error).message;
    return { error: say(lang, `${file}: không đọc được tệp (${detail}).`, `${file}: could not be read (${detail}).`) };
  }
}
