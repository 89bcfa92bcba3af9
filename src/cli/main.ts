// The command line: `mttq-report check [--json] FILE…`, `mttq-report figures`.
import { Command, CommanderError, Option } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { analyze } from '../analysis/report';
import { findFigures } from '../analysis/figures';
import type { Lang } from '../analysis/messages';
import type { Report } from '../analysis/types';
import { defaultTemplate } from '../template';
import { annotateDocx } from '../docx/annotate';
import { DocxError } from '../docx/errors';
import { buildTemplateDocx } from '../docx/ooxml';
import { readDocx } from '../docx/read';
import { commentRequests } from '../analysis/messages';
import { errorJson, formatReport, formatSummary, reportJson, type FileJson } from './format';
import { registerOutlineCommand, resolveOutline } from './outline-command';
import type { ReportTemplate } from '../template/types';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  /** True when standard error is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
}

/** Exit codes: every file ready, some not ready, usage error or unreadable file. */
export const EXIT = { ready: 0, notReady: 1, error: 2 } as const;

/** Reads and checks one file; a clear one-sentence message instead of a stack trace on failure. */
export function checkFile(file: string, lang: Lang, template: ReportTemplate = defaultTemplate): { report?: Report; error?: string; data?: Uint8Array } {
  let data: Uint8Array;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: lang === 'en' ? `${file} is a folder, not a .docx file: give the files inside it (for example ${path.join(file, '*.docx')}).` : `${file} là một thư mục, không phải tệp .docx: hãy chỉ ra các tệp bên trong (ví dụ ${path.join(file, '*.docx')}).` };
    data = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: lang === 'en' ? `${file}: file not found; check the name and the folder.` : `${file}: không tìm thấy tệp; hãy kiểm tra tên và thư mục.` };
    if (code === 'EACCES' || code === 'EPERM') return { error: lang === 'en' ? `${file}: no permission to read this file.` : `${file}: không có quyền đọc tệp này.` };
    return { error: `${file}: ${(e as Error).message}` };
  }
  try {
    const snapshot = readDocx(data);
    return { report: analyze(snapshot, { lang, template }), data };
  } catch (e) {
    if (e instanceof DocxError) return { error: `${file}: ${lang === 'en' ? e.messageEn : e.message}` };
    return { error: lang === 'en' ? `${file}: could not be read (${(e as Error).message}).` : `${file}: không đọc được tệp (${(e as Error).message}).` };
  }
}

/** "bao-cao.docx" -> "bao-cao-nhan-xet.docx" in the output folder. */
export function annotatedName(file: string, outDir: string): string {
  const base = path.basename(file).replace(/\.docx$/i, '');
  return path.join(outDir, `${base}-nhan-xet.docx`);
}

async function runCheck(files: string[], opts: { json?: boolean; lang: Lang; annotate?: string; outline?: string }, io: Io): Promise<number> {
  const chosen = opts.outline ? resolveOutline(opts.outline, opts.lang) : { outline: defaultTemplate };
  if ('error' in chosen) return (io.stderr(`${chosen.error}\n`), EXIT.error);
  const template = chosen.outline;
  if (opts.annotate) {
    try {
      fs.mkdirSync(opts.annotate, { recursive: true });
    } catch (e) {
      io.stderr(`${opts.lang === 'en' ? 'Cannot create the folder' : 'Không tạo được thư mục'} ${opts.annotate}: ${(e as Error).message}\n`);
      return EXIT.error;
    }
  }
  const written: string[] = [];
  const results: FileJson[] = [];
  let ready = 0;
  let unreadable = 0;
  const blocks: string[] = [];
  files.forEach((file, i) => {
    if (io.stderrIsTTY && files.length > 1) io.stderr(`\r[${i + 1}/${files.length}] ${file}`.slice(0, 100).padEnd(100));
    const { report, error, data } = checkFile(file, opts.lang, template);
    if (!report) {
      unreadable++;
      results.push(errorJson(file, error ?? ''));
      blocks.push(`${opts.lang === 'en' ? 'Error' : 'Lỗi'}: ${error}`);
      return;
    }
    if (report.ready) ready++;
    if (opts.annotate && data) {
      // The copy carries one comment per flagged section; the original is never touched.
      const target = annotatedName(file, opts.annotate);
      if (path.resolve(target) !== path.resolve(file)) {
        fs.writeFileSync(target, annotateDocx(data, commentRequests(report, opts.lang)));
        written.push(target);
      }
    }
    if (opts.json) results.push({ ...reportJson(file, report), outline: { id: template.id, version: template.version ?? null } });
    else blocks.push(formatReport(file, report, opts.lang));
  });
  if (io.stderrIsTTY && files.length > 1) io.stderr(`\r${' '.repeat(100)}\r`);
  if (opts.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    const copies = written.length
      ? `\n${opts.lang === 'en' ? 'Annotated copies' : 'Bản có nhận xét'}: ${written.join(', ')}`
      : '';
    io.stdout(`${blocks.join('\n\n')}\n\n${formatSummary(files.length, ready, unreadable, opts.lang)}${copies}\n`);
  }
  if (unreadable > 0) return EXIT.error;
  return ready === files.length ? EXIT.ready : EXIT.notReady;
}

async function runFigures(io: Io): Promise<number> {
  const rl = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const text = line.normalize('NFC');
    const figures = findFigures(text, { genericPhrases: defaultTemplate.genericPhrases }).map((f) => ({
      text: f.text,
      value: f.value,
      unit: f.unit,
      kind: f.kind,
      start: f.start,
      end: f.end,
    }));
    io.stdout(`${JSON.stringify({ text, figures })}\n`);
  }
  return 0;
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ready;
  const program = new Command();
  program
    .name('mttq-report')
    .description('Kiểm tra báo cáo kết quả công tác Mặt trận (.docx) trước khi trình ký.\nChecks Vietnam Fatherland Front yearly reports (.docx) before signing.')
    .version(version(), '-V, --version', 'in phiên bản / print the version')
    .helpOption('-h, --help', 'hướng dẫn sử dụng / show help')
    .helpCommand('help [command]', 'hướng dẫn cho một lệnh / help for a command')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(dùng --help để xem hướng dẫn / use --help for help)');
  const lang = new Option('--lang <lang>', 'ngôn ngữ kết quả / output language').choices(['vi', 'en']).default('vi');

  program
    .command('check')
    .description('kiểm tra một hoặc nhiều tệp .docx / check one or more .docx files')
    .argument('<files...>', 'các tệp .docx / the .docx files')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .option('--annotate <dir>', 'ghi vào thư mục này bản sao có nhận xét của từng tệp / write an annotated copy of each file into this folder')
    .option('--outline <file>', 'đề cương dùng để kiểm tra (.json, .docx, .txt) / the outline to check against')
    .addOption(lang)
    .action(async (files: string[], opts: { json?: boolean; lang: Lang; annotate?: string; outline?: string }) => {
      code = await runCheck(files, opts, io);
    });

  program
    .command('template')
    .description('tạo tệp mẫu báo cáo (.docx) theo đề cương chính thức / write the report template (.docx)')
    .requiredOption('--out <file>', 'tệp .docx sẽ ghi / the .docx file to write')
    .option('--unit <text>', 'cơ quan ban hành / issuing body', '')
    .option('--place <text>', 'địa danh ghi ngày tháng / place on the date line', '')
    .option('--force', 'ghi đè nếu tệp đã có / overwrite an existing file')
    .option('--outline <file>', 'đề cương của mẫu (.json, .docx, .txt) / the outline of the template')
    .action((opts: { out: string; unit: string; place: string; force?: boolean; outline?: string }) => {
      const chosen = opts.outline ? resolveOutline(opts.outline, 'vi') : { outline: defaultTemplate };
      if ('error' in chosen) return void ((code = EXIT.error), io.stderr(`${chosen.error}\n`));
      if (fs.existsSync(opts.out) && !opts.force) {
        io.stderr(`${opts.out}: tệp đã có; dùng --force để ghi đè (file exists; use --force to overwrite).\n`);
        code = EXIT.error;
        return;
      }
      try {
        fs.writeFileSync(opts.out, buildTemplateDocx({ unit: opts.unit, place: opts.place, template: chosen.outline }));
      } catch (e) {
        io.stderr(`${opts.out}: không ghi được tệp (${(e as Error).message}).\n`);
        code = EXIT.error;
        return;
      }
      io.stdout(`Đã tạo mẫu báo cáo: ${opts.out}\n`);
      code = EXIT.ready;
    });

  program
    .command('figures')
    .description('đọc các dòng từ đầu vào chuẩn, in các số liệu tìm thấy (JSON mỗi dòng) / print the figures found in each line of standard input')
    .action(async () => {
      code = await runFigures(io);
    });

  registerOutlineCommand(program, io, (c) => {
    code = c;
  });

  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.error;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return EXIT.error;
    }
    throw e;
  }
  return code;
}
