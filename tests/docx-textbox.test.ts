// Text boxes and shapes: their paragraphs are read once, after the paragraph holding the anchor.
import { strFromU8, unzipSync } from 'fflate';
import { analyze } from '../src/analysis/report';
import type { SnapshotParagraph } from '../src/analysis/types';
import { annotateDocx } from '../src/docx/annotate';
import { readDocumentLayout, readDocx, normalizeName } from '../src/docx/read';
import { sampleParagraphs } from '../src/samples/sample-report';
import { buildDocx, escapeXml, p, table, WORD_STYLES } from './helpers/docx-builder';

const box = (paragraphs: string[]): string => `<w:txbxContent>${paragraphs.map((t) => p(escapeXml(t))).join('')}</w:txbxContent>`;

/** A floating DrawingML text box (Word 2010 and later), as a run. */
const drawingBox = (paragraphs: string[]): string =>
  '<w:r><w:drawing><wp:anchor behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:docPr id="1" name="Hộp 1"/>' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr/>' +
  `<wps:txbx>${box(paragraphs)}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;

/** A VML text box (Word 2007, LibreOffice, converted files), as a run. */
const vmlBox = (paragraphs: string[]): string =>
  `<w:r><w:pict><v:shape id="_x0000_s1026" type="#_x0000_t202" style="position:absolute"><v:textbox>${box(paragraphs)}</v:textbox></v:shape></w:pict></w:r>`;

/** What Word 2010+ writes: the DrawingML box, and the same box in VML for older readers. */
const alternateBox = (choice: string[], fallback: string[]): string =>
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps">' +
  drawingBox(choice).replace(/^<w:r>|<\/w:r>$/g, '') +
  '</mc:Choice><mc:Fallback>' +
  vmlBox(fallback).replace(/^<w:r>|<\/w:r>$/g, '') +
  '</mc:Fallback></mc:AlternateContent></w:r>';

const run = (t: string): string => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;

function read(body: string): SnapshotParagraph[] {
  return readDocx(buildDocx({ body, styles: WORD_STYLES })).paragraphs;
}

const texts = (body: string): string[] => read(body).map((x) => x.text);

describe('text boxes', () => {
  it('reads a DrawingML text box after the paragraph holding its anchor', () => {
    const body = p('Trước') + p(run('Neo ') + drawingBox(['Hộp một', 'Hộp hai']) + run('tiếp')) + p('Sau');
    expect(texts(body)).toEqual(['Trước', 'Neo tiếp', 'Hộp một', 'Hộp hai', 'Sau']);
  });

  it('reads a VML text box the same way', () => {
    const body = p(run('Neo') + vmlBox(['Trong hộp VML'])) + p('Sau');
    expect(texts(body)).toEqual(['Neo', 'Trong hộp VML', 'Sau']);
  });

  it('reads a box written as Choice and Fallback once, from the Choice', () => {
    const body = p(run('Neo') + alternateBox(['Bản DrawingML'], ['Bản VML'])) + p('Sau');
    expect(texts(body)).toEqual(['Neo', 'Bản DrawingML', 'Sau']);
  });

  it('reads several boxes of one paragraph in their order, and a box inside a box after its host', () => {
    const inner = drawingBox(['Hộp trong']);
    const outer = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p(run('Hộp ngoài') + inner)}${p('Hộp ngoài 2')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const body = p(run('Neo') + outer + drawingBox(['Hộp sau'])) + p('Sau');
    expect(texts(body)).toEqual(['Neo', 'Hộp ngoài', 'Hộp trong', 'Hộp ngoài 2', 'Hộp sau', 'Sau']);
  });

  it('reads a box anchored in a table cell after that cell paragraph, not as table text', () => {
    const body = table([[p(run('Ô một') + drawingBox(['Trong hộp'])), 'Ô hai']]) + p('Sau bảng');
    const paragraphs = read(body);
    expect(paragraphs.map((x) => [x.text, x.inTable === true])).toEqual([
      ['Ô một', true],
      ['Trong hộp', false],
      ['Ô hai', true],
      ['Sau bảng', false],
    ]);
  });

  it('keeps a table inside a box as table text', () => {
    const inBox = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${table([['Ô trong hộp']])}${p('Dòng trong hộp')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    expect(read(p(run('Neo') + inBox)).map((x) => [x.text, x.inTable === true])).toEqual([
      ['Neo', false],
      ['Ô trong hộp', true],
      ['Dòng trong hộp', false],
    ]);
  });

  it('never joins a box paragraph with the text outside the box over a deleted paragraph mark', () => {
    const deletedMark = (t: string) =>
      p(run(t)).replace('</w:pPr>', '<w:rPr><w:del w:id="7" w:author="A"/></w:rPr></w:pPr>');
    const inBox = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${deletedMark('Cuối hộp, ')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    expect(texts(p(run('Neo') + inBox) + p('Sau'))).toEqual(['Neo', 'Cuối hộp, ', 'Sau']);
  });

  it('leaves footnotes and endnotes out of the body', () => {
    const footnotes =
      '<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:footnote w:id="1"><w:p><w:r><w:t>Chú thích: tổ chức 99 hội nghị.</w:t></w:r></w:p></w:footnote></w:footnotes>';
    const body = p(run('Nội dung') + '<w:r><w:footnoteReference w:id="1"/></w:r>' + run(' tiếp.')) + p('Sau');
    const data = buildDocx({ body, styles: WORD_STYLES, extraParts: { 'word/footnotes.xml': footnotes } });
    expect(readDocx(data).paragraphs.map((x) => x.text)).toEqual(['Nội dung tiếp.', 'Sau']);
  });

  it('puts a comment on a box paragraph on its anchor paragraph, in the main text', () => {
    const data = buildDocx({ body: p(run('Neo') + alternateBox(['Trong hộp'], ['Trong hộp'])) + p('Sau'), styles: WORD_STYLES });
    const entries = new Map(Object.entries(unzipSync(data)).map(([name, bytes]) => [normalizeName(name), bytes]));
    const layout = readDocumentLayout(entries);
    expect(layout.paragraphs.map((x) => x.text)).toEqual(['Neo', 'Trong hộp', 'Sau']);
    expect(layout.spans[1]).toEqual(layout.spans[0]);
    const out = annotateDocx(data, [{ paragraph: 1, text: 'Mục này cần số liệu.' }]);
    const xml = strFromU8(unzipSync(out)['word/document.xml']);
    const start = xml.indexOf('<w:commentRangeStart');
    expect(start).toBeGreaterThan(0);
    expect(xml.lastIndexOf('<w:txbxContent', start)).toBe(-1);
    expect(xml.indexOf('<w:commentRangeEnd')).toBeGreaterThan(xml.lastIndexOf('</w:txbxContent>'));
    expect(readDocx(out).paragraphs.map((x) => x.text)).toEqual(['Neo', 'Trong hộp', 'Sau']);
  });
});

describe('a report laid out in text boxes', () => {
  const paragraphs = sampleParagraphs();
  const signatureAt = paragraphs.findIndex((x) => x.text === 'TM. BAN THƯỜNG TRỰC');
  const section = paragraphs.findIndex((x) => x.text.startsWith('4. Tăng cường đoàn kết quốc tế'));

  /** The sample report; the signature block and the body of 1.II.4 each sit in a text box. */
  function layout(withBoxes: boolean): string {
    const out: string[] = [];
    paragraphs.forEach((x, i) => {
      const text = escapeXml(x.text);
      if (i === section + 1 || i >= signatureAt) return;
      const style = x.headingLevel ? { style: `Heading${x.headingLevel}` } : {};
      if (i === section) {
        const body = withBoxes ? vmlBox([paragraphs[section + 1].text]) : '';
        out.push(p(run(x.text) + body, style));
      } else {
        out.push(p(text, style));
      }
    });
    const signature = paragraphs.slice(signatureAt).map((x) => x.text);
    out.push(p(withBoxes ? alternateBox(signature, signature) : ''));
    return out.join('');
  }

  it('finds the section body and the signature in their boxes', () => {
    const report = analyze(readDocx(buildDocx({ body: layout(true), styles: WORD_STYLES })));
    expect(report.sections.find((x) => x.id === '1.II.4')?.status).toBe('ok');
    expect(report.findings.map((f) => f.code)).not.toContain('signature-missing');
    expect(report.ready).toBe(true);
  });

  it('would miss them without the boxes (the same layout, boxes emptied)', () => {
    const report = analyze(readDocx(buildDocx({ body: layout(false), styles: WORD_STYLES })));
    expect(report.sections.find((x) => x.id === '1.II.4')?.status).not.toBe('ok');
    expect(report.findings.map((f) => f.code)).toContain('signature-missing');
  });
});
