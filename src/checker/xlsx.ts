// The results as an Excel workbook: three sheets (files, sections, findings) with the page's
// words. Loaded only when the user exports (its own chunk, with write-excel-file).
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/browser';
import type { Lang } from '../taskpane/strings';
import type { FileOutcome } from './check';
import { fileRows, findingRows, sectionRows, SHEET_NAMES, type Row } from './export-rows';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column widths in characters, per sheet. */
const WIDTHS = {
  files: [32, 20, 8, 11, 30, 50],
  sections: [32, 10, 50, 22, 40, 40],
  findings: [32, 14, 10, 26, 70, 30],
};

function sheetData(rows: readonly Row[]): XlsxCell[][] {
  return rows.map((row, i) =>
    row.map((value) =>
      i === 0
        ? { value: String(value), fontWeight: 'bold' as const }
        : typeof value === 'number'
          ? { value, type: Number }
          : { value, type: String, wrap: true },
    ),
  );
}

/** The sheets of the workbook, in order. */
export function workbookSheets(outcomes: readonly FileOutcome[], lang: Lang): Sheet<Blob>[] {
  const names = SHEET_NAMES[lang];
  const tables = { files: fileRows(outcomes, lang), sections: sectionRows(outcomes, lang), findings: findingRows(outcomes, lang) };
  return (['files', 'sections', 'findings'] as const).map((key) => ({
    data: sheetData(tables[key]),
    sheet: names[key],
    columns: WIDTHS[key].map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
}

/** The .xlsx file. */
export function buildWorkbook(outcomes: readonly FileOutcome[], lang: Lang): Promise<Blob> {
  return writeXlsxFile(workbookSheets(outcomes, lang)).toBlob();
}
