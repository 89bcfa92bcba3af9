// Where `check --annotate DIR` writes its copies, and under which names.
//
// The copy of "bao-cao.docx" is DIR/bao-cao-nhan-xet.docx. When that name is taken (a file, a
// folder or a link already there, or a copy written earlier in the same run from another
// "bao-cao.docx"), the next free name is used: bao-cao-nhan-xet-2.docx, -3, … So nothing is ever
// overwritten, and two inputs with the same name get two copies. With --force an existing copy is
// replaced instead, but still never an input of the run (compared by device and inode, through
// links), never a folder, and never a copy written earlier in the run. Every write is atomic
// (see atomic-write.ts) and lands inside DIR.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../analysis/messages';
import { commitTemp, removeQuietly, writeTemp } from './atomic-write';
import { say } from './io';

/** After this many taken names the copy is refused with a sentence. */
const MAX_NAMES = 999;

function fileId(stat: fs.BigIntStats): string {
  return `${stat.dev}:${stat.ino}`;
}

function statId(file: string, follow: boolean): string | undefined {
  try {
    return fileId(follow ? fs.statSync(file, { bigint: true }) : fs.lstatSync(file, { bigint: true }));
  } catch {
    return undefined;
  }
}

/** Names compared as a case-insensitive file system would (macOS, Windows). */
function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The n-th name of the copy of `input`: "X-nhan-xet.docx", then "X-nhan-xet-2.docx", … */
export function annotatedName(input: string, n = 1): string {
  const base = path.basename(input).replace(/\.(docx|docm|doc)$/i, '');
  return `${base}-nhan-xet${n === 1 ? '' : `-${n}`}.docx`;
}

export type WriteResult = { path: string; error?: undefined } | { path?: undefined; error: string };

export class AnnotateOutput {
  private readonly inputIds = new Set<string>();
  private readonly claimed = new Set<string>();

  constructor(
    readonly dir: string,
    inputs: readonly string[],
    private readonly force: boolean,
    private readonly lang: Lang,
  ) {
    for (const input of inputs) {
      const id = statId(input, true);
      if (id) this.inputIds.add(id);
    }
  }

  /** Writes the annotated copy of `input`; its path, or one sentence naming the input. */
  write(input: string, bytes: Uint8Array): WriteResult {
    let temp: string;
    try {
      temp = writeTemp(this.dir, bytes);
    } catch (e) {
      return { error: this.failure(input, this.dir, e) };
    }
    try {
      for (let n = 1; n <= MAX_NAMES; n++) {
        const name = annotatedName(input, n);
        if (this.claimed.has(nameKey(name))) continue;
        const target = path.join(this.dir, name);
        if (this.isTaken(target)) continue;
        if (commitTemp(temp, target, this.force) === 'exists') continue;
        this.claimed.add(nameKey(name));
        return { path: target };
      }
      return {
        error: say(
          this.lang,
          `${input}: không ghi bản có nhận xét: thư mục ${this.dir} đã có ${MAX_NAMES} tên ${annotatedName(input)} và tương tự.`,
          `${input}: no annotated copy written: ${this.dir} already holds ${MAX_NAMES} names like ${annotatedName(input)}.`,
        ),
      };
    } catch (e) {
      return { error: this.failure(input, this.dir, e) };
    } finally {
      removeQuietly(temp);
    }
  }

  /** Without --force any existing name is taken; with it, only inputs, folders and this run's copies. */
  private isTaken(target: string): boolean {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(target);
    } catch {
      return false;
    }
    if (!this.force || stat.isDirectory()) return true;
    const own = statId(target, false);
    const pointed = statId(target, true);
    return (own !== undefined && this.inputIds.has(own)) || (pointed !== undefined && this.inputIds.has(pointed));
  }

  private failure(input: string, dir: string, e: unknown): string {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? say(this.lang, `không có quyền ghi vào thư mục ${dir}`, `no permission to write into ${dir}`)
        : code === 'ENAMETOOLONG'
          ? say(this.lang, 'tên tệp quá dài; hãy đặt tên ngắn hơn cho tệp', 'the file name is too long; give the file a shorter name')
          : code === 'ENOSPC' || code === 'EDQUOT'
            ? say(this.lang, 'ổ đĩa đã đầy', 'the disk is full')
            : code === 'EROFS'
              ? say(this.lang, `thư mục ${dir} chỉ đọc`, `${dir} is read-only`)
              : code === 'ENOENT' || code === 'ENOTDIR'
                ? say(this.lang, `thư mục ${dir} không còn`, `${dir} no longer exists`)
                : (code ?? (e as Error).message);
    return say(this.lang, `${input}: không ghi được bản có nhận xét (${reason}).`, `${input}: could not write the annotated copy (${reason}).`);
  }
}
