// Reading one input file, bounded: only a regular file is read (a FIFO, a device such as
// /dev/zero or a socket gets one sentence instead), and never more than MAX_INPUT_BYTES. The file
// is opened without blocking (a FIFO with no writer would otherwise wait forever) and checked on
// the opened descriptor (fstat), so what is checked is what is read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../analysis/messages';
import { formatSize, say } from './io';

// The largest input the command line reads (limits.ts): a yearly report with its photos is a few
// megabytes; the .docx reader's own limits (entries, inflated sizes) apply after this.
import { MAX_INPUT_BYTES } from '../docx/limits';

export { MAX_INPUT_BYTES };

export type InputResult = { data: Uint8Array; error?: undefined } | { data?: undefined; error: string };

const O_NONBLOCK: number = fs.constants.O_NONBLOCK ?? 0;

function folderError(file: string, lang: Lang): string {
  const example = path.join(file, '*.docx');
  return say(
    lang,
    `${file} là một thư mục, không phải tệp .docx: hãy chỉ ra các tệp bên trong (ví dụ ${example}).`,
    `${file} is a folder, not a .docx file: give the files inside it (for example ${example}).`,
  );
}

function notRegularError(file: string, stat: fs.Stats, lang: Lang): string {
  const kind = stat.isFIFO()
    ? say(lang, 'một ống dẫn (FIFO)', 'a pipe (FIFO)')
    : stat.isSocket()
      ? say(lang, 'một socket', 'a socket')
      : say(lang, 'một thiết bị', 'a device');
  return say(
    lang,
    `${file} là ${kind}, không phải tệp thường: hãy chỉ ra chính tệp báo cáo .docx.`,
    `${file} is ${kind}, not a regular file: give the .docx report file itself.`,
  );
}

function tooLargeError(file: string, size: number | undefined, cap: number, lang: Lang): string {
  const has = size === undefined ? '' : ` (${formatSize(size)})`;
  return say(
    lang,
    `${file}: tệp quá lớn${has}, tối đa ${formatSize(cap)}: hãy kiểm tra đúng tệp báo cáo, hoặc giảm dung lượng ảnh trong Word rồi lưu lại.`,
    `${file}: the file is too large${has}, at most ${formatSize(cap)}: check it is the report, or compress its pictures in Word and save it again.`,
  );
}

function openError(file: string, e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return say(lang, `${file}: không tìm thấy tệp; hãy kiểm tra tên và thư mục.`, `${file}: file not found; check the name and the folder.`);
    case 'EACCES':
    case 'EPERM':
      return say(lang, `${file}: không có quyền đọc tệp này.`, `${file}: no permission to read this file.`);
    case 'EISDIR':
      return folderError(file, lang);
    case 'ELOOP':
      return say(lang, `${file}: liên kết tượng trưng trỏ vòng quanh, không dẫn tới tệp nào.`, `${file}: the symbolic link loops and leads to no file.`);
    case 'ENXIO':
      return say(lang, `${file} không phải tệp thường: hãy chỉ ra chính tệp báo cáo .docx.`, `${file} is not a regular file: give the .docx report file itself.`);
    case 'ENAMETOOLONG':
      return say(lang, `${file}: tên tệp quá dài.`, `${file}: the file name is too long.`);
    default:
      return say(lang, `${file}: không đọc được tệp (${code ?? (e as Error).message}).`, `${file}: could not be read (${code ?? (e as Error).message}).`);
  }
}

/** Reads to the end, at most `cap` bytes; null when there is more (a file that grew past the cap). */
function readBounded(fd: number, sizeHint: number, cap: number): Uint8Array | null {
  const chunks: Buffer[] = [];
  let total = 0;
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(sizeHint, 1), cap) + 1);
  for (;;) {
    let offset = 0;
    while (offset < buffer.length) {
      const n = fs.readSync(fd, buffer, offset, buffer.length - offset, null);
      if (n === 0) break;
      offset += n;
    }
    total += offset;
    if (total > cap) return null;
    chunks.push(offset === buffer.length ? buffer : buffer.subarray(0, offset));
    if (offset < buffer.length) break;
    buffer = Buffer.allocUnsafe(Math.min(64 * 1024, cap - total + 1));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Reads one input file; one sentence naming the file when it cannot or must not be read. */
export function readInput(file: string, lang: Lang, cap = MAX_INPUT_BYTES): InputResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK);
  } catch (e) {
    return { error: openError(file, e, lang) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { error: folderError(file, lang) };
    if (!stat.isFile()) return { error: notRegularError(file, stat, lang) };
    if (stat.size > cap) return { error: tooLargeError(file, stat.size, cap, lang) };
    const data = readBounded(fd, stat.size, cap);
    if (data === null) return { error: tooLargeError(file, undefined, cap, lang) };
    return { data };
  } catch (e) {
    return { error: openError(file, e, lang) };
  } finally {
    fs.closeSync(fd);
  }
}
