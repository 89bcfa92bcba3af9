// Word 97-2003 files (.doc): the text, tables and text boxes, and the messages for bad files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8 } from 'fflate';
import { analyze } from '../src/analysis/report';
import type { DocumentSnapshot } from '../src/analysis/types';
import { checkCompoundFile } from '../src/doc/cfb';
import { DocError } from '../src/doc/errors';
import { readDoc } from '../src/doc/read-doc';
import { readReport } from '../src/doc/read-report';
import { paragraphsOfText } from '../src/doc/text';
import { DocxError, readDocx } from '../src/docx/read';

const DIR = path.join(__dirname, 'fixtures', 'doc');
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

/** Offset of the WordDocument stream (its FIB) in a fixture: the sector that starts with wIdent. */
function fibOffset(data: Uint8Array): number {
  for (let at = 512; at + 4 < data.length; at += 512) if (data[at] === 0xec && data[at + 1] === 0xa5) return at;
  throw new Error('no FIB');
}

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

async function docCode(data: Uint8Array): Promise<string> {
  const error = await errorOf(() => readDoc(data));
  expect(error).toBeInstanceOf(DocError);
  return (error as DocError).code;
}

const shape = (s: DocumentSnapshot) => s.paragraphs.map((p) => [p.text, p.inTable === true, p.headingLevel ?? 0]);

describe('the text of a .doc main document', () => {
  it('splits paragraphs on paragraph marks and keeps line breaks and tabs inside them', () => {
    expect(paragraphsOfText('Một\rHai\u000bdòng mới\tcột\rBa\u000cBốn\r')).toEqual([
      { text: 'Một' },
      { text: 'Hai\ndòng mới\tcột' },
      { text: 'Ba' },
      { text: 'Bốn' },
    ]);
  });

  it('makes each cell a paragraph in a table, a cell with several paragraphs included', () => {
    // Two cells, the first with two paragraphs, then the row-end mark, then body text.
    const text = 'Trước\rỦY BAN MTTQ\rXÃ TÂN HÒA\u0007CỘNG HÒA\u0007\nSau\r';
    const properties = (cp: number) => (cp >= 6 && cp < 37 ? { inTable: true } : {});
    expect(paragraphsOfText(text, properties).map((p) => [p.text, p.inTable === true])).toEqual([
      ['Trước', false],
      ['ỦY BAN MTTQ', true],
      ['XÃ TÂN HÒA', true],
      ['CỘNG HÒA', true],
      ['Sau', false],
    ]);
    // Without paragraph properties, a cell's last paragraph is still known to be in a table.
    expect(paragraphsOfText(text).map((p) => p.inTable === true)).toEqual([false, false, true, true, false]);
  });

  it('gives the heading level the paragraph properties say', () => {
    const properties = (cp: number) => (cp === 5 ? { headingLevel: 2 } : {});
    expect(paragraphsOfText('Mục 1\rNội dung\r', properties)).toEqual([{ text: 'Mục 1', headingLevel: 2 }, { text: 'Nội dung' }]);
  });

  it('shows the result of fields, nested ones included, and drops marks that are not text', () => {
    const text = 'Trang \u0013 PAGE \u00145\u0015 của \u0013 IF \u0013 NUMPAGES \u00149\u0015 > 1 \u0014nhiều\u0015\u0001\u0008\u0002 trang\u001e1\u001f\r';
    expect(paragraphsOfText(text)).toEqual([{ text: 'Trang 5 của nhiều trang-1' }]);
  });

  it('puts text boxes after the paragraph holding their anchor, without their empty edges', () => {
    const boxes = [
      { anchor: 9, text: '\rChữ ký\rNguyễn Văn An\r\r' },
      { anchor: Infinity, text: 'Không neo\r' },
    ];
    expect(paragraphsOfText('Đầu\rNeo ở \u0008đây\rCuối\r', undefined, boxes).map((p) => p.text)).toEqual([
      'Đầu',
      'Neo ở đây',
      'Chữ ký',
      'Nguyễn Văn An',
      'Cuối',
      'Không neo',
    ]);
  });
});

describe('reading .doc files made by LibreOffice', () => {
  it('reads the paragraphs, tables and heading levels of the report as the .docx it came from', async () => {
    for (const name of ['report', 'draft']) {
      const doc = await readDoc(fixture(`${name}.doc`));
      expect(shape(doc)).toEqual(shape(readDocx(fixture(`${name}.docx`))));
    }
  });

  it('gives the same statuses and findings as the .docx, headings recovered from the text', async () => {
    for (const name of ['report', 'draft', 'text-boxes']) {
      const fromDoc = analyze(await readDoc(fixture(`${name}.doc`)));
      const fromDocx = analyze(readDocx(fixture(`${name}.docx`)));
      expect(fromDoc.sections.map((s) => [s.id, s.status])).toEqual(fromDocx.sections.map((s) => [s.id, s.status]));
      expect(fromDoc.findings.map((f) => [f.code, f.section])).toEqual(fromDocx.findings.map((f) => [f.code, f.section]));
      expect(fromDoc.ready).toBe(name !== 'draft');
    }
  });

  it('reads text boxes at their anchors: the unit block first, a section body after its heading, the signature last', async () => {
    const texts = (await readDoc(fixture('text-boxes.doc'))).paragraphs.map((p) => p.text).filter((t) => t !== '');
    expect(texts.slice(0, 3)).toEqual(['ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA', 'BAN THƯỜNG TRỰC', 'Số: 45/BC-MTTQ-BTT']);
    const heading = texts.findIndex((t) => t.startsWith('4. Tăng cường đoàn kết quốc tế'));
    expect(texts[heading + 1]).toMatch(/^Tuyên truyền chủ trương đối ngoại/);
    expect(texts.slice(-3)).toEqual(['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Nguyễn Văn An']);
  });
});

describe('bad .doc files', () => {
  it('says a truncated file is damaged', async () => {
    expect(await docCode(fixture('truncated.doc'))).toBe('doc-corrupt');
  });

  it('calls a file cut anywhere damaged (or reads it when nothing it needs was cut), never something else', async () => {
    const data = fixture('text-boxes.doc');
    const seen = new Set<string>();
    for (let length = 0; length < data.length; length += 251) {
      try {
        await readDoc(data.subarray(0, length));
        seen.add('read');
      } catch (error) {
        seen.add(error instanceof DocError ? error.code : String(error));
      }
    }
    expect([...seen].filter((k) => k !== 'read')).toEqual(['doc-corrupt']);
  });

  it('says an encrypted file is password-protected (fEncrypted in the FIB)', async () => {
    const data = fixture('report.doc');
    data[fibOffset(data) + 0x0b] |= 0x01;
    expect(await docCode(data)).toBe('doc-encrypted');
  });

  it('says a Word 6.0/95 file is too old', async () => {
    const data = fixture('report.doc');
    data[fibOffset(data)] = 0xdc;
    expect(await docCode(data)).toBe('doc-too-old');
  });

  it('says a compound file without a Word document (a workbook, say) is not a Word file', async () => {
    const data = fixture('report.doc');
    const name = Buffer.from('WordDocument', 'utf16le');
    const at = Buffer.from(data).indexOf(name);
    data.set(Buffer.from('Workbook\0\0\0\0', 'utf16le'), at);
    expect(await docCode(data)).toBe('doc-not-word');
  });

  it('stops on a sector chain that loops instead of following it for ever', () => {
    const data = fixture('report.doc');
    const fat = (data[76] | (data[77] << 8)) * 512 + 512;
    const view = new DataView(data.buffer, data.byteOffset);
    let link = -1;
    for (let i = 0; i < 128 && link < 0; i++) if (view.getInt32(fat + i * 4, true) === i + 1) link = i;
    expect(link).toBeGreaterThanOrEqual(0);
    view.setInt32(fat + (link + 1) * 4, link, true);
    expect(() => checkCompoundFile(data)).toThrow(DocError);
  });

  it('says a file of zeros behind the compound-file signature is damaged', async () => {
    const data = new Uint8Array(2048);
    data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await docCode(data)).toBe('doc-corrupt');
  });
});

describe('a file named .doc is read by its content', () => {
  const kind = async (data: Uint8Array): Promise<string> => {
    const error = await errorOf(() => readReport(data));
    expect(error instanceof DocError || error instanceof DocxError).toBe(true);
    return (error as DocError | DocxError).code;
  };

  it('reads a .docx and a .doc whatever their names', async () => {
    expect((await readReport(fixture('report.docx'))).format).toBe('docx');
    expect((await readReport(fixture('report.doc'))).format).toBe('doc');
  });

  it('reads a flat-OPC Word XML file', async () => {
    const xml =
      '<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>' +
      '</pkg:xmlData></pkg:part></pkg:package>';
    const read = await readReport(strToU8(xml));
    expect(read.snapshot.paragraphs.map((p) => p.text)).toEqual(['Báo cáo']);
  });

  it('names RTF, web pages (HTML and MHTML) and Word 2003 XML', async () => {
    expect(await kind(strToU8('{\\rtf1\\ansi Báo cáo}'))).toBe('rtf');
    expect(await kind(strToU8('\ufeff<!DOCTYPE html><html><body>Báo cáo</body></html>'))).toBe('html');
    expect(await kind(strToU8('<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>x</body></html>'))).toBe('html');
    expect(await kind(strToU8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n'))).toBe('html');
    expect(await kind(strToU8('<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>'))).toBe('word-xml');
    expect(await kind(strToU8('Chỉ là văn bản'))).toBe('not-zip');
    expect(await kind(new Uint8Array(0))).toBe('empty-file');
  });

  it('gives every message in Vietnamese and English, each saying what to do', async () => {
    for (const code of ['doc-encrypted', 'doc-corrupt', 'doc-too-old', 'doc-not-word', 'rtf', 'html', 'word-xml'] as const) {
      const error = new DocError(code);
      expect(error.message).toMatch(/hãy/);
      expect(error.messageEn).toMatch(/[a-z]/);
      expect(error.message.split(/\.\s/)).toHaveLength(1);
    }
  });
});
