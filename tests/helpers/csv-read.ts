// Reading back CSV text in tests: the page's export and LibreOffice's conversions.

/**
 * A small RFC 4180 reader (quotes doubled, CRLF or LF), with the separator given (',' by default).
 * The product's CSV ends every row with CRLF: by default only CRLF ends a row and a last row
 * without one is an error. `lines` 'lenient' (LibreOffice's conversions) takes CRLF, CR or LF and
 * a last row without an ending.
 */
export function parseCsv(text: string, separator = ',', lines: 'crlf' | 'lenient' = 'crlf'): string[][] {
  const lenient = lines === 'lenient';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if ((c === '\r' && text[i + 1] === '\n') || (lenient && (c === '\r' || c === '\n'))) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    if (!lenient) throw new Error('the last row does not end with CRLF');
    row.push(field);
    rows.push(row);
  }
  return rows;
}
