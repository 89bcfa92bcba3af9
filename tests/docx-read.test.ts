import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Ignore, SnapshotParagraph } from '../src/analysis/types';
import {
  decodeIgnoreProperty,
  encodeIgnoreProperty,
  IGNORE_PROPERTY_PREFIX,
  ignorePropertyName,
  MAX_PROPERTY_LENGTH,
} from '../src/docx/ignores';
import { bulletLabel, formatNumber } from '../src/docx/numbering';
import { DocxError, parseDocumentXml, parseFlatOpc, readDocx, sniffDocx } from '../src/docx/read';
import {
  abstractNum,
  buildDocx,
  documentXml,
  lvl,
  num,
  numberingXml,
  p,
  style,
  stylesXml,
  table,
  WORD_STYLES,
} from './helpers/docx-builder';

const FIXTURES = path.join(__dirname, 'fixtures');

function read(body: string, extra: { styles?: string; numbering?: string } = {}): SnapshotParagraph[] {
  return readDocx(buildDocx({ body, styles: extra.styles ?? WORD_STYLES, numbering: extra.numbering })).paragraphs;
}

function texts(body: string): string[] {
  return read(body).map((para) => para.text);
}

/** The error a call throws (fails the test when it does not throw). */
function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function codeOf(data: Uint8Array): string {
  const error = errorOf(() => readDocx(data));
  expect(error).toBeInstanceOf(DocxError);
  return (error as DocxError).code;
}

describe('text of runs', () => {
  it('joins runs split mid-word and keeps spaces', () => {
    const body = p(
      '<w:r><w:t>Kế</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>t qu</w:t></w:r><w:r><w:t>ả đạt </w:t></w:r>' +
        '<w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">được  như sau:</w:t></w:r><w:proofErr w:type="spellEnd"/>',
    );
    expect(texts(body)).toEqual(['Kết quả đạt được  như sau:']);
  });

  it('turns tabs, breaks and non-breaking hyphens into characters, and ignores tab stops', () => {
    const body = p(
      '<w:r><w:t>Nơi nhận:</w:t><w:tab/><w:t>TM. BAN THƯỜNG TRỰC</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>x</w:t></w:r>' +
        '<w:r><w:t>Covid</w:t><w:noBreakHyphen/><w:t>19</w:t><w:softHyphen/><w:t>!</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>',
    ).replace('<w:pPr>', '<w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>');
    expect(texts(body)).toEqual(['Nơi nhận:\tTM. BAN THƯỜNG TRỰC\tx' + 'Covid-19!']);
  });

  it('makes a soft line break inside a heading a newline', () => {
    const body =
      p('<w:r><w:t>Phần thứ nhất</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2023</w:t></w:r>', {
        style: 'Heading1',
      }) + p('<w:r><w:t>a</w:t><w:cr/><w:t>b</w:t><w:br w:type="page"/><w:t>c</w:t></w:r>');
    const paras = read(body);
    expect(paras[0]).toEqual({
      text: 'Phần thứ nhất\nKẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2023',
      headingLevel: 1,
      styleName: 'Heading 1',
    });
    expect(paras[1].text).toBe('a\nb\nc');
  });

  it('reads text inside hyperlinks, smart tags, custom XML and bookmarks', () => {
    const body = p(
      '<w:bookmarkStart w:id="0" w:name="_Hlk149049109"/>' +
        '<w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Trang</w:t></w:r></w:hyperlink>' +
        '<w:bookmarkEnd w:id="0"/>' +
        '<w:smartTag w:uri="urn:x" w:element="place"><w:smartTagPr><w:attr w:name="a" w:val="b"/></w:smartTagPr><w:r><w:t> Cộng</w:t></w:r></w:smartTag>' +
        '<w:customXml w:element="x"><w:customXmlPr/><w:r><w:t> đồng</w:t></w:r></w:customXml>' +
        '<w:commentRangeStart w:id="1"/><w:r><w:t>!</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>' +
        '<w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:endnoteReference w:id="3"/></w:r>',
    );
    expect(texts(body)).toEqual(['Trang Cộng đồng!']);
  });

  it('shows the result of simple and complex fields, not their instructions', () => {
    const complex =
      '<w:r><w:t>Trang </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const nested =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const noResult =
      '<w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>NUMPAGES</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>y</w:t></w:r>';
    const simple =
      '<w:fldSimple w:instr=" DATE \\@ &quot;dd/MM/yyyy&quot; "><w:r><w:t>12/12/2023</w:t></w:r></w:fldSimple>';
    expect(texts(p(complex) + p(nested) + p(noResult) + p(simple))).toEqual(['Trang 3', 'kết quả', 'xy', '12/12/2023']);
  });

  it('keeps the result of a field that spans paragraphs (a table of contents)', () => {
    const body =
      p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-3"</w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>I. CÔNG TÁC</w:t></w:r>',
        { style: 'TOC1' },
      ) +
      p('<w:r><w:t>II. KẾT QUẢ</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', { style: 'TOC1' }) +
      p('Sau mục lục');
    expect(texts(body)).toEqual(['I. CÔNG TÁC', 'II. KẾT QUẢ', 'Sau mục lục']);
  });

  it('reads content controls, block and inline', () => {
    const body =
      '<w:sdt><w:sdtPr><w:alias w:val="Mục"/><w:tag w:val="1.I"/><w:id w:val="1"/></w:sdtPr><w:sdtEndPr/><w:sdtContent>' +
      p('Đoạn trong điều khiển') +
      p('Đoạn thứ hai') +
      '</w:sdtContent></w:sdt>' +
      p(
        '<w:r><w:t>Ngày </w:t></w:r><w:sdt><w:sdtPr><w:date w:fullDate="2023-12-12T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/></w:date></w:sdtPr>' +
          '<w:sdtContent><w:r><w:t>12/12/2023</w:t></w:r></w:sdtContent></w:sdt>',
      );
    const paras = read(body);
    expect(paras.map((x) => x.text)).toEqual(['Đoạn trong điều khiển', 'Đoạn thứ hai', 'Ngày 12/12/2023']);
    expect(paras.some((x) => x.isGuidancePlaceholder)).toBe(false);
  });

  it('reads tracked changes as accepted: insertions and moves kept, deletions left out', () => {
    const body =
      p(
        '<w:r><w:t>Tổ chức </w:t></w:r>' +
          '<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>05</w:delText></w:r></w:del>' +
          '<w:ins w:id="2" w:author="A"><w:r><w:t>06</w:t></w:r></w:ins><w:r><w:t> hội nghị</w:t></w:r>',
      ) +
      p(
        '<w:moveFromRangeStart w:id="3" w:name="move1"/><w:moveFrom w:id="4"><w:r><w:t>cũ </w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="3"/>' +
          '<w:r><w:t>giữ</w:t></w:r><w:moveTo w:id="5"><w:r><w:t> mới</w:t></w:r></w:moveTo>' +
          '<w:del w:id="6"><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText>PAGE</w:delInstrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>',
      );
    expect(texts(body)).toEqual(['Tổ chức 06 hội nghị', 'giữ mới']);
  });

  it('joins a paragraph whose mark was deleted to the next one, in the next one’s style', () => {
    const deletedMark = p('<w:r><w:t>Đầu câu, </w:t></w:r>').replace(
      '</w:pPr>',
      '<w:rPr><w:del w:id="7" w:author="A"/></w:rPr></w:pPr>',
    );
    const wholeDeleted = p('<w:del w:id="8"><w:r><w:delText>Xóa hết</w:delText></w:r></w:del>').replace(
      '</w:pPr>',
      '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr>',
    );
    const body = deletedMark + p('cuối câu.', { style: 'Heading2' }) + wholeDeleted + p('Tiếp');
    const paras = read(body);
    expect(paras.map((x) => [x.text, x.headingLevel])).toEqual([
      ['Đầu câu, cuối câu.', 2],
      ['Tiếp', undefined],
    ]);
  });

  it('takes the current paragraph style, not the one recorded in a property change', () => {
    const body = p('Tiêu đề').replace(
      '</w:pPr>',
      '<w:pPrChange w:id="1" w:author="A"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>',
    );
    expect(read(body)).toEqual([{ text: 'Tiêu đề', styleName: 'Normal' }]);
  });

  it('reads a text box once, after its anchor paragraph, and one branch of alternate content', () => {
    const textBox = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const drawing =
      '<w:r><w:t>Trước </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx>' +
      textBox('Hộp chữ') +
      '</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
      textBox('Hộp chữ') +
      '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>sau</w:t></w:r>';
    const choiceAndFallback =
      '<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>một lần</w:t></w:r></mc:Choice>' +
      '<mc:Fallback><w:r><w:t>một lần</w:t></w:r></mc:Fallback></mc:AlternateContent>';
    const fallbackOnly = '<mc:AlternateContent><mc:Fallback><w:r><w:t>dự phòng</w:t></w:r></mc:Fallback></mc:AlternateContent>';
    expect(texts(p(drawing) + p(choiceAndFallback) + p(fallbackOnly))).toEqual(['Trước sau', 'Hộp chữ', 'một lần', 'dự phòng']);
  });

  it('keeps the text of equations and leaves ruby guides out', () => {
    const body = p(
      '<w:r><w:t>Tỷ lệ </w:t></w:r><m:oMath><m:r><m:rPr><m:sty m:val="p"/></m:rPr><m:t>13/13</m:t></m:r></m:oMath>' +
        '<w:r><w:ruby><w:rubyPr><w:hps w:val="10"/></w:rubyPr><w:rt><w:r><w:t>guide</w:t></w:r></w:rt><w:rubyBase><w:r><w:t> xã</w:t></w:r></w:rubyBase></w:ruby></w:r>',
    );
    expect(texts(body)).toEqual(['Tỷ lệ 13/13 xã']);
  });

  it('decodes entities and keeps Vietnamese text as written', () => {
    const body = p('<w:r><w:t>A &amp; B &lt;C&gt; &quot;D&quot; &#7842;</w:t></w:r>');
    expect(texts(body)).toEqual(['A & B <C> "D" Ả']);
  });

  it('returns zero paragraphs for an empty body', () => {
    expect(readDocx(buildDocx({ body: '' })).paragraphs).toEqual([]);
  });

  it('keeps empty paragraphs as empty paragraphs', () => {
    expect(texts(p('') + '<w:p/>' + p('x'))).toEqual(['', '', 'x']);
  });
});

describe('tables', () => {
  it('reads cells row by row, cell by cell, each paragraph separately', () => {
    const body =
      p('Trước bảng') +
      table([
        ['Chỉ tiêu', 'Số lượng'],
        ['Hội nghị', [p('06'), p('ở 3 cấp')]],
      ]) +
      p('Sau bảng');
    expect(read(body).map((x) => [x.text, x.inTable ?? false])).toEqual([
      ['Trước bảng', false],
      ['Chỉ tiêu', true],
      ['Số lượng', true],
      ['Hội nghị', true],
      ['06', true],
      ['ở 3 cấp', true],
      ['Sau bảng', false],
    ]);
  });

  it('reads nested tables in document order', () => {
    const inner = table([['b1', 'b2']]);
    const body = table([[[p('a1'), inner, p('a1 sau')], 'a2']]) + p('ngoài');
    expect(read(body).map((x) => [x.text, x.inTable ?? false])).toEqual([
      ['a1', true],
      ['b1', true],
      ['b2', true],
      ['a1 sau', true],
      ['a2', true],
      ['ngoài', false],
    ]);
  });

  it('leaves out rows deleted with tracked changes', () => {
    const plain = table([['giữ'], ['bỏ'], ['cũng giữ']]);
    const second = plain.indexOf('<w:tr>', plain.indexOf('<w:tr>') + 1);
    const body = `${plain.slice(0, second)}<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr>${plain.slice(second + 6)}`;
    expect(body).toContain('<w:trPr><w:del');
    expect(texts(body)).toEqual(['giữ', 'cũng giữ']);
  });
});

describe('heading levels', () => {
  it('reads Word’s built-in heading styles whatever their ids', () => {
    const styles =
      style('Normal', 'Normal', { isDefault: true }) +
      // German ids, Vietnamese-looking ids: the built-in name decides.
      style('berschrift1', 'heading 1', { basedOn: 'Normal', outline: 0 }) +
      style('Tieude2', 'heading 2', { basedOn: 'Normal' }) +
      style('a3', 'heading 3', { basedOn: 'Normal', outline: 2 });
    const body = p('Một', { style: 'berschrift1' }) + p('Hai', { style: 'Tieude2' }) + p('Ba', { style: 'a3' }) + p('Thân');
    expect(read(body, { styles }).map((x) => [x.headingLevel, x.styleName])).toEqual([
      [1, 'Heading 1'],
      [2, 'Heading 2'],
      [3, 'Heading 3'],
      [undefined, 'Normal'],
    ]);
  });

  it('reads outline levels of custom styles and through the basedOn chain', () => {
    const styles =
      WORD_STYLES +
      style('MucLon', 'Mục lớn', { basedOn: 'Normal', outline: 0 }) +
      style('MucCon', 'Mục con', { basedOn: 'MucLon' }) +
      style('MyHeading', 'My Heading', { basedOn: 'Heading3' }) +
      style('ChainDeep', 'Chain deep', { basedOn: 'MyHeading' }) +
      style('NotHeading', 'Body based on heading', { basedOn: 'Heading2', outline: 9 });
    const body =
      p('a', { style: 'MucLon' }) +
      p('b', { style: 'MucCon' }) +
      p('c', { style: 'MyHeading' }) +
      p('d', { style: 'ChainDeep' }) +
      p('e', { style: 'NotHeading' });
    expect(read(body, { styles }).map((x) => x.headingLevel)).toEqual([1, 1, 3, 3, undefined]);
  });

  it('reads a direct outline level on the paragraph, but not over a built-in heading style', () => {
    const body =
      p('a', { outline: 1 }) + p('b', { outline: 9 }) + p('c', { style: 'Heading1', outline: 3 }) + p('d', { style: 'Title' });
    expect(read(body).map((x) => x.headingLevel)).toEqual([2, undefined, 1, undefined]);
  });

  it('accepts localized heading names: "Tiêu đề N", "Đầu đề N", without diacritics too', () => {
    const styles =
      style('Normal', 'Normal', { isDefault: true }) +
      style('TD1', 'Tiêu đề 1') +
      style('TD2', 'Đầu đề 2') +
      style('TD3', 'Tieu de 3') +
      style('TD4', 'Tiêu đề phụ');
    const body = p('a', { style: 'TD1' }) + p('b', { style: 'TD2' }) + p('c', { style: 'TD3' }) + p('d', { style: 'TD4' });
    expect(read(body, { styles }).map((x) => x.headingLevel)).toEqual([1, 2, 3, undefined]);
  });

  it('guesses the level from a style id when styles.xml does not define the style', () => {
    const body = p('a', { style: 'Heading3' }) + p('b', { style: 'Tieude2' }) + p('c', { style: 'Normal' });
    const paras = readDocx(buildDocx({ body })).paragraphs;
    expect(paras.map((x) => [x.headingLevel, x.styleName])).toEqual([
      [3, 'Heading3'],
      [2, 'Tieude2'],
      [undefined, 'Normal'],
    ]);
  });

  it('uses the default paragraph style when a paragraph names none', () => {
    const styles = style('Thuong', 'Văn bản thường', { isDefault: true, outline: 9 }) + style('Heading1', 'heading 1');
    const paras = read(p('x') + p('y', { style: 'Heading1' }), { styles });
    expect(paras).toEqual([
      { text: 'x', styleName: 'Văn bản thường' },
      { text: 'y', headingLevel: 1, styleName: 'Heading 1' },
    ]);
  });
});

describe('numbering labels', () => {
  // The official outline: parts unnumbered, Roman sections, decimal headings restarting under
  // each Roman section, two-level sub-sections.
  const outlineNumbering =
    abstractNum(
      1,
      lvl(0, 'upperRoman', '%1.', { pStyle: 'Heading2' }) +
        lvl(1, 'decimal', '%2.', { pStyle: 'Heading3' }) +
        lvl(2, 'decimal', '%2.%3.', { pStyle: 'Heading4' }),
    ) + num(1, 1);
  const outlineStyles =
    style('Normal', 'Normal', { isDefault: true }) +
    style('Heading1', 'heading 1', { basedOn: 'Normal', outline: 0 }) +
    style('Heading2', 'heading 2', { basedOn: 'Normal', outline: 1, numId: 1 }) +
    style('Heading3', 'heading 3', { basedOn: 'Normal', outline: 2, numId: 1, ilvl: 1 }) +
    style('Heading4', 'heading 4', { basedOn: 'Normal', outline: 3, numId: 1, ilvl: 2 });

  it('numbers the outline of the report as Word shows it', () => {
    const body =
      p('<w:r><w:t>Phần thứ nhất</w:t><w:br/><w:t>KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2023</w:t></w:r>', { style: 'Heading1' }) +
      p('CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI', { style: 'Heading2' }) +
      p('Nội dung có 06 hội nghị.') +
      p('KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP', { style: 'Heading2' }) +
      p('Tuyên truyền, vận động', { style: 'Heading3' }) +
      p('Vận động nhân dân thi đua', { style: 'Heading3' }) +
      p('Cuộc vận động nông thôn mới', { style: 'Heading4' }) +
      p('Người Việt Nam ưu tiên dùng hàng Việt Nam', { style: 'Heading4' }) +
      p('Thực hiện dân chủ', { style: 'Heading3' }) +
      p('Về thực hiện dân chủ', { style: 'Heading4' }) +
      p('ĐÁNH GIÁ CHUNG', { style: 'Heading2' }) +
      p('Ưu điểm', { style: 'Heading3' }) +
      p('Hạn chế', { style: 'Heading3' });
    const paras = read(body, { styles: outlineStyles, numbering: outlineNumbering });
    expect(paras.map((x) => [x.numberingLabel, x.headingLevel])).toEqual([
      [undefined, 1],
      ['I.', 2],
      [undefined, undefined],
      ['II.', 2],
      ['1.', 3],
      ['2.', 3],
      ['2.1.', 4],
      ['2.2.', 4],
      ['3.', 3],
      ['3.1.', 4],
      ['III.', 2],
      ['1.', 3],
      ['2.', 3],
    ]);
    // The label is not part of the text.
    expect(paras[1].text).toBe('CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI');
  });

  it('numbers direct lists, with lower levels restarting, and stops at numId 0', () => {
    const numbering =
      abstractNum(
        2,
        lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '%2)') + lvl(2, 'lowerRoman', '%3.') + lvl(3, 'decimalZero', '%4'),
      ) + num(3, 2);
    const body =
      p('a', { numId: 3, ilvl: 0 }) +
      p('b', { numId: 3, ilvl: 1 }) +
      p('c', { numId: 3, ilvl: 1 }) +
      p('d', { numId: 3, ilvl: 2 }) +
      p('e', { numId: 3, ilvl: 2 }) +
      p('f', { numId: 3, ilvl: 3 }) +
      p('g', { numId: 3, ilvl: 0 }) +
      p('h', { numId: 3, ilvl: 1 }) +
      p('i', { numId: 0, ilvl: 0 }) +
      p('j', { numId: 3 });
    expect(read(body, { numbering }).map((x) => x.numberingLabel)).toEqual([
      '1.',
      'a)',
      'b)',
      'i.',
      'ii.',
      '01',
      '2.',
      'a)',
      undefined,
      '3.',
    ]);
  });

  it('lets numId 0 on the paragraph switch off the numbering of its style', () => {
    const body = p('a', { style: 'Heading2' }) + p('b', { style: 'Heading2', numId: 0 }) + p('c', { style: 'Heading2' });
    expect(read(body, { styles: outlineStyles, numbering: outlineNumbering }).map((x) => x.numberingLabel)).toEqual([
      'I.',
      undefined,
      'II.',
    ]);
  });

  it('follows numStyleLink to the list the numbering style defines', () => {
    const numbering =
      abstractNum(10, '', '<w:numStyleLink w:val="DanhSachMuc"/>') +
      abstractNum(11, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%1.%2.'), '<w:styleLink w:val="DanhSachMuc"/>') +
      num(5, 11) +
      num(6, 10);
    const styles = WORD_STYLES + style('DanhSachMuc', 'Danh sách mục', { type: 'numbering', numId: 5 });
    const body = p('a', { numId: 6, ilvl: 0 }) + p('b', { numId: 6, ilvl: 1 }) + p('c', { numId: 6, ilvl: 0 });
    expect(read(body, { styles, numbering }).map((x) => x.numberingLabel)).toEqual(['I.', 'I.1.', 'II.']);
  });

  it('applies startOverride, and lets instances of one list share their counters', () => {
    const numbering =
      abstractNum(2, lvl(0, 'decimal', '%1.')) +
      num(3, 2) +
      num(4, 2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>') +
      num(7, 2);
    const body =
      p('a', { numId: 3, ilvl: 0 }) +
      p('b', { numId: 3, ilvl: 0 }) +
      p('c', { numId: 4, ilvl: 0 }) +
      p('d', { numId: 4, ilvl: 0 }) +
      p('e', { numId: 7, ilvl: 0 });
    expect(read(body, { numbering }).map((x) => x.numberingLabel)).toEqual(['1.', '2.', '5.', '6.', '7.']);
  });

  it('applies a level redefined in lvlOverride', () => {
    const numbering =
      abstractNum(2, lvl(0, 'decimal', '%1.')) +
      num(8, 2, `<w:lvlOverride w:ilvl="0">${lvl(0, 'upperLetter', '%1/', { start: 3 })}</w:lvlOverride>`);
    expect(read(p('a', { numId: 8 }) + p('b', { numId: 8 }), { numbering }).map((x) => x.numberingLabel)).toEqual([
      'C/',
      'D/',
    ]);
  });

  it('gives bullets their character, symbol-font bullets as Unicode, "-" when there is none', () => {
    const numbering =
      abstractNum(
        3,
        lvl(0, 'bullet', '\uf0b7') + lvl(1, 'bullet', '-') + lvl(2, 'bullet', 'o') + lvl(3, 'bullet', '') + lvl(4, 'bullet', '\uf0e8'),
      ) + num(9, 3);
    const body = [0, 1, 2, 3, 4].map((i) => p(`x${i}`, { numId: 9, ilvl: i })).join('');
    expect(read(body, { numbering }).map((x) => x.numberingLabel)).toEqual(['•', '-', 'o', '-', '-']);
  });

  it('shows legal numbering (isLgl) in decimal and honours lvlRestart', () => {
    const numbering =
      abstractNum(
        4,
        lvl(0, 'upperRoman', '%1.') +
          lvl(1, 'decimal', '%1.%2.', { isLgl: true }) +
          lvl(2, 'decimal', '(%3)', { restart: 0 }) +
          lvl(3, 'lowerLetter', '%4.', { restart: 1 }),
      ) + num(11, 4);
    const labels = (levels: number[]) =>
      read(levels.map((ilvl, i) => p(`x${i}`, { numId: 11, ilvl })).join(''), { numbering }).map((x) => x.numberingLabel);
    // Level 2 never restarts; level 3 restarts only when level 0 advances.
    expect(labels([0, 1, 2, 0, 1, 2])).toEqual(['I.', '1.1.', '(1)', 'II.', '2.1.', '(2)']);
    expect(labels([0, 3, 1, 3, 0, 3])).toEqual(['I.', 'a.', '1.1.', 'b.', 'II.', 'a.']);
  });

  it('reads a custom number format from alternate content ("001")', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
      '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>' +
      '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      num(12, 5);
    expect(read(p('a', { numId: 12 }) + p('b', { numId: 12 }), { numbering }).map((x) => x.numberingLabel)).toEqual([
      '001.',
      '002.',
    ]);
  });

  it('ignores numbering that numbering.xml does not define', () => {
    expect(read(p('a', { numId: 42 }) + p('b', { numId: 1, ilvl: 0 })).map((x) => x.numberingLabel)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('formats numbers like Word', () => {
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatNumber(9, 'lowerRoman')).toBe('ix');
    expect(formatNumber(1, 'upperLetter')).toBe('A');
    expect(formatNumber(27, 'upperLetter')).toBe('AA');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(12, 'decimalZero')).toBe('12');
    expect(formatNumber(3, 'none')).toBe('');
    expect(formatNumber(5, 'vietnameseCounting')).toBe('5');
    expect(bulletLabel('\uf0a7')).toBe('▪');
  });
});

describe('guidance placeholders in content controls', () => {
  const placeholderBlock = (content: string, showing = '<w:showingPlcHdr/>') =>
    `<w:sdt><w:sdtPr><w:alias w:val="Hướng dẫn"/><w:id w:val="5"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder>${showing}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  it('marks the paragraphs of a block control showing its placeholder, keeping their text', () => {
    const body =
      p('Tuyên truyền, vận động', { style: 'Heading3' }) +
      placeholderBlock(p('(Nêu rõ hình thức tuyên truyền…)') + p('- Số hội nghị ở 3 cấp')) +
      p('Nội dung người dùng');
    expect(read(body).map((x) => [x.text, x.isGuidancePlaceholder ?? false])).toEqual([
      ['Tuyên truyền, vận động', false],
      ['(Nêu rõ hình thức tuyên truyền…)', true],
      ['- Số hội nghị ở 3 cấp', true],
      ['Nội dung người dùng', false],
    ]);
  });

  it('does not mark controls whose placeholder was replaced (showingPlcHdr off or absent)', () => {
    const body = placeholderBlock(p('Đã viết'), '<w:showingPlcHdr w:val="0"/>') + placeholderBlock(p('Cũng đã viết'), '');
    expect(read(body).map((x) => x.isGuidancePlaceholder ?? false)).toEqual([false, false]);
  });

  it('drops an inline placeholder from a paragraph that has other text', () => {
    const inline =
      '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Nhập số liệu.</w:t></w:r></w:sdtContent></w:sdt>';
    const body = p(`<w:r><w:t>Tổ chức 06 hội nghị. </w:t></w:r>${inline}<w:r><w:t> Hết.</w:t></w:r>`) + p(`<w:r><w:t xml:space="preserve">  </w:t></w:r>${inline}`);
    expect(read(body)).toEqual([
      { text: 'Tổ chức 06 hội nghị.  Hết.', styleName: 'Normal' },
      { text: '  Nhập số liệu.', styleName: 'Normal', isGuidancePlaceholder: true },
    ]);
  });
});

describe('ignores stored in custom properties', () => {
  const ignoreA: Ignore = { code: 'section-no-figures', section: '1.II.4', reason: 'Địa phương không có hoạt động đối ngoại' };
  const ignoreB: Ignore = { code: 'figure-missing', section: '1.I', item: 'kiem-tra', reason: 'Đã báo cáo riêng' };

  it('reads valid ignores and skips malformed ones', () => {
    const data = buildDocx({
      body: p('x'),
      customProps: {
        'mttq-ignore-1': encodeIgnoreProperty(ignoreA),
        'Tác giả': 'Văn phòng',
        'mttq-ignore-2': '{"code":"section-no-figures",',
        'mttq-ignore-3': '{"code":"unknown-code","section":"1.I","reason":""}',
        'MTTQ-IGNORE-4': encodeIgnoreProperty(ignoreB),
        'mttq-ignore-5': '{"code":"section-empty","section":7,"reason":""}',
        'mttq-ignore-6': encodeIgnoreProperty(ignoreA),
      },
    });
    const snapshot = readDocx(data);
    expect(snapshot.ignores).toEqual([ignoreA, ignoreB]);
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual(['x']);
  });

  it('gives an empty list without custom properties, and survives a damaged custom.xml', () => {
    expect(readDocx(buildDocx({ body: p('x') })).ignores).toEqual([]);
    const damaged = readDocx(buildDocx({ body: p('x'), customXml: '<Properties><property name="mttq-ignore-1">' }));
    expect(damaged.ignores).toEqual([]);
    expect(damaged.paragraphs).toHaveLength(1);
  });

  it('encodes compact JSON that decodes to the same ignore', () => {
    expect(IGNORE_PROPERTY_PREFIX).toBe('mttq-ignore-');
    const encoded = encodeIgnoreProperty(ignoreB);
    expect(JSON.parse(encoded)).toEqual({ code: 'figure-missing', section: '1.I', item: 'kiem-tra', reason: 'Đã báo cáo riêng' });
    expect(decodeIgnoreProperty(encoded)).toEqual(ignoreB);
    expect(decodeIgnoreProperty(encodeIgnoreProperty(ignoreA))).toEqual(ignoreA);
    const tricky: Ignore = { code: 'section-empty', section: '2.3', reason: 'Dấu "ngoặc" và \\ gạch\n xuống dòng' };
    expect(decodeIgnoreProperty(encodeIgnoreProperty(tricky))).toEqual(tricky);
  });

  it('shortens a long reason so the value fits in 255 characters', () => {
    const long: Ignore = { code: 'guidance-left', section: '1.II.2.1', reason: 'Lý do "dài" '.repeat(60) };
    const encoded = encodeIgnoreProperty(long);
    expect(encoded.length).toBeLessThanOrEqual(MAX_PROPERTY_LENGTH);
    expect(encoded.length).toBeGreaterThan(MAX_PROPERTY_LENGTH - 10);
    const decoded = decodeIgnoreProperty(encoded);
    expect(decoded?.code).toBe('guidance-left');
    expect(decoded?.section).toBe('1.II.2.1');
    expect(decoded?.reason.endsWith('…')).toBe(true);
    expect(long.reason.startsWith(decoded?.reason.slice(0, -1) ?? 'x')).toBe(true);

    const astral: Ignore = { code: 'section-empty', section: '1', reason: '😀'.repeat(200) };
    const astralDecoded = decodeIgnoreProperty(encodeIgnoreProperty(astral));
    expect(astralDecoded?.reason).toMatch(/^(😀)+…$/u);
  });

  it('rejects values that are not ignores', () => {
    expect(decodeIgnoreProperty('')).toBeNull();
    expect(decodeIgnoreProperty('[]')).toBeNull();
    expect(decodeIgnoreProperty('null')).toBeNull();
    expect(decodeIgnoreProperty('{"code":"section-empty","section":"1","reason":5}')).toBeNull();
    expect(decodeIgnoreProperty('{"code":"section-empty","section":"1","item":3,"reason":""}')).toBeNull();
    expect(decodeIgnoreProperty('{"code":"section-empty"}')).toEqual({ code: 'section-empty', section: '', reason: '' });
  });

  it('names properties stably per finding', () => {
    expect(ignorePropertyName(ignoreB)).toBe('mttq-ignore-figure-missing@1.I#kiem-tra');
    expect(ignorePropertyName({ ...ignoreB, reason: 'khác' })).toBe(ignorePropertyName(ignoreB));
    expect(ignorePropertyName(ignoreA)).not.toBe(ignorePropertyName(ignoreB));
  });
});

describe('bad input', () => {
  function ole(extra: number[] = []): Uint8Array {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff], 0x18);
    // A directory entry: "Root Entry" in UTF-16LE, then the extra bytes.
    bytes.set(
      Array.from('Root Entry').flatMap((c) => [c.charCodeAt(0), 0]),
      0x400,
    );
    bytes.set(extra, 0x480);
    return bytes;
  }
  const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);

  it('reports an empty file', () => {
    const error = errorOf(() => readDocx(new Uint8Array(0))) as DocxError;
    expect(error).toBeInstanceOf(DocxError);
    expect(error.code).toBe('empty-file');
    expect(error.message).toMatch(/^Tệp rỗng/);
    expect(error.messageEn).toMatch(/empty/);
    expect(sniffDocx(new Uint8Array(0))).toBe('empty-file');
  });

  it('reports a file that is not a zip', () => {
    expect(codeOf(strToU8('{\\rtf1 Đây là RTF}'))).toBe('not-zip');
    expect(codeOf(strToU8('PK'))).toBe('not-zip');
    expect(sniffDocx(strToU8('<html></html>'))).toBe('not-zip');
  });

  it('tells an encrypted .docx from an old .doc', () => {
    const encrypted = ole([...utf16('EncryptedInfo'), 0, 0, ...utf16('EncryptedPackage')]);
    const legacy = ole(utf16('WordDocument'));
    expect(sniffDocx(encrypted)).toBe('encrypted');
    expect(sniffDocx(legacy)).toBe('legacy-doc');
    const encryptedError = errorOf(() => readDocx(encrypted)) as DocxError;
    expect(encryptedError.code).toBe('encrypted');
    expect(encryptedError.message).toBe(
      'Tệp được bảo vệ bằng mật khẩu: hãy mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại.',
    );
    const legacyError = errorOf(() => readDocx(legacy)) as DocxError;
    expect(legacyError.code).toBe('legacy-doc');
    expect(legacyError.message).toContain('Tệp > Lưu thành > Word Document (.docx)');
    // "EncryptedPackage" in single-byte characters is not the stream name.
    expect(sniffDocx(ole(Array.from(strToU8('EncryptedPackage'))))).toBe('legacy-doc');
  });

  it('reports a zip without a Word document', () => {
    expect(codeOf(zipSync({ 'a.txt': strToU8('xin chào') }))).toBe('no-document');
    expect(codeOf(zipSync({}))).toBe('no-document');
    expect(codeOf(buildDocx({ body: p('x'), omitDocument: true }))).toBe('no-document');
    expect(sniffDocx(zipSync({ 'a.txt': strToU8('x') }))).toBeNull();
  });

  it('reports a truncated zip and malformed XML as corrupt', () => {
    const good = buildDocx({ body: p('Nội dung '.repeat(200)), styles: WORD_STYLES });
    expect(codeOf(good.slice(0, Math.floor(good.length / 2)))).toBe('corrupt');
    const badXml = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(documentXml(p('x')).replace('</w:body>', '')),
    });
    const error = errorOf(() => readDocx(badXml)) as DocxError;
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/bị hỏng/);
    expect(error.detail).toMatch(/word\/document\.xml/);
    expect(codeOf(buildDocx({ body: p('x'), styles: '<?xml version="1.0"?><w:styles><w:style>' }))).toBe('corrupt');
  });

  it('never throws anything but DocxError on damaged files', () => {
    const good = buildDocx({
      body: p('Phần thứ nhất', { style: 'Heading1' }) + table([['a', 'b']]) + p('x', { numId: 1 }),
      styles: WORD_STYLES,
      numbering: abstractNum(1, lvl(0, 'decimal', '%1.')) + num(1, 1),
      customProps: { 'mttq-ignore-1': encodeIgnoreProperty({ code: 'section-empty', section: '1', reason: 'r' }) },
    });
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let errors = 0;
    let reads = 0;
    for (let i = 0; i < 150; i++) {
      const damaged = good.slice();
      if (i % 3 === 0) {
        damaged.fill(0, Math.floor(random() * good.length), Math.floor(random() * good.length));
      } else {
        for (let k = 0; k < 1 + (i % 5); k++) damaged[Math.floor(random() * good.length)] = Math.floor(random() * 256);
      }
      const input = i % 7 === 0 ? damaged.slice(0, Math.floor(random() * damaged.length)) : damaged;
      try {
        readDocx(input);
        reads++;
      } catch (error) {
        expect(error).toBeInstanceOf(DocxError);
        errors++;
      }
    }
    expect(errors).toBeGreaterThan(0);
    expect(errors + reads).toBe(150);
  });
});

describe('package layouts and encodings', () => {
  it('finds a main document part that is not word/document.xml, and its styles by relationship', () => {
    const data = buildDocx({
      body: p('Mục', { style: 'Heading2' }),
      styles: WORD_STYLES,
      mainPart: 'noidung/baocao.xml',
      stylesTarget: 'kieu.xml',
    });
    expect(readDocx(data).paragraphs).toEqual([{ text: 'Mục', headingLevel: 2, styleName: 'Heading 2' }]);
  });

  it('accepts other namespace prefixes and Strict OOXML', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const xml =
      `<x:document xmlns:x="${strict}"><x:body><x:p><x:pPr><x:pStyle x:val="Heading1"/></x:pPr>` +
      '<x:r><x:t>Tiêu đề</x:t></x:r></x:p>' +
      // A prefix "w" bound to another namespace is not WordprocessingML.
      '<x:p xmlns:w="urn:other"><x:r><w:t>khác</w:t><x:t>đúng</x:t></x:r></x:p>' +
      `<p xmlns="${strict}"><r><t>mặc định</t></r></p></x:body></x:document>`;
    expect(parseDocumentXml(xml).map((x) => [x.text, x.headingLevel])).toEqual([
      ['Tiêu đề', 1],
      ['đúng', undefined],
      ['mặc định', undefined],
    ]);
  });

  it('reads parts encoded in UTF-16 and UTF-8 with a byte order mark', () => {
    const xml = documentXml(p('Xin chào Việt Nam')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(documentXml(p('BOM')))]);
    expect(readDocx(zipSync({ 'word/document.xml': utf16 })).paragraphs.map((x) => x.text)).toEqual(['Xin chào Việt Nam']);
    expect(readDocx(zipSync({ 'word/document.xml': bom })).paragraphs.map((x) => x.text)).toEqual(['BOM']);
  });
});

describe('parseDocumentXml and parseFlatOpc', () => {
  const numbering = abstractNum(1, lvl(0, 'upperRoman', '%1.', { pStyle: 'Heading2' })) + num(1, 1);
  const styles =
    style('Normal', 'Normal', { isDefault: true }) + style('Heading2', 'heading 2', { basedOn: 'Normal', outline: 1, numId: 1 });

  it('turns a document part with styles and numbering into paragraphs', () => {
    const paras = parseDocumentXml(
      documentXml(p('CÔNG TÁC HƯỚNG DẪN', { style: 'Heading2' }) + p('x')),
      stylesXml(styles),
      numberingXml(numbering),
    );
    expect(paras).toEqual([
      { text: 'CÔNG TÁC HƯỚNG DẪN', headingLevel: 2, numberingLabel: 'I.', styleName: 'Heading 2' },
      { text: 'x', styleName: 'Normal' },
    ]);
  });

  it('accepts a fragment without namespace declarations', () => {
    expect(parseDocumentXml('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>')).toEqual([
      { text: 'A', headingLevel: 1, styleName: 'Heading1' },
    ]);
  });

  it('reads a flat-OPC package as Word’s getOoxml returns it, with its parts in any order', () => {
    const part = (name: string, type: string, xml: string) =>
      `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\n?/, '')}</pkg:xmlData></pkg:part>`;
    const base = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
    const glossaryStyles = style('Heading2', 'Normal glossary');
    const flat =
      '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      part('/_rels/.rels', 'application/vnd.openxmlformats-package.relationships+xml', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>') +
      part('/word/document.xml', `${base}.document.main+xml`, documentXml(p('ĐÁNH GIÁ CHUNG', { style: 'Heading2' }) + p('ĐÁNH GIÁ', { style: 'Heading2' }))) +
      part('/word/glossary/styles.xml', `${base}.styles+xml`, stylesXml(glossaryStyles)) +
      part('/word/styles.xml', `${base}.styles+xml`, stylesXml(styles)) +
      part('/word/numbering.xml', `${base}.numbering+xml`, numberingXml(numbering)) +
      '<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>' +
      '</pkg:package>';
    const expected = [
      { text: 'ĐÁNH GIÁ CHUNG', headingLevel: 2, numberingLabel: 'I.', styleName: 'Heading 2' },
      { text: 'ĐÁNH GIÁ', headingLevel: 2, numberingLabel: 'II.', styleName: 'Heading 2' },
    ];
    expect(parseFlatOpc(flat)).toEqual(expected);
    expect(parseDocumentXml(flat)).toEqual(expected);
  });

  it('throws DocxError on malformed XML and on a package without a document', () => {
    expect((errorOf(() => parseDocumentXml('<w:p><w:r>')) as DocxError).code).toBe('corrupt');
    const empty = '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"></pkg:package>';
    expect((errorOf(() => parseFlatOpc(empty)) as DocxError).code).toBe('no-document');
  });
});

describe('a document made by LibreOffice', () => {
  const file = path.join(FIXTURES, 'libreoffice', 'report.docx');
  const data = new Uint8Array(fs.readFileSync(file));

  it('reads headings, numbering, lists and table cells', () => {
    const paras = readDocx(data).paragraphs;
    const rows = paras.map((x) => [x.text, x.headingLevel ?? 0, x.numberingLabel ?? '', x.inTable ?? false]);
    expect(rows).toEqual([
      ['ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', 0, '', false],
      ['Phần thứ nhất\nKẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2023', 1, '', false],
      ['CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI', 2, 'I.', false],
      // The footnote's text stays in the footnotes part.
      ['Tổ chức 06 hội nghị quán triệt, ban hành 15 văn bản.', 0, '', false],
      ['KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP', 2, 'II.', false],
      ['Tuyên truyền, vận động', 3, '1.', false],
      ['Xem trang Mặt trận.\tHết.', 0, '', false],
      ['Vận động nhân dân thi đua', 3, '2.', false],
      ['Quỹ “Vì người nghèo”: 74,5 tỷ đồng', 0, '1.', false],
      ['Xây mới 120 nhà', 0, 'a)', false],
      ['Sửa chữa 35 nhà', 0, 'b)', false],
      ['Tỷ lệ hòa giải thành 98,6%', 0, '2.', false],
      ['Chỉ tiêu', 0, '', true],
      ['Số lượng', 0, '', true],
      ['Ghi chú', 0, '', true],
      ['Hội nghị', 0, '', true],
      ['06', 0, '', true],
      ['ở 3 cấp', 0, '', true],
      ['13/13 xã', 0, '', true],
      ['ĐÁNH GIÁ CHUNG', 2, 'III.', false],
      ['Ưu điểm', 3, '1.', false],
      ['Hoàn thành 100% chỉ tiêu.', 0, '', false],
    ]);
    expect(paras[2].styleName).toBe('Heading 2');
  });

  it('agrees with mammoth on the text of every paragraph', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) });
    const theirs = value.split('\n\n').filter((t) => t !== '');
    // mammoth drops line breaks; the reader keeps them as "\n".
    const ours = readDocx(data).paragraphs.map((x) => x.text.replace(/\n/g, ''));
    expect(ours).toEqual(theirs);
  });
});
