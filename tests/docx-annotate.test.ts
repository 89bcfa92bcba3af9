import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { COMMENT_MARKER, commentRequests } from '../src/analysis/messages';
import { analyze } from '../src/analysis/report';
import type { SnapshotParagraph } from '../src/analysis/types';
import { annotateDocx, DocxComment, removeProductComments } from '../src/docx/annotate';
import { buildTemplateDocx } from '../src/docx/ooxml';
import { DocxError, normalizeName, readDocumentLayout, readDocx } from '../src/docx/read';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { abstractNum, buildDocx, lvl, num, p, style, table, WORD_STYLES } from './helpers/docx-builder';

const MAIN = 'word/document.xml';
const COMMENTS = 'word/comments.xml';
const RELS = 'word/_rels/document.xml.rels';
const TYPES = '[Content_Types].xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DATE = new Date('2024-01-05T08:30:00Z');

// ---------------------------------------------------------------------------------------------
// Helpers that look at a package independently of the code under test.

/** Entry names in zip order, and their bytes. */
function unpack(data: Uint8Array): { names: string[]; files: Record<string, Uint8Array> } {
  const names: string[] = [];
  const files = unzipSync(data, {
    filter: (file) => {
      names.push(file.name);
      return true;
    },
  });
  return { names, files };
}

function partText(data: Uint8Array, name: string): string {
  const bytes = unpack(data).files[name];
  if (bytes === undefined) throw new Error(`no part ${name}`);
  return strFromU8(bytes);
}

/** Rewrites parts of a package (a function gets the old text; a string replaces or adds). */
function withParts(data: Uint8Array, changes: Record<string, string | ((xml: string) => string)>): Uint8Array {
  const { names, files } = unpack(data);
  const out: Record<string, Uint8Array> = {};
  for (const name of names) out[name] = files[name];
  for (const [name, change] of Object.entries(changes)) {
    out[name] = strToU8(typeof change === 'string' ? change : change(strFromU8(files[name])));
  }
  return zipSync(out, { level: 6 });
}

/** Throws when the XML is not well-formed (namespaces checked too). */
function assertWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.write(xml).close();
}

interface StoredComment {
  id: string;
  author?: string;
  initials?: string;
  date?: string;
  text: string;
}

/** The comments of comments.xml, in order. */
function commentsOf(data: Uint8Array, name = COMMENTS): StoredComment[] {
  const { files } = unpack(data);
  if (files[name] === undefined) return [];
  const out: StoredComment[] = [];
  const parser = new SaxesParser();
  let current: StoredComment | null = null;
  let inText = false;
  let paragraphs = 0;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'w:comment') {
      current = { id: a['w:id'], author: a['w:author'], initials: a['w:initials'], date: a['w:date'], text: '' };
      paragraphs = 0;
    } else if (tag.name === 'w:p' && current !== null) {
      if (paragraphs++ > 0) current.text += '\n';
    } else if (tag.name === 'w:t') {
      inText = true;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:comment' && current !== null) {
      out.push(current);
      current = null;
    }
  });
  parser.on('text', (text) => {
    if (inText && current !== null) current.text += text;
  });
  parser.write(strFromU8(files[name])).close();
  return out;
}

interface Anchor {
  /** Ordinal of the w:p holding the range start, counting every w:p of the part in order. */
  paragraph: number;
  /** Visible text between the range start and end. */
  text: string;
  starts: number;
  ends: number;
  refs: number;
}

const INVISIBLE = new Set(['w:txbxContent', 'mc:Fallback', 'w:del', 'w:moveFrom']);

/** The comment ranges of a document part, by comment id. */
function anchorsOf(xml: string): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const get = (id: string): Anchor => {
    let a = anchors.get(id);
    if (a === undefined) {
      a = { paragraph: -1, text: '', starts: 0, ends: 0, refs: 0 };
      anchors.set(id, a);
    }
    return a;
  };
  const open = new Set<string>();
  const add = (text: string): void => {
    for (const id of open) get(id).text += text;
  };
  const stack: string[] = [];
  const paragraphs: number[] = [];
  let count = -1;
  let hidden = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const id = (tag.attributes as Record<string, string>)['w:id'];
    const parent = stack[stack.length - 1];
    if (tag.name === 'w:p') paragraphs.push(++count);
    if (INVISIBLE.has(tag.name)) hidden++;
    if (tag.name === 'w:commentRangeStart') {
      const a = get(id);
      a.starts++;
      a.paragraph = paragraphs[paragraphs.length - 1];
      open.add(id);
    } else if (tag.name === 'w:commentRangeEnd') {
      get(id).ends++;
      open.delete(id);
    } else if (tag.name === 'w:commentReference') {
      get(id).refs++;
    } else if (hidden === 0 && parent === 'w:r' && tag.name === 'w:tab') {
      add('\t');
    } else if (hidden === 0 && parent === 'w:r' && (tag.name === 'w:br' || tag.name === 'w:cr')) {
      add('\n');
    }
    stack.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (INVISIBLE.has(tag.name)) hidden--;
    if (tag.name === 'w:p') paragraphs.pop();
  });
  parser.on('text', (text) => {
    if (hidden === 0 && stack[stack.length - 1] === 'w:t') add(text);
  });
  parser.write(xml).close();
  return anchors;
}

/** The markup the annotator adds to document.xml, to strip it off again. */
const INSERTED_MARKS =
  /<w:commentRangeStart w:id="\d+"\/>|<w:commentRangeEnd w:id="\d+"\/><w:r>(?:<w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr>)?<w:commentReference w:id="\d+"\/><\/w:r>/g;

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function codeOf(fn: () => unknown): string {
  const error = errorOf(fn);
  expect(error).toBeInstanceOf(DocxError);
  return (error as DocxError).code;
}

function requestsFor(data: Uint8Array): DocxComment[] {
  return commentRequests(analyze(readDocx(data)));
}

/** Every paragraph gets a comment naming its index. */
function everyParagraph(data: Uint8Array): DocxComment[] {
  return readDocx(data).paragraphs.map((_, i) => ({ paragraph: i, text: `${COMMENT_MARKER} Đoạn số ${i}.` }));
}

/**
 * Annotates a document that has no comments yet and checks the whole contract: same paragraphs
 * when read back; one comment per request with its text, each range around exactly the text of
 * its paragraph; the four touched parts differ only by the added markup; every other entry
 * byte-identical and in the same order; all XML well-formed.
 */
function checkAnnotated(data: Uint8Array, requests: DocxComment[]): Uint8Array {
  const out = annotateDocx(data, requests, { date: DATE });
  const original = readDocx(data).paragraphs;
  expect(readDocx(out).paragraphs).toEqual(original);

  const before = unpack(data);
  const after = unpack(out);
  expect(after.names).toEqual([...before.names, COMMENTS]);
  const touched = new Set([MAIN, COMMENTS, RELS, TYPES]);
  for (const name of before.names) {
    if (!touched.has(name)) expect({ name, same: Buffer.compare(after.files[name], before.files[name]) === 0 }).toEqual({ name, same: true });
  }
  for (const name of [MAIN, COMMENTS, RELS, TYPES]) assertWellFormed(strFromU8(after.files[name]));

  const comments = commentsOf(out);
  expect(comments.map((c) => c.text)).toEqual(requests.map((r) => r.text));
  const documentXml = strFromU8(after.files[MAIN]);
  const anchors = anchorsOf(documentXml);
  expect(anchors.size).toBe(requests.length);
  // A text box paragraph shares its anchor paragraph's span: its comment goes on that paragraph.
  const { spans } = readDocumentLayout(new Map(Object.entries(before.files).map(([n, b]) => [normalizeName(n), b])));
  const host = (i: number) => spans.findIndex((span) => span.start === spans[i].start);
  requests.forEach((request, i) => {
    const anchor = anchors.get(comments[i].id);
    expect(anchor).toMatchObject({ starts: 1, ends: 1, refs: 1, text: original[host(request.paragraph)].text });
  });

  // Each range starts after the paragraph's properties, never before them.
  expect(documentXml).not.toMatch(/<w:commentRangeStart w:id="\d+"\/>(?:<w:commentRangeStart w:id="\d+"\/>)*<w:pPr[ >]/);
  // Nothing else changed in the three existing parts.
  // (A self-closing empty paragraph is opened to hold its range: compare those as opened.)
  const opened = (xml: string) => xml.replace(/<w:p((?: [^<>]*?)?)\s*\/>/g, '<w:p$1></w:p>');
  expect(opened(documentXml.replace(INSERTED_MARKS, ''))).toBe(opened(strFromU8(before.files[MAIN])));
  const relsAfter = strFromU8(after.files[RELS]);
  expect(relsAfter.replace(/<Relationship Id="rId\d+" Type="[^"]+\/comments" Target="comments\.xml"\/>/, '')).toBe(
    strFromU8(before.files[RELS]),
  );
  expect(strFromU8(after.files[TYPES]).replace(/<Override PartName="\/word\/comments\.xml" ContentType="[^"]+comments\+xml"\/>/, '')).toBe(
    strFromU8(before.files[TYPES]),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('annotating a report', () => {
  const draft = writeDocx(sampleParagraphs({ omit: ['1.II.4'], empty: ['1.I', '1.III.2'], noFigures: ['1.II.3.1'], noSignature: true }));

  it('writes one comment per finding of the check, on the paragraph the finding names', () => {
    const requests = requestsFor(draft);
    expect(requests.length).toBeGreaterThanOrEqual(4);
    const out = checkAnnotated(draft, requests);
    // writeDocx makes one w:p per paragraph, so the n-th w:p of the part is paragraph n.
    const anchors = anchorsOf(partText(out, MAIN));
    const comments = commentsOf(out);
    expect(requests.map((r, i) => [r.paragraph, anchors.get(comments[i].id)?.paragraph])).toEqual(requests.map((r) => [r.paragraph, r.paragraph]));
    const paragraphs = readDocx(draft).paragraphs;
    expect(paragraphs[requests[0].paragraph].text).toBe('I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI');
  });

  it('writes the comments as the product: marker, author, initials, date, ids from 0, escaped text', () => {
    const out = annotateDocx(
      draft,
      [
        { paragraph: 3, text: `${COMMENT_MARKER} Số “<05> & "06"” chưa khớp.` },
        { paragraph: 5, text: 'Thiếu số liệu\nở hai dòng' },
      ],
      { date: DATE },
    );
    expect(commentsOf(out)).toEqual([
      { id: '0', author: 'Kiểm tra báo cáo MTTQ', initials: 'MTTQ', date: '2024-01-05T08:30:00Z', text: `${COMMENT_MARKER} Số “<05> & "06"” chưa khớp.` },
      { id: '1', author: 'Kiểm tra báo cáo MTTQ', initials: 'MTTQ', date: '2024-01-05T08:30:00Z', text: `${COMMENT_MARKER} Thiếu số liệu\nở hai dòng` },
    ]);
    expect(partText(out, COMMENTS)).toContain('<w:t xml:space="preserve">');
    const custom = annotateDocx(draft, [{ paragraph: 0, text: `${COMMENT_MARKER} x` }], { author: 'Ban Thường trực "A&B"', initials: 'BTT', date: DATE });
    expect(commentsOf(custom)[0]).toMatchObject({ author: 'Ban Thường trực "A&B"', initials: 'BTT' });
    // Characters XML cannot hold are dropped; characters outside the BMP stay.
    const odd = annotateDocx(draft, [{ paragraph: 0, text: `${COMMENT_MARKER} a\u0001b\uD800c 😀 d\uFFFF` }]);
    assertWellFormed(partText(odd, COMMENTS));
    expect(commentsOf(odd)[0].text).toBe(`${COMMENT_MARKER} abc 😀 d`);
  });

  it('skips requests for paragraphs that do not exist or with empty text, and changes nothing when none is left', () => {
    const count = readDocx(draft).paragraphs.length;
    const out = annotateDocx(draft, [
      { paragraph: -1, text: 'a' },
      { paragraph: count, text: 'b' },
      { paragraph: 1.5, text: 'c' },
      { paragraph: 2, text: '   ' },
      { paragraph: 4, text: `${COMMENT_MARKER} giữ` },
    ]);
    expect(commentsOf(out).map((c) => c.text)).toEqual([`${COMMENT_MARKER} giữ`]);
    expect(Buffer.compare(annotateDocx(draft, [{ paragraph: count, text: 'x' }]), draft)).toBe(0);
    expect(Buffer.compare(removeProductComments(draft), draft)).toBe(0);
  });

  it('puts two comments on one paragraph as two nested ranges', () => {
    const out = checkAnnotated(draft, [
      { paragraph: 7, text: `${COMMENT_MARKER} một` },
      { paragraph: 7, text: `${COMMENT_MARKER} hai` },
    ]);
    expect(partText(out, MAIN)).toContain('<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>');
  });

  it('styles the reference run with CommentReference only when the document defines that style', () => {
    const body = p('Một') + p('Hai');
    const plain = annotateDocx(buildDocx({ body, styles: WORD_STYLES }), [{ paragraph: 1, text: `${COMMENT_MARKER} x` }]);
    expect(partText(plain, MAIN)).toContain('<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>');
    const styles = WORD_STYLES + style('CommentReference', 'annotation reference', { type: 'character' });
    const styled = annotateDocx(buildDocx({ body, styles }), [{ paragraph: 1, text: `${COMMENT_MARKER} x` }]);
    expect(partText(styled, MAIN)).toContain(
      '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>',
    );
  });

  it('copies styles, numbering, properties and media byte for byte', () => {
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const data = buildDocx({
      body: p('Phần thứ nhất', { style: 'Heading1', numId: 1, ilvl: 0 }) + p('Tổ chức 06 hội nghị.') + p('<w:r><w:drawing/></w:r>'),
      styles: WORD_STYLES,
      numbering: abstractNum(0, lvl(0, 'upperRoman', '%1.')) + num(1, 0),
      customProps: { 'Ghi chú': 'giữ nguyên' },
      extraParts: { 'word/media/image1.png': png, 'docProps/core.xml': '<?xml version="1.0"?><cp:coreProperties xmlns:cp="urn:x"/>' },
    });
    const out = checkAnnotated(data, [{ paragraph: 1, text: `${COMMENT_MARKER} Kiểm tra lại số liệu.` }]);
    expect(Buffer.compare(unpack(out).files['word/media/image1.png'], png)).toBe(0);
    expect(readDocx(out).paragraphs[0].numberingLabel).toBe('I.');
  });
});

describe('documents with complex structure', () => {
  const deletedRowTable = (() => {
    const plain = table([['Giữ hàng'], ['Hàng đã xóa'], ['Hàng cuối']]);
    const second = plain.indexOf('<w:tr>', plain.indexOf('<w:tr>') + 1);
    return `${plain.slice(0, second)}<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr>${plain.slice(second + 6)}`;
  })();
  const deletedMark = p('<w:r><w:t xml:space="preserve">Đầu câu, </w:t></w:r>').replace(
    '</w:pPr>',
    '<w:rPr><w:del w:id="7" w:author="A"/></w:rPr><w:pPrChange w:id="8" w:author="A"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr>',
  );
  const textBox = (t: string) => `<w:txbxContent>${p(t)}${p(`${t} (2)`)}</w:txbxContent>`;
  const drawing =
    '<w:r><w:t xml:space="preserve">Trước hộp </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx>' +
    textBox('Hộp chữ') +
    '</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
    textBox('Hộp chữ') +
    '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>sau hộp</w:t></w:r>';
  const choice =
    '<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>Một lần</w:t></w:r></mc:Choice>' +
    '<mc:Fallback><w:r><w:t>Một lần</w:t></w:r></mc:Fallback></mc:AlternateContent>';
  const blockControl = (content: string, showing = '') =>
    `<w:sdt><w:sdtPr><w:alias w:val="Hướng dẫn"/><w:id w:val="5"/>${showing}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
  const body =
    p('Mở đầu') +
    table([
      ['Ô một', [p('Ô hai a'), p('Ô hai b')]],
      ['Ô ba', [p('Ô bốn'), table([['Lồng một', 'Lồng hai']]), p('Ô bốn sau')]],
    ]) +
    deletedRowTable +
    blockControl(p('Trong điều khiển') + p('Điều khiển hai')) +
    blockControl(p('(Nêu số hội nghị…)'), '<w:showingPlcHdr/>') +
    p(
      '<w:r><w:t xml:space="preserve">Tổ chức </w:t></w:r><w:del w:id="2" w:author="A"><w:r><w:delText>05</w:delText></w:r></w:del>' +
        '<w:ins w:id="3" w:author="A"><w:r><w:t>06</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> hội nghị</w:t></w:r>',
    ) +
    deletedMark +
    p('cuối câu.', { style: 'Heading2' }) +
    p(drawing) +
    p(choice) +
    '<w:p/>' +
    '<w:p w:rsidR="00112233" />' +
    p('<w:r><w:t xml:space="preserve">Cột\ttab</w:t><w:tab/><w:t>sau</w:t><w:br/><w:t>dòng mới</w:t></w:r>') +
    p('Kết thúc', { style: 'Heading1' });
  const data = buildDocx({ body, styles: WORD_STYLES });

  it('reads as the reader does: the paragraphs it expects', () => {
    expect(readDocx(data).paragraphs.map((x) => x.text)).toEqual([
      'Mở đầu',
      'Ô một',
      'Ô hai a',
      'Ô hai b',
      'Ô ba',
      'Ô bốn',
      'Lồng một',
      'Lồng hai',
      'Ô bốn sau',
      'Giữ hàng',
      'Hàng cuối',
      'Trong điều khiển',
      'Điều khiển hai',
      '(Nêu số hội nghị…)',
      'Tổ chức 06 hội nghị',
      'Đầu câu, cuối câu.',
      'Trước hộp sau hộp',
      'Hộp chữ',
      'Hộp chữ (2)',
      'Một lần',
      '',
      '',
      'Cột\ttab\tsau\ndòng mới',
      'Kết thúc',
    ]);
  });

  it('anchors a comment on every paragraph: tables, controls, tracked changes, text boxes, empty paragraphs', () => {
    const out = checkAnnotated(data, everyParagraph(data));
    const xml = partText(out, MAIN);
    // The paragraph joined over a deleted mark: the range opens in the first w:p, closes in the second.
    expect(xml).toMatch(/<w:pPrChange [^]*?<\/w:pPr><w:commentRangeStart w:id="15"\/><w:r><w:t xml:space="preserve">Đầu câu, /);
    // Self-closing paragraphs are opened to hold the range.
    expect(xml).toContain('<w:p><w:commentRangeStart w:id="20"/><w:commentRangeEnd w:id="20"/><w:r><w:commentReference w:id="20"/></w:r></w:p>');
    expect(xml).toContain('<w:p w:rsidR="00112233">');
    // Nothing inside text boxes (their paragraphs' comments sit on the anchor paragraph), the
    // fallback branch or the deleted row.
    expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(24);
    for (const hidden of ['Hộp chữ</w:t></w:r><w:commentRangeEnd', 'Hàng đã xóa</w:t></w:r><w:commentRangeEnd']) {
      expect(xml).not.toContain(hidden);
    }
  });

  it('keeps the paragraph indexes of the check when some paragraphs are flagged', () => {
    const requests = [0, 10, 13, 15, 17, 23].map((i) => ({ paragraph: i, text: `${COMMENT_MARKER} Mục ${i}` }));
    checkAnnotated(data, requests);
  });

  it('writes with the prefixes the document uses, Strict OOXML and a default namespace included', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const documentXml =
      `<?xml version="1.0" encoding="UTF-8"?><x:document xmlns:x="${strict}"><x:body>` +
      '<x:p><x:pPr><x:pStyle x:val="Heading1"/></x:pPr><x:r><x:t>Tiêu đề</x:t></x:r></x:p>' +
      `<p xmlns="${strict}"><r><t>Mặc định</t></r></p><x:p/></x:body></x:document>`;
    const strictRels = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const data = zipSync({
      [TYPES]: strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strictRels}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
      [MAIN]: strToU8(documentXml),
    });
    const requests = [0, 1, 2].map((i) => ({ paragraph: i, text: `${COMMENT_MARKER} ${i}` }));
    const out = annotateDocx(data, requests);
    expect(readDocx(out).paragraphs).toEqual(readDocx(data).paragraphs);
    const xml = partText(out, MAIN);
    assertWellFormed(xml);
    expect(xml).toContain('</x:pPr><x:commentRangeStart x:id="0"/><x:r><x:t>Tiêu đề</x:t></x:r><x:commentRangeEnd x:id="0"/>');
    expect(xml).toContain(`<w:commentRangeStart xmlns:w="${strict}" w:id="1"/><r><t>Mặc định</t></r>`);
    expect(xml).toContain('<x:p><x:commentRangeStart x:id="2"/>');
    const comments = partText(out, COMMENTS);
    assertWellFormed(comments);
    expect(comments).toContain(`<w:comments xmlns:w="${strict}">`);
    expect(partText(out, RELS)).toContain(`Type="${strictRels}/comments" Target="comments.xml"`);
    expect(partText(out, TYPES)).toContain('PartName="/word/comments.xml"');
    expect(commentsOf(out).map((c) => c.text)).toEqual(requests.map((r) => r.text));
  });

  it('puts the comments part next to a main part elsewhere, and writes a relationships part when there is none', () => {
    const moved = buildDocx({ body: p('Một') + p('Hai'), styles: WORD_STYLES, mainPart: 'dokument/haupt.xml' });
    const out = annotateDocx(moved, [{ paragraph: 1, text: `${COMMENT_MARKER} x` }]);
    expect(unpack(out).names.slice(-1)).toEqual(['dokument/comments.xml']);
    expect(partText(out, 'dokument/_rels/haupt.xml.rels')).toMatch(/Type="[^"]+\/comments" Target="comments\.xml"/);
    expect(partText(out, TYPES)).toContain('<Override PartName="/dokument/comments.xml"');
    expect(commentsOf(out, 'dokument/comments.xml').map((c) => c.text)).toEqual([`${COMMENT_MARKER} x`]);
    expect(anchorsOf(partText(out, 'dokument/haupt.xml')).get('0')?.text).toBe('Hai');

    const { names, files } = unpack(buildDocx({ body: p('Một') }));
    const bare: Record<string, Uint8Array> = {};
    for (const name of names) if (name !== RELS) bare[name] = files[name];
    const annotated = annotateDocx(zipSync(bare), [{ paragraph: 0, text: `${COMMENT_MARKER} y` }]);
    expect(unpack(annotated).names.slice(-2)).toEqual([COMMENTS, RELS]);
    assertWellFormed(partText(annotated, RELS));
    expect(partText(annotated, RELS)).toContain('Target="comments.xml"');
    expect(commentsOf(annotated)).toHaveLength(1);
  });

  it('keeps a part encoded in UTF-16 in UTF-16', () => {
    const plain = buildDocx({ body: p('Xin chào') + p('Việt Nam') });
    const utf16 = withParts(plain, {});
    const { files, names } = unpack(utf16);
    const xml = strFromU8(files[MAIN]).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      bytes[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const ordered: Record<string, Uint8Array> = {};
    for (const name of names) ordered[name] = name === MAIN ? bytes : files[name];
    const out = annotateDocx(zipSync(ordered), [{ paragraph: 1, text: `${COMMENT_MARKER} x` }]);
    const part = unpack(out).files[MAIN];
    expect([part[0], part[1]]).toEqual([0xff, 0xfe]);
    expect(readDocx(out).paragraphs.map((x) => x.text)).toEqual(['Xin chào', 'Việt Nam']);
    expect(commentsOf(out)).toHaveLength(1);
  });
});

describe('documents made elsewhere', () => {
  it('annotates the LibreOffice document', () => {
    const data = new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', 'libreoffice', 'report.docx')));
    checkAnnotated(data, everyParagraph(data));
    const requests = requestsFor(data);
    expect(requests.length).toBeGreaterThan(0);
    checkAnnotated(data, requests);
  });

  it('annotates the template the product writes, guidance placeholders included', () => {
    const data = buildTemplateDocx({ unit: 'Ủy ban MTTQ Việt Nam xã Tân Hòa', place: 'Tân Hòa', date: DATE });
    const requests = requestsFor(data);
    expect(requests.length).toBeGreaterThan(10);
    const out = checkAnnotated(data, requests);
    expect(requestsFor(out)).toEqual(requests);
  });
});

describe('the user’s comments and annotating again', () => {
  const userComment =
    '<w:comment w:id="3" w:author="Chị Lan" w:date="2023-12-20T09:00:00Z" w:initials="CL"><w:p w14:paraId="1A2B3C4D"><w:r><w:t>Cần bổ sung số liệu.</w:t></w:r></w:p></w:comment>';
  const oldProductComment = `<w:comment w:id="7" w:author="Kiểm tra báo cáo MTTQ" w:date="2023-12-01T00:00:00Z" w:initials="MTTQ"><w:p w14:paraId="0000ABCD"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${COMMENT_MARKER} Mục cũ.</w:t></w:r></w:p></w:comment>`;
  const commentsXml = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">${inner}</w:comments>`;
  const ext = (tag: string, ns: string, inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${tag} xmlns:${ns}>${inner}</${tag.split(' ')[0]}>`;
  const relType = (kind: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;

  /** A document as Word saves it: the user's comment on paragraph 1, maybe an old product comment on 0. */
  function withComments(old: boolean): Uint8Array {
    const user = (text: string) =>
      `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:commentRangeStart w:id="3"/><w:r><w:t>${text}</w:t></w:r><w:commentRangeEnd w:id="3"/>` +
      '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="3"/></w:r></w:p>';
    const product = (text: string) =>
      `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:commentRangeStart w:id="7"/><w:r><w:t>${text}</w:t></w:r><w:commentRangeEnd w:id="7"/>` +
      '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="7"/></w:r></w:p>';
    const body = (old ? product('Đoạn một') : p('Đoạn một')) + user('Đoạn hai') + p('Đoạn ba') + p('Đoạn bốn');
    const base = buildDocx({ body, styles: WORD_STYLES + style('CommentReference', 'annotation reference', { type: 'character' }) });
    const parts: Record<string, string | ((xml: string) => string)> = {
      [COMMENTS]: commentsXml(old ? oldProductComment + userComment : userComment),
      [RELS]: (xml) =>
        xml.replace(
          '</Relationships>',
          `<Relationship Id="rId5" Type="${relType('comments')}" Target="comments.xml"/>` +
            (old
              ? '<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>' +
                '<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2016/09/relationships/commentsIds" Target="commentsIds.xml"/>' +
                '<Relationship Id="rId8" Type="http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible" Target="commentsExtensible.xml"/>'
              : '') +
            '</Relationships>',
        ),
      [TYPES]: (xml) =>
        xml.replace(
          '</Types>',
          '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
        ),
    };
    if (old) {
      parts['word/commentsExtended.xml'] = ext(
        'w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"',
        'mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
        '<w15:commentEx w15:paraId="0000ABCD" w15:done="0"/><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/>',
      );
      parts['word/commentsIds.xml'] = ext(
        'w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"',
        'mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
        '<w16cid:commentId w16cid:paraId="0000ABCD" w16cid:durableId="11111111"/><w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="22222222"/>',
      );
      parts['word/commentsExtensible.xml'] = ext(
        'w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"',
        'mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
        '<w16cex:commentExtensible w16cex:durableId="11111111" w16cex:dateUtc="2023-12-01T00:00:00Z"/><w16cex:commentExtensible w16cex:durableId="22222222" w16cex:dateUtc="2023-12-20T09:00:00Z"/>',
      );
    }
    return withParts(base, parts);
  }

  it('keeps the user’s comment and numbers the product’s above it', () => {
    const data = withComments(false);
    const out = annotateDocx(data, [
      { paragraph: 0, text: `${COMMENT_MARKER} Một` },
      { paragraph: 1, text: `${COMMENT_MARKER} Hai` },
    ]);
    expect(commentsOf(out).map((c) => [c.id, c.author, c.text])).toEqual([
      ['3', 'Chị Lan', 'Cần bổ sung số liệu.'],
      ['4', 'Kiểm tra báo cáo MTTQ', `${COMMENT_MARKER} Một`],
      ['5', 'Kiểm tra báo cáo MTTQ', `${COMMENT_MARKER} Hai`],
    ]);
    expect(partText(out, COMMENTS)).toContain(userComment);
    const anchors = anchorsOf(partText(out, MAIN));
    expect(anchors.get('3')).toMatchObject({ text: 'Đoạn hai', starts: 1, ends: 1, refs: 1 });
    expect(anchors.get('5')).toMatchObject({ text: 'Đoạn hai', starts: 1, ends: 1, refs: 1 });
    // The existing relationship and content type serve; the entries stay as they were, in order.
    expect(partText(out, RELS)).toBe(partText(data, RELS));
    expect(partText(out, TYPES)).toBe(partText(data, TYPES));
    expect(unpack(out).names).toEqual(unpack(data).names);
    expect(readDocx(out).paragraphs).toEqual(readDocx(data).paragraphs);
    assertWellFormed(partText(out, COMMENTS));
  });

  it('replaces only the product’s comments when annotating again, and removes them all on request', () => {
    const data = withComments(false);
    const first = annotateDocx(data, [
      { paragraph: 0, text: `${COMMENT_MARKER} Một` },
      { paragraph: 2, text: `${COMMENT_MARKER} Ba` },
    ]);
    const second = annotateDocx(first, [{ paragraph: 3, text: `${COMMENT_MARKER} Bốn` }]);
    expect(commentsOf(second).map((c) => [c.id, c.text])).toEqual([
      ['3', 'Cần bổ sung số liệu.'],
      ['4', `${COMMENT_MARKER} Bốn`],
    ]);
    const anchors = anchorsOf(partText(second, MAIN));
    expect([...anchors.keys()].sort()).toEqual(['3', '4']);
    expect(anchors.get('4')).toMatchObject({ text: 'Đoạn bốn', starts: 1, ends: 1, refs: 1 });
    expect(readDocx(second).paragraphs).toEqual(readDocx(data).paragraphs);

    const cleaned = removeProductComments(second);
    expect(commentsOf(cleaned).map((c) => c.id)).toEqual(['3']);
    // Removing gives back the document and the comments exactly as the user had them.
    expect(partText(cleaned, MAIN)).toBe(partText(data, MAIN));
    expect(partText(cleaned, COMMENTS)).toBe(partText(data, COMMENTS));
  });

  it('gives the same copy when the same check is written twice', () => {
    const data = writeDocx(sampleParagraphs({ empty: ['1.I'], omit: ['2.5'] }));
    const requests = requestsFor(data);
    const once = annotateDocx(data, requests, { date: DATE });
    const twice = annotateDocx(once, requests, { date: DATE });
    expect(partText(twice, MAIN)).toBe(partText(once, MAIN));
    expect(partText(twice, COMMENTS)).toBe(partText(once, COMMENTS));
    expect(commentsOf(twice)).toHaveLength(requests.length);
    // Removing everything leaves the original text of the document, and an empty comments part.
    const removed = removeProductComments(twice);
    expect(partText(removed, MAIN)).toBe(partText(data, MAIN));
    expect(commentsOf(removed)).toEqual([]);
    assertWellFormed(partText(removed, COMMENTS));
  });

  it('removes an old product comment saved by Word with its entries in the extended comment parts', () => {
    const data = withComments(true);
    expect(commentsOf(data).map((c) => c.id)).toEqual(['7', '3']);
    const out = annotateDocx(data, [{ paragraph: 2, text: `${COMMENT_MARKER} Ba` }]);
    expect(commentsOf(out).map((c) => [c.id, c.text])).toEqual([
      ['3', 'Cần bổ sung số liệu.'],
      ['4', `${COMMENT_MARKER} Ba`],
    ]);
    const xml = partText(out, MAIN);
    expect(xml).not.toMatch(/w:id="7"/);
    expect(xml).toContain('<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>Đoạn một</w:t></w:r></w:p>');
    const extended = partText(out, 'word/commentsExtended.xml');
    expect(extended).toContain('w15:paraId="1A2B3C4D"');
    expect(extended).not.toContain('0000ABCD');
    expect(partText(out, 'word/commentsIds.xml')).not.toContain('0000ABCD');
    expect(partText(out, 'word/commentsIds.xml')).toContain('22222222');
    expect(partText(out, 'word/commentsExtensible.xml')).not.toContain('11111111');
    expect(partText(out, 'word/commentsExtensible.xml')).toContain('22222222');
    for (const name of ['word/commentsExtended.xml', 'word/commentsIds.xml', 'word/commentsExtensible.xml', MAIN, COMMENTS]) {
      assertWellFormed(partText(out, name));
    }
    expect(readDocx(out).paragraphs).toEqual(readDocx(data).paragraphs);
  });
});

describe('bad input', () => {
  const good = buildDocx({ body: p('Một') });

  it('throws the reader’s DocxError with its codes', () => {
    const comment = [{ paragraph: 0, text: 'x' }];
    expect(codeOf(() => annotateDocx(new Uint8Array(0), comment))).toBe('empty-file');
    expect(codeOf(() => annotateDocx(strToU8('not a docx at all'), comment))).toBe('not-zip');
    expect(codeOf(() => annotateDocx(zipSync({ 'a.txt': strToU8('x') }), comment))).toBe('no-document');
    expect(codeOf(() => annotateDocx(good.slice(0, good.length - 30), comment))).toBe('corrupt');
    expect(codeOf(() => annotateDocx(withParts(good, { [MAIN]: '<w:document><w:body><w:p></w:body>' }), comment))).toBe('corrupt');
    expect(codeOf(() => removeProductComments(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])))).toBe('legacy-doc');
  });

  it('reports a damaged comments part as corrupt', () => {
    const damaged = withParts(good, {
      [COMMENTS]: '<w:comments xmlns:w="urn:x"><w:comment>',
      [RELS]: (xml) => xml.replace('</Relationships>', `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`),
    });
    expect(codeOf(() => annotateDocx(damaged, [{ paragraph: 0, text: 'x' }]))).toBe('corrupt');
  });
});

// Reading is unchanged: the paragraphs of the annotated copy equal those of the original for
// every sample variant the other tests use.
describe('the reader over annotated copies', () => {
  it.each<[string, SnapshotParagraph[]]>([
    ['full sample', sampleParagraphs()],
    ['plain headings', sampleParagraphs({ plainHeadings: true, guidance: ['1.II.1'] })],
  ])('%s', (_, paragraphs) => {
    const data = writeDocx(paragraphs);
    const out = annotateDocx(data, everyParagraph(data));
    expect(readDocx(out).paragraphs).toEqual(readDocx(data).paragraphs);
    expect(commentsOf(out)).toHaveLength(paragraphs.length);
  });
});
