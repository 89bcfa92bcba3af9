// Hostile parts inside well-formed packages: numbers the file gives (starts, levels, lengths),
// work it can multiply (style chains, list definitions, nesting, namespace declarations) and
// declared encodings. Each input is built in the test; jest's per-test timeout bounds the time.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { annotateDocx } from '../src/docx/annotate';
import { MAX_LABEL_LENGTH, MAX_LETTER_REPEAT, MAX_NUMBER, MAX_NUMBER_WIDTH } from '../src/docx/limits';
import { formatNumber } from '../src/docx/numbering';
import { DocxError, readDocx } from '../src/docx/read';
import { abstractNum, buildDocx, documentXml, lvl, num, p, style, WORD_STYLES } from './helpers/docx-builder';
import { numberingTrap } from './helpers/hostile';

const GENEROUS = 20_000;
const MANY = 20_000;

/** A lean paragraph, for inputs of many thousands of them. */
function bare(text: string, props: { style?: string; numId?: number }): string {
  const pStyle = props.style !== undefined ? `<w:pStyle w:val="${props.style}"/>` : '';
  const numPr = props.numId !== undefined ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${props.numId}"/></w:numPr>` : '';
  return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

function labels(data: Uint8Array): (string | undefined)[] {
  return readDocx(data).paragraphs.map((x) => x.numberingLabel);
}

describe('numbers the file gives', () => {
  it(
    'clamps a letter list starting at 13,000,000,000 to short labels',
    () => {
      const out = labels(numberingTrap('13000000000', 3));
      expect(out).toEqual([`${MAX_NUMBER}.`, `${MAX_NUMBER}.`, `${MAX_NUMBER}.`]);
    },
    GENEROUS,
  );

  it('bounds letter labels in length, and keeps the short ones Word shows', () => {
    expect(formatNumber(1, 'upperLetter')).toBe('A');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(26 * MAX_LETTER_REPEAT, 'upperLetter')).toBe('Z'.repeat(MAX_LETTER_REPEAT));
    expect(formatNumber(26 * MAX_LETTER_REPEAT + 1, 'upperLetter')).toBe(String(26 * MAX_LETTER_REPEAT + 1));
    expect(formatNumber(5, 'custom', `${'0'.repeat(100_000)}1, ...`)).toHaveLength(MAX_NUMBER_WIDTH);
  });

  it('clamps negative starts and a start override past the limit', () => {
    const numbering =
      abstractNum(0, lvl(0, 'decimal', '%1.', { start: -7 })) +
      num(1, 0) +
      num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999999999"/></w:lvlOverride>');
    const body = p('Một', { numId: 1, ilvl: 0 }) + p('Hai', { numId: 2, ilvl: 0 }) + p('Ba', { numId: 2, ilvl: 0 });
    expect(labels(buildDocx({ body, numbering }))).toEqual(['0.', `${MAX_NUMBER}.`, `${MAX_NUMBER}.`]);
  });

  it('bounds the label of a level text of a million characters', () => {
    const numbering = abstractNum(0, lvl(0, 'decimal', '%1'.repeat(500_000))) + num(1, 0);
    const body = Array.from({ length: 200 }, () => p('Mục', { numId: 1, ilvl: 0 })).join('');
    const out = labels(buildDocx({ body, numbering }));
    expect(out).toHaveLength(200);
    for (const label of out) expect((label ?? '').length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    expect(out[1]).toMatch(/^(?:2)+$/);
  });

  it('keeps levels within 0..8, whatever w:ilvl says', () => {
    const numbering =
      abstractNum(0, lvl(0, 'decimal', '%1.') + lvl(8, 'lowerLetter', '%9)') + lvl(99_999_999, 'upperRoman', 'X%1')) +
      num(1, 0, '<w:lvlOverride w:ilvl="1000000000"><w:startOverride w:val="50"/></w:lvlOverride>') +
      num(2, 0, '<w:lvlOverride w:ilvl="-3"><w:lvl w:ilvl="-3"><w:start w:val="9"/><w:numFmt w:val="decimal"/><w:lvlText w:val="?"/></w:lvl></w:lvlOverride>');
    const body =
      p('Một', { numId: 1, ilvl: 0 }) +
      p('Sâu', { numId: 1, ilvl: 4294967295 }) +
      p('Âm', { numId: 1, ilvl: -5 }) +
      p('Hai', { numId: 2, ilvl: 0 });
    expect(labels(buildDocx({ body, numbering }))).toEqual(['1.', 'a)', '2.', '3.']);
  });

  it(
    'stays linear with 20,000 list definitions linked to missing numbering styles',
    () => {
      const abstracts = Array.from(
        { length: MANY },
        (_, i) => `<w:abstractNum w:abstractNumId="${i}"><w:numStyleLink w:val="Missing${i}"/></w:abstractNum>`,
      ).join('');
      const nums = Array.from({ length: MANY }, (_, i) => num(i + 1, i)).join('');
      const huge = '<w:num w:numId="99999999999999999999"><w:abstractNumId w:val="99999999999999999999"/></w:num>';
      const body = Array.from({ length: MANY }, (_, i) => bare(`Mục ${i}`, { numId: i + 1 })).join('');
      const read = readDocx(buildDocx({ body, numbering: abstracts + nums + huge, styles: WORD_STYLES, level: 1 }));
      expect(read.paragraphs).toHaveLength(MANY);
      expect(read.paragraphs.every((x) => x.numberingLabel === undefined)).toBe(true);
    },
    GENEROUS,
  );
});

describe('style chains', () => {
  it(
    'resolves a basedOn chain of 20,000 styles, each used by a paragraph, in linear time',
    () => {
      const styles =
        Array.from({ length: MANY }, (_, i) => style(`S${i}`, `Kiểu ${i}`, { basedOn: `S${i + 1}` })).join('') +
        style(`S${MANY}`, 'heading 2', { numId: 1, ilvl: 1 });
      const numbering = abstractNum(0, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.')) + num(1, 0);
      const body = Array.from({ length: MANY }, (_, i) => bare(`Đoạn ${i}`, { style: `S${MANY - 1 - i}` })).join('');
      const read = readDocx(buildDocx({ body, styles, numbering, level: 1 }));
      expect(read.paragraphs).toHaveLength(MANY);
      expect(read.paragraphs.every((x) => x.headingLevel === 2)).toBe(true);
      expect(read.paragraphs[0].numberingLabel).toBe('1.1.');
      expect(read.paragraphs[MANY - 1].numberingLabel).toBe(`1.${MANY}.`);
    },
    GENEROUS,
  );

  it(
    'ends a basedOn cycle of 20,000 styles without a level',
    () => {
      const styles = Array.from({ length: MANY }, (_, i) => style(`C${i}`, `Vòng ${i}`, { basedOn: `C${(i + 1) % MANY}` })).join('');
      const body = Array.from({ length: MANY }, (_, i) => bare(`Đoạn ${i}`, { style: `C${i}` })).join('');
      const read = readDocx(buildDocx({ body, styles, level: 1 }));
      expect(read.paragraphs).toHaveLength(MANY);
      expect(read.paragraphs.some((x) => x.headingLevel !== undefined || x.numberingLabel !== undefined)).toBe(false);
    },
    GENEROUS,
  );

  it('gives each style of a chain its own nearest level and numbering', () => {
    const styles =
      style('A', 'Kiểu A', { basedOn: 'B', ilvl: 0 }) +
      style('B', 'Kiểu B', { basedOn: 'C', outline: 2 }) +
      style('C', 'Kiểu C', { basedOn: 'D', numId: 1, ilvl: 1 }) +
      style('D', 'heading 1');
    const numbering = abstractNum(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.')) + num(1, 0);
    const body = p('c', { style: 'C' }) + p('a', { style: 'A' }) + p('b', { style: 'B' }) + p('d', { style: 'D' });
    const read = readDocx(buildDocx({ body, styles, numbering })).paragraphs;
    expect(read.map((x) => x.headingLevel)).toEqual([1, 3, 3, 1]);
    // B's level 1 restarts after A's level 0.
    expect(read.map((x) => x.numberingLabel)).toEqual(['1.', 'I.', '1.', undefined]);
  });
});

/** `depth` tables, each inside the only cell of the one around it, the innermost holding `inner`. */
function nestedTables(depth: number, inner: string): string {
  return '<w:tbl><w:tr><w:tc>'.repeat(depth) + inner + '</w:tc></w:tr></w:tbl>'.repeat(depth);
}

describe('deep nesting', () => {
  it(
    'annotates a paragraph inside 20,000 nested tables',
    () => {
      const docx = buildDocx({ body: p('Mở đầu') + nestedTables(MANY, p('Bên trong')), styles: WORD_STYLES, level: 1 });
      const before = readDocx(docx).paragraphs;
      expect(before.map((x) => x.text)).toEqual(['Mở đầu', 'Bên trong']);
      const copy = annotateDocx(docx, [{ paragraph: 1, text: 'Thiếu số liệu' }]);
      expect(readDocx(copy).paragraphs.map((x) => x.text)).toEqual(['Mở đầu', 'Bên trong']);
      expect(strFromU8(unzipSync(copy)['word/comments.xml'])).toContain('Thiếu số liệu');
    },
    GENEROUS,
  );

  it(
    'reads 20,000 nested elements that each declare a new namespace prefix',
    () => {
      const open = Array.from({ length: MANY }, (_, i) => `<w:sdt xmlns:p${i}="urn:x-${i}"><w:sdtContent>`).join('');
      const body = open + p('Sâu') + '</w:sdtContent></w:sdt>'.repeat(MANY);
      expect(readDocx(buildDocx({ body, level: 1 })).paragraphs.map((x) => x.text)).toEqual(['Sâu']);
      const renamed = documentXml(p('Lạ')).replace(/w:/g, 'x:').replace('xmlns:w=', 'xmlns:w2="urn:a" xmlns:x=');
      const deep = renamed.replace('<x:body>', `<x:body>${open.replace(/w:/g, 'x:')}`).replace('</x:body>', `${'</x:sdtContent></x:sdt>'.repeat(MANY)}</x:body>`);
      expect(readDocx(zipSync({ 'word/document.xml': strToU8(deep) })).paragraphs.map((x) => x.text)).toEqual(['Lạ']);
    },
    GENEROUS,
  );
});

/**
 * The bytes of `text` in windows-1258, built from the platform's decoder: base letters
 * precomposed where the code page has them (â, ê, ă, ...), tone marks as combining characters.
 */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const chars = [...text.normalize('NFD')];
  const bytes: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? byChar.get((chars[i] + chars[i + 1]).normalize('NFC')) : undefined;
    if (pair !== undefined) {
      bytes.push(pair);
      i++;
      continue;
    }
    const b = byChar.get(chars[i]);
    if (b === undefined) throw new Error(`no windows-1258 byte for ${chars[i]}`);
    bytes.push(b);
  }
  return Uint8Array.from(bytes);
}

describe('namespace bindings', () => {
  it('restore the outer binding when an element that rebinds a prefix closes', () => {
    // The first paragraph rebinds w: to a foreign namespace (not Word's paragraph); the second is.
    const body =
      '<w:p xmlns:w="urn:not-word"><w:r><w:t>Lạ</w:t></w:r></w:p>' +
      '<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:r><x:t>Một</x:t></x:r></x:p>' +
      p('Hai');
    const docx = buildDocx({ body, styles: WORD_STYLES });
    expect(readDocx(docx).paragraphs.map((x) => x.text)).toEqual(['Một', 'Hai']);
    const copy = annotateDocx(docx, [{ paragraph: 1, text: 'Nhận xét' }]);
    const part = strFromU8(unzipSync(copy)['word/document.xml']);
    expect(part).toMatch(/<w:commentRangeStart w:id="0"\/>.*Hai.*<w:commentReference w:id="0"\/>/);
    expect(readDocx(copy).paragraphs.map((x) => x.text)).toEqual(['Một', 'Hai']);
  });
});

describe('declared encodings', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const xmlIn = (encoding: string, text: string): string =>
    `<?xml version="1.0" encoding="${encoding}"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

  it('decodes a part declared in windows-1258', () => {
    const text = 'Đoàn kết toàn dân';
    const docx = zipSync({ 'word/document.xml': windows1258(xmlIn('windows-1258', text)) });
    expect(readDocx(docx).paragraphs.map((x) => x.text.normalize('NFC'))).toEqual([text]);
  });

  it('refuses an encoding the platform does not know, with a sentence that says so', () => {
    const docx = zipSync({ 'word/document.xml': strToU8(xmlIn('x-no-such-charset', 'Chào')) });
    let error: unknown;
    try {
      readDocx(docx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).code).toBe('unsupported-encoding');
    expect((error as DocxError).message).toContain('bảng mã');
    expect((error as DocxError).detail).toContain('x-no-such-charset');
  });

  it('reads UTF-16 without a byte order mark', () => {
    const text = xmlIn('UTF-16', 'Mười sáu');
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect(readDocx(zipSync({ 'word/document.xml': bytes })).paragraphs.map((x) => x.text)).toEqual(['Mười sáu']);
  });

  it('writes an annotated windows-1258 part in UTF-8 and says so in its declaration', () => {
    const docx = zipSync({ 'word/document.xml': windows1258(xmlIn('windows-1258', 'Báo cáo năm')) });
    const copy = annotateDocx(docx, [{ paragraph: 0, text: 'Thiếu mục' }]);
    const part = strFromU8(unzipSync(copy)['word/document.xml']);
    expect(part.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(readDocx(copy).paragraphs.map((x) => x.text.normalize('NFC'))).toEqual(['Báo cáo năm']);
  });
});
