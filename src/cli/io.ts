// What the command line talks to: standard output and error, standard input, exit codes.
import type { Lang } from '../analysis/messages';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  /** True when standard error is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
  /** The width to format for (the terminal's columns, or COLUMNS); 80 when absent. */
  columns?: number;
  /** The columns of standard error's terminal (where the progress line goes), when it is one. */
  readonly stderrColumns?: number;
  /**
   * Resolves when standard output has room again and pending events (a closed pipe) have run.
   * Called after each file of a batch, so that memory stays flat however slow the reader is.
   */
  flush?: () => Promise<void>;
}

/** Exit codes: every file ready, some not ready, usage error or a file that could not be read or annotated. */
export const EXIT = { ready: 0, notReady: 1, error: 2 } as const;

/** Picks the sentence of the output language. */
export function say(lang: Lang, vi: string, en: string): string {
  return lang === 'en' ? en : vi;
}

/** "100 MB", "512 KB", "80 B": sizes in the units people use (1 MB = 1024 KB). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
