// The parser's own words in the user's language: usage errors, help headings, and the
// descriptions (written "tiếng Việt / English") cut to the chosen half. The language is read
// from the arguments before parsing (`--lang en` or `--lang=en` anywhere), Vietnamese otherwise.
import { Help, type Command, type HelpConfiguration } from 'commander';
import type { Lang } from '../analysis/messages';

export function langFromArgv(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'vi';
}

/** "tiếng Việt / English" → the half of the language (the whole text when it has no " / "). */
export function pickLang(text: string, lang: Lang): string {
  const at = text.lastIndexOf(' / ');
  if (at < 0) return text;
  return lang === 'en' ? text.slice(at + 3) : text.slice(0, at);
}

/** Every description of the program and its commands, in one language. */
export function localizeDescriptions(program: Command, lang: Lang): void {
  const visit = (cmd: Command) => {
    const d = cmd.description();
    if (d) cmd.description(d.includes('\n') ? d.split('\n')[lang === 'en' ? 1 : 0] : pickLang(d, lang));
    for (const o of cmd.options) o.description = pickLang(o.description, lang);
    for (const a of cmd.registeredArguments) a.description = pickLang(a.description, lang);
    cmd.commands.forEach(visit);
  };
  visit(program);
}

const TITLES: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tùy chọn chung:' };

const base = new Help();
const usageWords = (text: string, lang: Lang) => (lang === 'en' ? text : text.replace(/\[options\]/g, '[tùy chọn]').replace(/\[command\]/g, '[lệnh]'));
/** Commander's other words in help: "(default: …)", "(choices: …)". */
const extraWords = (text: string, lang: Lang) => (lang === 'en' ? text : text.replace(/\bdefault: /g, 'mặc định: ').replace(/\bchoices: /g, 'chọn một trong: '));

/** The help's headings, usage lines ("[options]", "[command]") and defaults in the language. */
export function helpConfig(lang: Lang): HelpConfiguration {
  return {
    styleTitle: (t) => (lang === 'en' ? t : (TITLES[t] ?? t)),
    commandUsage: (cmd) => usageWords(base.commandUsage(cmd), lang),
    subcommandTerm: (cmd) => usageWords(base.subcommandTerm(cmd), lang),
    optionDescription: (option) => extraWords(base.optionDescription(option), lang),
    argumentDescription: (argument) => extraWords(base.argumentDescription(argument), lang),
  };
}

const ERRORS: [RegExp, string][] = [
  [/^error: unknown command '(.*)'/, "lỗi: không có lệnh '$1'"],
  [/^error: unknown option '(.*)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./, "lỗi: thừa tham số cho lệnh '$1': cần $2, nhận được $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: thừa tham số: cần $1, nhận được $2.'],
  [/^error: option '(.*)' argument missing/, "lỗi: tùy chọn '$1' thiếu giá trị"],
  [/^error: required option '(.*)' not specified/, "lỗi: chưa có tùy chọn bắt buộc '$1'"],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./, "lỗi: tùy chọn '$1' không nhận giá trị '$2'; chọn một trong: $3."],
  [/\(Did you mean (.*)\?\)/, '(Có phải ý bạn là $1?)'],
  [/^error: /, 'lỗi: '],
];

/** The arguments' names (the usage line's `<files...>`) as a missing one is told in Vietnamese. */
const ARGUMENTS: Record<string, string> = { files: 'các tệp cần kiểm tra (.docx, .doc)', file: 'tệp cần đọc' };
const MISSING_ARGUMENT = /^error: missing required argument '(.*)'/;

/** A usage error of the parser, in Vietnamese unless English was asked for. */
export function localizeError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      const missing = MISSING_ARGUMENT.exec(line);
      if (missing) return line.replace(MISSING_ARGUMENT, `lỗi: thiếu tham số bắt buộc: ${ARGUMENTS[missing[1]] ?? `'${missing[1]}'`}`);
      for (const [re, vi] of ERRORS) if (re.test(line)) return line.replace(re, vi);
      return line;
    })
    .join('\n');
}
