// `figures`: one JSON object per line of standard input, the line and the figures found in it.
// A line longer than MAX_LINE_BYTES is skipped: in its place comes {"line": n, "error": "…"}
// (so output line n still answers input line n), the same sentence goes to standard error, and
// the exit code is 2.
import { findFigures } from '../analysis/figures';
import type { Lang } from '../analysis/messages';
import { defaultTemplate } from '../template';
import { EXIT, formatSize, say, type Io } from './io';
import { boundedLines } from './lines';
import { resolveOutline } from './outline-command';
import { printableBlock } from './printable';

/** 1 MiB: far more than any paragraph of a report. */
export const MAX_LINE_BYTES = 1024 * 1024;

/**
 * `outline`: an outline file, document or built-in id, whose own number phrases ("ở 3 cấp") are
 * not figures; the built-in outline when absent.
 */
export async function runFigures(io: Io, lang: Lang = 'vi', maxBytes = MAX_LINE_BYTES, outline?: string): Promise<number> {
  const chosen = outline ? await resolveOutline(outline, lang) : { outline: defaultTemplate };
  if ('error' in chosen) {
    io.stderr(`${printableBlock(chosen.error)}\n`);
    return EXIT.error;
  }
  const genericPhrases = chosen.outline.genericPhrases;
  let code: number = EXIT.ready;
  let n = 0;
  for await (const line of boundedLines(io.stdin as AsyncIterable<Buffer | string>, maxBytes)) {
    n++;
    if (line.tooLong) {
      const limit = formatSize(maxBytes);
      const error = say(lang, `Dòng ${n} dài quá ${limit}: đã bỏ qua.`, `Line ${n} is longer than ${limit}: skipped.`);
      io.stderr(`${error}\n`);
      io.stdout(`${JSON.stringify({ line: n, error })}\n`);
      code = EXIT.error;
    } else {
      const text = line.text.normalize('NFC');
      const figures = findFigures(text, { genericPhrases }).map((f) => ({
        text: f.text,
        value: f.value,
        unit: f.unit,
        kind: f.kind,
        start: f.start,
        end: f.end,
      }));
      io.stdout(`${JSON.stringify({ text, figures })}\n`);
    }
    if (io.flush) await io.flush();
  }
  return code;
}
