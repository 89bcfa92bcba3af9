// The progress line of a batch check: on a terminal, one line on standard error rewritten in place
// ("\r") for each file and wiped before anything else is printed; nothing at all when standard
// error is a pipe or a file, with --json, or for a single file.
import type { Io } from './io';
import { printableLine } from './printable';
import { DEFAULT_WIDTH, oneLine, textWidth } from './wrap';

export interface Progress {
  /** Shows "[i/total] file" in place of the previous line. */
  show(index: number, file: string): void;
  /** Wipes the line, so that what is printed next starts on a clean line; nothing when none is shown. */
  clear(): void;
  /** A line for standard error (a warning): the progress line is wiped first. */
  note(text: string): void;
}

/**
 * The width of standard error's terminal, else the output's width, else 80. Read at each update,
 * so that a resized window is followed.
 */
function widthOf(io: Io): number {
  const w = io.stderrColumns ?? io.columns ?? DEFAULT_WIDTH;
  return Number.isFinite(w) && w >= 2 ? Math.floor(w) : DEFAULT_WIDTH;
}

export function createProgress(io: Io, total: number, options: { json?: boolean }): Progress {
  const enabled = io.stderrIsTTY && total > 1 && !options.json;
  // Spaces as wide as the text last shown: what wipes it on any terminal (no escape sequence).
  let shown = 0;
  const wipe = () => `\r${' '.repeat(shown)}${shown > 0 ? '\r' : ''}`;
  const clear = () => {
    if (shown === 0) return;
    io.stderr(wipe());
    shown = 0;
  };
  return {
    show(index, file) {
      if (!enabled) return;
      // One column short of the width, so that the terminal never wraps the line onto a second one.
      const room = widthOf(io) - 1;
      const text = oneLine(printableLine(`[${index + 1}/${total}] ${file}`), room);
      io.stderr(`${wipe()}${text}`);
      shown = textWidth(text);
    },
    clear,
    note(text) {
      clear();
      io.stderr(`${text}\n`);
    },
  };
}
