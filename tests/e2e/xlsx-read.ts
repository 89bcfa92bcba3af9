// Reading an .xlsx back through LibreOffice: every sheet converted to CSV (UTF-8, comma, quoted
// text) and parsed, keyed by sheet name. Used by the tests of the checker page's Excel export.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { LibreOffice, RunResult } from './helpers';

/**
 * LibreOffice's CSV filter options: comma (44), double quote (34), UTF-8 (76), from line 1, ...,
 * the last token -1: every sheet, each to "<name>-<sheet>.csv" (LibreOffice 7.2 and later).
 */
export const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

import { parseCsv } from '../helpers/csv-read';

export { parseCsv };

/** Converts `file` (an .xlsx) with LibreOffice and returns each sheet's rows, by sheet name. */
export async function readWorkbook(
  lo: LibreOffice,
  file: string,
  outdir: string,
): Promise<{ result: RunResult; sheets: Map<string, string[][]> }> {
  const result = await lo.convert([file], ALL_SHEETS_CSV, outdir);
  const base = path.basename(file, path.extname(file));
  const sheets = new Map<string, string[][]>();
  for (const name of await fsp.readdir(outdir)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith('.csv')) continue;
    const sheet = name.slice(base.length + 1, -'.csv'.length).normalize('NFC');
    sheets.set(sheet, parseCsv((await fsp.readFile(path.join(outdir, name), 'utf8')).replace(/^\uFEFF/, ''), ',', 'lenient'));
  }
  if (sheets.size === 0 && /could not be loaded/i.test(result.stderr)) {
    throw new Error('LibreOffice cannot open .xlsx files here: install its spreadsheet, the Debian package libreoffice-calc-nogui.');
  }
  return { result, sheets };
}
