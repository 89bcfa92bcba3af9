// Runs the command line in-process with captured output, for the CLI tests.
import { Readable } from 'node:stream';
import { main, type Io } from '../../src/cli/main';

export interface Run {
  code: number;
  out: string;
  err: string;
  /** What standard output held at each flush (after each file of a batch). */
  flushes: string[];
}

/**
 * `columns`: the width the command line is told; wide by default, so that tests of content find
 * each sentence on one line; null tells it nothing (it then formats for 80 columns). `more`: other
 * members of the Io (the width of standard error's terminal).
 */
export async function runCli(
  args: string[],
  stdin: string | Iterable<string> = '',
  tty = false,
  columns: number | null = 1000,
  more: Pick<Io, 'stderrColumns'> = {},
): Promise<Run> {
  const run: Run = { code: -1, out: '', err: '', flushes: [] };
  const io: Io = {
    stdout: (s) => {
      run.out += s;
    },
    stderr: (s) => {
      run.err += s;
    },
    stdin: Readable.from(typeof stdin === 'string' ? [stdin] : stdin),
    stderrIsTTY: tty,
    ...(columns !== null ? { columns } : {}),
    ...more,
    flush: async () => {
      run.flushes.push(run.out);
    },
  };
  run.code = await main(args, io);
  return run;
}
