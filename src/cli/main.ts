// The command line: `mttq-report check [--json] [--annotate DIR [--force]] [--outline F] FILE…`,
// `template`, `figures`, `outline import|show`. Each command lives in its own file; this one only parses the arguments.
import { Command, CommanderError, Option } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../analysis/messages';
import { runCheck, type CheckOptions } from './run-check';
import { runFigures } from './run-figures';
import { runTemplate, type TemplateOptions } from './template-cmd';
import { EXIT, type Io } from './io';
import { registerOutlineCommand } from './outline-command';
import { templates } from '../template';
import { helpConfig, langFromArgv, localizeDescriptions, localizeError } from './usage-lang';

export { EXIT, type Io } from './io';
export { checkFile } from './check-file';
export { MAX_INPUT_BYTES } from './inputs';
export { terminalWidth } from './wrap';
import { DEFAULT_WIDTH } from './wrap';

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

const langOption = () => new Option('--lang <lang>', 'ngôn ngữ kết quả / output language').choices(['vi', 'en']).default('vi');

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ready;
  // Usage errors and help come before any option is parsed: the language is read from argv.
  const lang = langFromArgv(argv);
  const program = new Command();
  program
    .name('mttq-report')
    .description('Kiểm tra báo cáo kết quả công tác Mặt trận (.docx, .doc) trước khi trình ký.\nChecks Vietnam Fatherland Front yearly reports (.docx, .doc) before signing.')
    .version(version(), '-V, --version', 'in phiên bản / print the version')
    .helpOption('-h, --help', lang === 'en' ? 'show help' : 'hướng dẫn sử dụng')
    .helpCommand('help [command]', lang === 'en' ? 'help for a command' : 'hướng dẫn cho một lệnh')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(localizeError(s, lang)),
      getOutHelpWidth: () => io.columns ?? DEFAULT_WIDTH,
      getErrHelpWidth: () => io.columns ?? DEFAULT_WIDTH,
    })
    .configureHelp(helpConfig(lang))
    .showHelpAfterError(lang === 'en' ? '(use --help for help)' : '(dùng --help để xem hướng dẫn)');

  program
    .command('check')
    .description('kiểm tra một hoặc nhiều tệp .docx hoặc .doc / check one or more .docx or .doc files')
    .argument('<files...>', 'các tệp .docx, .doc / the .docx or .doc files')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .option('--summary', 'mỗi tệp một dòng: kết luận, số lỗi, số cảnh báo, các vấn đề đầu tiên / one line per file: verdict, errors, warnings, the first problems')
    .option('--annotate <dir>', 'ghi vào thư mục này bản sao có nhận xét của từng tệp / write an annotated copy of each file into this folder')
    .option('--force', 'với --annotate: thay bản có nhận xét đã có thay vì chọn tên mới (không bao giờ ghi lên tệp đầu vào) / with --annotate: replace existing copies instead of picking a free name (never an input)')
    .option('--outline <file>', `đề cương dùng để kiểm tra (.json, .docx, .txt, hoặc mã: ${templates.map((t) => t.id).join(', ')}) / the outline to check against`)
    .addOption(langOption())
    .action(async (files: string[], opts: CheckOptions) => {
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
    .action(async (opts: TemplateOptions) => {
      code = await runTemplate(opts, io);
    });

  program
    .command('figures')
    .description('đọc các dòng từ đầu vào chuẩn, in các số liệu tìm thấy (JSON mỗi dòng) / print the figures found in each line of standard input')
    .option('--outline <file>', 'đề cương có các cụm số riêng không tính là số liệu (.json, .docx, .txt, hoặc mã) / the outline whose own number phrases are not figures')
    .addOption(langOption())
    .action(async (opts: { lang: Lang; outline?: string }) => {
      code = await runFigures(io, opts.lang, undefined, opts.outline);
    });

  registerOutlineCommand(program, io, (c) => {
    code = c;
  });

  localizeDescriptions(program, lang);
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
