// Checking one file: read it (bounded, see inputs.ts), turn it into a document snapshot, analyse
// it. A clear one-sentence message naming the file instead of a stack trace on failure.
import type { Lang } from '../analysis/messages';
import { analyze } from '../analysis/report';
import type { Report } from '../analysis/types';
import { DocxError } from '../docx/errors';
import { readDocx } from '../docx/read';
import { defaultTemplate } from '../template';
import { readInput } from './inputs';
import { say } from './io';

export interface Checked {
  report?: Report;
  error?: string;
  /** The bytes read, for writing an annotated copy. */
  data?: Uint8Array;
}

/**
 * The document snapshot of an input's bytes. readDocx recognises the kinds it cannot read (old
 * .doc, password-protected, not a zip) and says so; another input kind is one more line here.
 */
async function snapshotOf(data: Uint8Array): Promise<ReturnType<typeof readDocx>> {
  return readDocx(data);
}

export async function checkFile(file: string, lang: Lang): Promise<Checked> {
  const input = readInput(file, lang);
  if (input.error !== undefined) return { error: input.error };
  try {
    const snapshot = await snapshotOf(input.data);
    return { report: analyze(snapshot, { lang, template: defaultTemplate }), data: input.data };
  } catch (e) {
    if (e instanceof DocxError) return { error: `${file}: ${say(lang, e.message, e.messageEn)}` };
    const detail = (e as Error).message;
    return { error: say(lang, `${file}: không đọc được tệp (${detail}).`, `${file}: could not be read (${detail}).`) };
  }
}
