// `mttq-report outline import FILE --out X.json` and `mttq-report outline show FILE`, and the
// `--outline FILE` option of check and template: any year's outline, from its file or its document.
import type { Command } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importOutline, type ImportNote } from '../analysis/outline-import/import';
import { snapshotFromText } from '../analysis/outline-import/lines';
import type { Lang } from '../analysis/messages';
import { DocError } from '../doc/errors';
import { readReport } from '../doc/read-report';
import { DocxError } from '../docx/errors';
import { toOutlineFile } from '../outline-file/format';
import { formatOutlineErrors, loadOutlineFile } from '../outline-file/load';
import { findTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import { formatOutlineSummary } from './outline-summary';
import { printableLine } from './printable';
import { writeFileAtomic } from './atomic-write';
import { readInput } from './inputs';
import type { Io } from './io';

export type Resolved = { outline: ReportTemplate; notes: ImportNote[] } | { error: string };

function readBytes(file: string, lang: Lang): Uint8Array | string {
  const input = readInput(file, lang);
  return input.error !== undefined ? input.error : input.data;
}

/** An outline from an official document (.docx, .doc, .txt): imported. */
export async function importOutlineDocument(file: string, lang: Lang, id?: string): Promise<Resolved> {
  const data = readBytes(file, lang);
  if (typeof data === 'string') return { error: data };
  const ext = path.extname(file).toLowerCase();
  const fallbackId = id ?? undefined;
  try {
    if (ext === '.txt') return importOutline(snapshotFromText(new TextDecoder('utf-8').decode(data)), { id: fallbackId });
    // .docx and Word 97-2003 .doc, told apart by content.
    return importOutline((await readReport(data)).snapshot, { id: fallbackId });
  } catch (e) {
    if (e instanceof DocxError || e instanceof DocError) return { error: `${file}: ${lang === 'en' ? e.messageEn : e.message}` };
    return { error: lang === 'en' ? `${file}: could not be read (${(e as Error).message}).` : `${file}: không đọc được tệp (${(e as Error).message}).` };
  }
}

/** The outline of a file: an outline file (.json) is loaded and checked; a document is imported; a built-in outline by its id ("mttq-2023"). */
export async function resolveOutline(file: string, lang: Lang): Promise<Resolved> {
  const builtIn = fs.existsSync(file) ? undefined : findTemplate(file);
  if (builtIn) return { outline: builtIn, notes: [] };
  if (path.extname(file).toLowerCase() !== '.json') return importOutlineDocument(file, lang);
  const data = readBytes(file, lang);
  if (typeof data === 'string') return { error: data };
  const loaded = loadOutlineFile(new TextDecoder('utf-8').decode(data));
  if (!loaded.ok) {
    const head = lang === 'en' ? `${file}: not a valid outline file:` : `${file}: tệp đề cương không hợp lệ:`;
    return { error: `${head}\n${formatOutlineErrors(loaded.errors, lang)}` };
  }
  return { outline: loaded.outline, notes: [] };
}

/** "de-cuong-2025.json" -> "de-cuong-2025". */
function idFromName(out: string): string | undefined {
  const base = path.basename(out).replace(/\.json$/iu, '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/[^a-z0-9._-]+/gu, '-').replace(/^-+|-+$/gu, '');
  return base.length > 0 ? base.slice(0, 80) : undefined;
}

export function registerOutlineCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const outline = program.command('outline').description('nhập, xem đề cương báo cáo / import and show report outlines');
  outline
    .command('import')
    .description('đọc đề cương chính thức (.docx, .txt) và ghi thành tệp đề cương (.json) / read an official outline and write it as an outline file')
    .argument('<file>', 'tệp đề cương (.docx, .txt) / the outline document')
    .requiredOption('--out <file>', 'tệp .json sẽ ghi / the .json file to write')
    .option('--id <id>', 'mã đề cương (mặc định: theo tên tệp ghi ra) / outline id (default: from the output name)')
    .option('--force', 'ghi đè nếu tệp đã có / overwrite an existing file')
    .option('--lang <lang>', 'ngôn ngữ / language (vi, en)', 'vi')
    .action(async (file: string, opts: { out: string; id?: string; force?: boolean; lang: string }) => {
      const lang: Lang = opts.lang === 'en' ? 'en' : 'vi';
      if (fs.existsSync(opts.out) && !opts.force) {
        io.stderr(`${printableLine(opts.out)}: tệp đã có; dùng --force để ghi đè (file exists; use --force to overwrite).\n`);
        return setCode(2);
      }
      const r = await importOutlineDocument(file, lang, opts.id ?? idFromName(opts.out));
      if ('error' in r) {
        io.stderr(`${r.error}\n`);
        return setCode(2);
      }
      if (r.outline.sections.length === 0) {
        io.stderr(lang === 'en' ? `${file}: no numbered heading found; this does not look like an outline.\n` : `${file}: không thấy đề mục nào có đánh số; tệp này không giống một đề cương.\n`);
        return setCode(2);
      }
      try {
        const json = `${JSON.stringify({ $schema: './outline.schema.json', ...toOutlineFile(r.outline) }, null, 2)}\n`;
        if (writeFileAtomic(opts.out, new TextEncoder().encode(json), Boolean(opts.force)) === 'exists') {
          io.stderr(`${printableLine(opts.out)}: tệp đã có; dùng --force để ghi đè (file exists; use --force to overwrite).\n`);
          return setCode(2);
        }
      } catch (e) {
        io.stderr(`${opts.out}: không ghi được tệp (${(e as Error).message}).\n`);
        return setCode(2);
      }
      io.stdout(formatOutlineSummary(r.outline, lang, r.notes));
      io.stdout(lang === 'en' ? `\nWritten: ${opts.out}\n` : `\nĐã ghi: ${opts.out}\n`);
      setCode(0);
    });
  outline
    .command('show')
    .description('in tóm tắt một đề cương (.json, hoặc .docx/.txt để xem trước khi nhập) / print the summary of an outline')
    .argument('<file>', 'tệp đề cương / the outline file')
    .option('--lang <lang>', 'ngôn ngữ / language (vi, en)', 'vi')
    .action(async (file: string, opts: { lang: string }) => {
      const lang: Lang = opts.lang === 'en' ? 'en' : 'vi';
      const r = await resolveOutline(file, lang);
      if ('error' in r) {
        io.stderr(`${r.error}\n`);
        return setCode(2);
      }
      io.stdout(formatOutlineSummary(r.outline, lang, r.notes));
      setCode(0);
    });
}
