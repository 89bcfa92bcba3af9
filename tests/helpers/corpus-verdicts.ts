// The harness the corpus tests share: read every report of a folder with the .docx reader, check
// it with the engine, list what differs from the expected verdicts and sum up the share right.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis/report';
import type { Report, SectionStatus } from '../../src/analysis/types';
import { readDocx } from '../../src/docx/read';

/** The part of a report's expected verdict every corpus states: each section's status and ready. */
export interface ExpectedVerdict {
  ready: boolean;
  sections: Record<string, SectionStatus>;
}

/** Each file of `dir` read and checked, by file name. */
export function checkAll(dir: string, files: string[]): Map<string, Report> {
  return new Map<string, Report>(files.map((f) => [f, analyze(readDocx(fs.readFileSync(path.join(dir, f))))]));
}

/** The sections whose status and the `ready` the engine got wrong, one line each. */
export function verdictLines(want: ExpectedVerdict, got: Report): string[] {
  const lines: string[] = [];
  for (const s of got.sections) {
    if (s.status !== want.sections[s.id]) lines.push(`${s.id}: expected ${want.sections[s.id]}, got ${s.status}`);
  }
  if (got.ready !== want.ready) lines.push(`ready: expected ${want.ready}, got ${got.ready}`);
  return lines;
}

/**
 * How many files `diff` finds nothing wrong on, and a text listing each wrong file (under the
 * `label` given) with its lines, ending with the count of `noun` right.
 */
export function summary(files: string[], diff: (file: string) => string[], label: (file: string) => string, noun: string): { right: number; text: string } {
  let right = 0;
  const out: string[] = [];
  for (const f of files) {
    const d = diff(f);
    if (d.length === 0) right++;
    else out.push(`${f} (${label(f)})\n  ${d.join('\n  ')}`);
  }
  out.push(`${right}/${files.length} ${noun} right (${((100 * right) / files.length).toFixed(1)}%)`);
  return { right, text: out.join('\n') };
}
