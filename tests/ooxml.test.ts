import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import {
  buildBodyXml,
  buildFlatOpc,
  buildHeadingsFlatOpc,
  buildTemplateDocx,
  escapeXml,
  GUIDANCE_TAG,
  guidanceOf,
  headingLine,
  PAGE,
  UNIT_PLACEHOLDER,
} from '../src/docx/ooxml';
import { readDocx } from '../src/docx/read';
import { defaultTemplate } from '../src/template';

interface Para {
  style?: string;
  text: string;
  inTable: boolean;
  sdtTag?: string;
  sdtAlias?: string;
  showingPlaceholder: boolean;
  bold: boolean;
  italic: boolean;
  color?: string;
  align?: string;
}

/** Parses WordprocessingML (well-formedness is checked by saxes, which throws) into paragraphs. */
function paragraphsOf(xml: string): { paras: Para[]; attrs: Map<string, Array<Record<string, string>>> } {
  const parser = new SaxesParser({ xmlns: false });
  const paras: Para[] = [];
  const attrs = new Map<string, Array<Record<string, string>>>();
  const stack: string[] = [];
  let tableDepth = 0;
  const sdt: Array<{ tag?: string; alias?: string; plc: boolean }> = [];
  let current: Para | null = null;
  let inText = false;
  let inRunProps = false;
  parser.on('opentag', (node) => {
    const name = node.name;
    const a = node.attributes as Record<string, string>;
    stack.push(name);
    if (!attrs.has(name)) attrs.set(name, []);
    attrs.get(name)!.push(a);
    if (name === 'w:tbl') tableDepth++;
    else if (name === 'w:sdt') sdt.push({ plc: false });
    else if (name === 'w:tag' && stack.includes('w:sdtPr')) sdt[sdt.length - 1].tag = a['w:val'];
    else if (name === 'w:alias' && stack.includes('w:sdtPr')) sdt[sdt.length - 1].alias = a['w:val'];
    else if (name === 'w:showingPlcHdr') sdt[sdt.length - 1].plc = true;
    else if (name === 'w:p') {
      const open = sdt.find((s) => s.tag !== undefined);
      current = {
        text: '',
        inTable: tableDepth > 0,
        sdtTag: open?.tag,
        sdtAlias: open?.alias,
        showingPlaceholder: open?.plc ?? false,
        bold: false,
        italic: false,
      };
    } else if (current && name === 'w:pStyle') current.style = a['w:val'];
    else if (current && name === 'w:jc' && stack.includes('w:pPr')) current.align = a['w:val'];
    else if (current && name === 'w:rPr' && stack.includes('w:r')) inRunProps = true;
    else if (current && inRunProps && name === 'w:b') current.bold = true;
    else if (current && inRunProps && name === 'w:i') current.italic = true;
    else if (current && inRunProps && name === 'w:color') current.color = a['w:val'];
    else if (current && name === 'w:t') inText = true;
    else if (current && name === 'w:br') current.text += '\n';
  });
  parser.on('text', (t) => {
    if (current && inText) current.text += t;
  });
  parser.on('closetag', (node) => {
    stack.pop();
    if (node.name === 'w:t') inText = false;
    else if (node.name === 'w:rPr') inRunProps = false;
    else if (node.name === 'w:tbl') tableDepth--;
    else if (node.name === 'w:sdt') sdt.pop();
    else if (node.name === 'w:p' && current) {
      paras.push(current);
      current = null;
    }
  });
  parser.write(xml).close();
  return { paras, attrs };
}

const DATE = new Date(2023, 11, 15);
const OPTS = { unit: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh', place: 'Bắc Ninh', date: DATE };

function unzip(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe('buildTemplateDocx', () => {
  const files = unzip(buildTemplateDocx(OPTS));

  it('is a complete package: content types, relationships, document, styles, settings, properties', () => {
    for (const name of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/settings.xml',
      'docProps/core.xml',
      'docProps/app.xml',
    ]) {
      expect(files[name]).toBeDefined();
      // Every part is well-formed XML (saxes throws otherwise).
      expect(() => paragraphsOf(files[name])).not.toThrow();
    }
    expect(files['[Content_Types].xml']).toContain('PartName="/word/document.xml"');
    expect(files['_rels/.rels']).toContain('Target="word/document.xml"');
    expect(files['word/_rels/document.xml.rels']).toContain('Target="styles.xml"');
    expect(files['docProps/core.xml']).toContain('2023-12-');
  });

  it('has every heading of the outline, in order, with Word built-in heading styles 1-4', () => {
    const { paras } = paragraphsOf(files['word/document.xml']);
    const headings = paras.filter((p) => p.style && /^Heading\d$/.test(p.style));
    expect(headings.map((h) => h.text)).toEqual(defaultTemplate.sections.map((s) => headingLine(s)));
    expect(headings.map((h) => h.style)).toEqual(defaultTemplate.sections.map((s) => `Heading${s.level}`));
    // A part heading: numbering line and title line in one paragraph with a line break, centred.
    expect(headings[0].text).toBe('Phần thứ nhất\nKẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2023');
    expect(headings[0].align).toBe('center');
    expect(headings.every((h) => h.bold && !h.inTable && h.sdtTag === undefined)).toBe(true);
  });

  it('writes the header block and the signature block as borderless two-column tables', () => {
    const { paras, attrs } = paragraphsOf(files['word/document.xml']);
    const inTable = paras.filter((p) => p.inTable).map((p) => p.text);
    expect(inTable).toEqual(
      expect.arrayContaining([
        'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH',
        'BAN THƯỜNG TRỰC',
        'Số:      /BC-MTTQ-BTT',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Bắc Ninh, ngày … tháng … năm 2023',
        'Nơi nhận:',
        'TM. BAN THƯỜNG TRỰC',
        '(ký, ghi rõ họ tên)',
      ]),
    );
    expect(attrs.get('w:tbl')).toHaveLength(2);
    expect(attrs.get('w:gridCol')).toHaveLength(4);
    for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      const borders = (attrs.get(side) ?? []).filter((a) => a['w:val'] === 'nil');
      expect(borders.length).toBeGreaterThanOrEqual(2);
    }
    // Header first, then the title, the sections, the closing table last.
    const texts = paras.map((p) => p.text);
    expect(texts.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(texts.indexOf('BÁO CÁO'));
    expect(texts.indexOf('BÁO CÁO')).toBeLessThan(texts.indexOf(headingLine(defaultTemplate.sections[0])));
    expect(texts.indexOf('TM. BAN THƯỜNG TRỰC')).toBeGreaterThan(texts.indexOf(headingLine(defaultTemplate.sections[defaultTemplate.sections.length - 1])));
    const date = paras.find((p) => p.text.startsWith('Bắc Ninh, ngày'));
    expect(date?.italic).toBe(true);
    const motto = paras.find((p) => p.text === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(motto?.bold).toBe(true);
  });

  it('writes the guidance as grey italic placeholder text of tagged content controls', () => {
    const { paras } = paragraphsOf(files['word/document.xml']);
    const guidance = paras.filter((p) => p.sdtTag === GUIDANCE_TAG);
    const expected = defaultTemplate.sections.flatMap((s) => guidanceOf(s, defaultTemplate));
    expect(guidance.map((g) => g.text)).toEqual(expected);
    expect(guidance.every((g) => g.showingPlaceholder && g.italic && g.color === '7F7F7F' && g.sdtAlias === 'Hướng dẫn')).toBe(true);
    // The heading guidance of 1.III.3 lost its leading ": ".
    expect(expected).toContain('Đề xuất khó khăn, vướng mắc cần phải giải quyết; kiến nghị phương hướng, giải pháp nhằm nâng cao hiệu quả, chất lượng công tác Mặt trận năm 2024.');
    // The closing note of the outline is guidance of the last item of part two.
    expect(guidance[guidance.length - 1].text).toBe(defaultTemplate.closingGuidance[0]);
    // Lead-in sentences are report text, not guidance.
    const lead = paras.find((p) => p.text.startsWith('Ủy ban MTTQ Việt Nam các cấp và các tổ chức thành viên'));
    expect(lead).toBeDefined();
    expect(lead?.sdtTag).toBeUndefined();
  });

  it('sets A4 and the decree margins in sectPr', () => {
    const { attrs } = paragraphsOf(files['word/document.xml']);
    const size = attrs.get('w:pgSz')?.[0];
    const margins = attrs.get('w:pgMar')?.[0];
    expect(size).toEqual({ 'w:w': '11906', 'w:h': '16838' });
    const mm = (twips: string): number => Math.round((Number(twips) / 1440) * 25.4);
    expect(mm(margins!['w:top'])).toBeGreaterThanOrEqual(20);
    expect(mm(margins!['w:top'])).toBeLessThanOrEqual(25);
    expect(mm(margins!['w:bottom'])).toBeGreaterThanOrEqual(20);
    expect(mm(margins!['w:bottom'])).toBeLessThanOrEqual(25);
    expect(mm(margins!['w:left'])).toBeGreaterThanOrEqual(30);
    expect(mm(margins!['w:left'])).toBeLessThanOrEqual(35);
    expect(mm(margins!['w:right'])).toBeGreaterThanOrEqual(15);
    expect(mm(margins!['w:right'])).toBeLessThanOrEqual(20);
    expect(Number(margins!['w:left'])).toBe(PAGE.marginLeft);
  });

  it('defines the built-in heading styles by their language-independent names, in Times New Roman', () => {
    const { attrs } = paragraphsOf(files['word/styles.xml']);
    const styles = attrs.get('w:style') ?? [];
    const names = attrs.get('w:name') ?? [];
    for (let level = 1; level <= 4; level++) {
      expect(styles.some((s) => s['w:styleId'] === `Heading${level}`)).toBe(true);
      expect(names.some((n) => n['w:val'] === `heading ${level}`)).toBe(true);
    }
    expect((attrs.get('w:outlineLvl') ?? []).map((o) => o['w:val'])).toEqual(['0', '1', '2', '3']);
    expect((attrs.get('w:rFonts') ?? []).every((f) => f['w:ascii'] === 'Times New Roman')).toBe(true);
  });

  it('reads back with the project .docx reader: every heading at its level, guidance flagged', () => {
    const snapshot = readDocx(buildTemplateDocx(OPTS));
    const headings = snapshot.paragraphs.filter((p) => p.headingLevel !== undefined);
    expect(headings.map((h) => h.headingLevel)).toEqual(defaultTemplate.sections.map((s) => s.level));
    expect(headings.map((h) => h.text.replace(/\s+/g, ' '))).toEqual(defaultTemplate.sections.map((s) => headingLine(s).replace(/\s+/g, ' ')));
    const flagged = snapshot.paragraphs.filter((p) => p.isGuidancePlaceholder).map((p) => p.text);
    expect(flagged).toEqual(defaultTemplate.sections.flatMap((s) => guidanceOf(s, defaultTemplate)));
    expect(snapshot.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toContain('TM. BAN THƯỜNG TRỰC');
  });
});

describe('user input', () => {
  it('escapes XML in the unit and place, and writes the unit in upper case', () => {
    const xml = buildBodyXml({ unit: 'Ban "A" & <B>', place: "Hà Nội's", date: DATE });
    const { paras } = paragraphsOf(`<w:body xmlns:w="w">${xml}</w:body>`);
    expect(paras[0].text).toBe('BAN "A" & <B>');
    expect(paras.some((p) => p.text === "Hà Nội's, ngày … tháng … năm 2023")).toBe(true);
    expect(escapeXml('a\u0001b<')).toBe('ab&lt;');
  });

  it('falls back to visible placeholders when unit and place are empty', () => {
    const xml = buildBodyXml({ unit: '   ', place: '', date: DATE });
    const { paras } = paragraphsOf(`<w:body xmlns:w="w">${xml}</w:body>`);
    expect(paras[0].text).toBe(UNIT_PLACEHOLDER);
    expect(paras.some((p) => /^…+, ngày … tháng … năm 2023$/.test(p.text))).toBe(true);
  });
});

describe('Flat OPC for insertOoxml', () => {
  it('packs the document and styles parts, well-formed', () => {
    const xml = buildFlatOpc(OPTS);
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<?mso-application progid="Word.Document"?>');
    const { attrs, paras } = paragraphsOf(xml);
    expect((attrs.get('pkg:part') ?? []).map((p) => p['pkg:name'])).toEqual(['/_rels/.rels', '/word/_rels/document.xml.rels', '/word/document.xml', '/word/styles.xml']);
    // No section properties: an insertion keeps the page setup of its document.
    expect(attrs.get('w:sectPr')).toBeUndefined();
    expect(paras.filter((p) => p.style === 'Heading1')).toHaveLength(2);
  });

  it('holds only the requested headings and their guidance placeholders', () => {
    const sections = defaultTemplate.sections.filter((s) => s.id === '1.I' || s.id === '2.6');
    const { paras } = paragraphsOf(buildHeadingsFlatOpc(sections));
    const headings = paras.filter((p) => p.style?.startsWith('Heading'));
    expect(headings.map((h) => h.text)).toEqual(sections.map((s) => headingLine(s)));
    expect(headings.map((h) => h.style)).toEqual(['Heading2', 'Heading3']);
    const guidance = paras.filter((p) => p.sdtTag === GUIDANCE_TAG).map((p) => p.text);
    expect(guidance).toEqual([...guidanceOf(sections[0]), ...defaultTemplate.closingGuidance]);
    // No header, title, lead text or signature; one empty paragraph outside any control last (the
    // last paragraph of an inserted package merges with what follows it in Word).
    expect(paras).toHaveLength(headings.length + guidance.length + 1);
    const last = paras[paras.length - 1];
    expect(last.text).toBe('');
    expect(last.sdtTag).toBeUndefined();
    expect(last.style).toBeUndefined();
  });

  it('cancels list numbering on every heading (resident heading styles linked to a list)', () => {
    for (const xml of [buildHeadingsFlatOpc(defaultTemplate.sections), buildFlatOpc({ unit: 'A', place: 'B' })]) {
      const headings = xml.match(/<w:p><w:pPr><w:pStyle w:val="Heading\d"\/>.*?<\/w:pPr>/g) ?? [];
      expect(headings).toHaveLength(defaultTemplate.sections.length);
      for (const h of headings) expect(h).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>');
    }
  });

  it('ends the whole outline with an empty paragraph after the signature table', () => {
    const xml = buildFlatOpc({ unit: 'A', place: 'B' });
    expect(xml).toMatch(/<\/w:tbl><w:p><w:pPr>(?:(?!<w:t).)*?<\/w:pPr><\/w:p><\/w:body>/);
  });
});
