// The report skeleton as WordprocessingML, built from the template data.
//
// One generator serves two writers: the Word add-in inserts `buildFlatOpc` with insertOoxml
// (WordApi 1.1), and `buildTemplateDocx` packs the same body into a complete .docx file.
//
// Layout follows Nghị định 30/2020/NĐ-CP: Times New Roman, A4, margins top/bottom 20 mm, left
// 30 mm, right 15 mm, a two-column header block (issuing body | national motto), the title, the
// body, then the "Nơi nhận" / signature block. Headings use Word's built-in "heading 1..4" styles
// (so the Navigation pane and a table of contents work in any UI language) with their numbering
// typed as text; each heading also carries its formatting directly, so it keeps the decree's look
// when inserted into a document whose own Heading styles differ.
//
// The outline's guidance is written as placeholder text of a block content control (tag
// "mttq-guidance", alias "Hướng dẫn"): grey italic, removed as soon as the user types in it, never
// taken for report text.
import { zipSync, strToU8 } from 'fflate';
import { defaultTemplate } from '../template';
import type { ReportTemplate, TemplateSection } from '../template/types';

export interface SkeletonOptions {
  /** Issuing body: "ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH" (written in upper case). */
  unit: string;
  /** Place for the date line: "Bắc Ninh". */
  place: string;
  /** Date of the report (its year goes on the date line); defaults to today. */
  date?: Date;
  /** The outline; defaults to the current official one. */
  template?: ReportTemplate;
}

/** Tag of the content controls that hold the outline's guidance (contract with the readers). */
export const GUIDANCE_TAG = 'mttq-guidance';
/** Title (alias) of those content controls, shown by Word on the control's handle. */
export const GUIDANCE_ALIAS = 'Hướng dẫn';
/** Shown when the user left the issuing body empty. */
export const UNIT_PLACEHOLDER = 'ỦY BAN MTTQ VIỆT NAM …';
/** Shown when the user left the place empty. */
export const PLACE_PLACEHOLDER = '…………';

/** Page geometry in twips (1 mm = 56.7 twips). */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1134, // 20 mm
  marginBottom: 1134, // 20 mm
  marginLeft: 1701, // 30 mm
  marginRight: 851, // 15 mm
  header: 567,
  footer: 567,
} as const;

const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight; // 9354
const HEADER_LEFT = 3686; // 6.5 cm
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
const SIGN_LEFT = 4536; // 8 cm
const SIGN_RIGHT = TEXT_WIDTH - SIGN_LEFT;

const FONT = 'Times New Roman';
/** Half-points. */
const SZ_BODY = 28; // 14 pt
const SZ_HEADER = 26; // 13 pt
const SZ_HEADER_SMALL = 24; // 12 pt
const SZ_RECIPIENTS = 22; // 11 pt
/** First-line indent of body paragraphs: 1 cm. */
const FIRST_LINE = 567;
const GREY = '7F7F7F';

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const REL_SETTINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings';
const REL_CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const REL_APP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties';
const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';
const CT_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
const CT_SETTINGS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml';
const CT_CORE = 'application/vnd.openxmlformats-package.core-properties+xml';
const CT_APP = 'application/vnd.openxmlformats-officedocument.extended-properties+xml';

// ---------------------------------------------------------------------------------------------
// XML helpers

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Collapses whitespace of a user input (tabs, new lines, repeated spaces) into single spaces. */
function cleanInput(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** Half-points. */
  size?: number;
  color?: string;
  /** Character style id. */
  style?: string;
}

interface ParaFormat {
  style?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  firstLine?: number;
  /** Twips. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  /**
   * Cancel list numbering on the paragraph (w:numId 0). A destination document's own "heading N"
   * style wins over the package's ("If a style is already in use in the destination document, your
   * content will take on the resident definition":
   * https://learn.microsoft.com/en-us/office/dev/add-ins/word/create-better-add-ins-for-word ), and
   * many offices link Heading 1-4 to a multilevel list: without this the heading would read
   * "I. I. CÔNG TÁC …".
   */
  noNumbering?: boolean;
}

function rPr(f: RunFormat): string {
  let x = '';
  if (f.style) x += `<w:rStyle w:val="${f.style}"/>`;
  x += `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>`;
  if (f.bold) x += '<w:b/><w:bCs/>';
  if (f.italic) x += '<w:i/><w:iCs/>';
  if (f.color) x += `<w:color w:val="${f.color}"/>`;
  if (f.size) x += `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>`;
  return `<w:rPr>${x}</w:rPr>`;
}

function pPr(f: ParaFormat, run: RunFormat): string {
  let x = '';
  if (f.style) x += `<w:pStyle w:val="${f.style}"/>`;
  if (f.keepNext) x += '<w:keepNext/>';
  // CT_PPrBase order: pStyle, keepNext, keepLines, ..., numPr, ..., spacing, ind, jc.
  if (f.noNumbering) x += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
  x += `<w:spacing w:before="${f.before ?? 0}" w:after="${f.after ?? 0}"/>`;
  if (f.firstLine !== undefined) {
    x += `<w:ind w:left="0" w:firstLine="${f.firstLine}"/>`;
  }
  if (f.align) x += `<w:jc w:val="${f.align}"/>`;
  // The paragraph mark carries the run formatting too (its size decides the empty line's height).
  x += rPr(run);
  return `<w:pPr>${x}</w:pPr>`;
}

/** A run of text; "\n" becomes a line break inside the paragraph. */
function runs(text: string, f: RunFormat): string {
  return text
    .split('\n')
    .map((line, i) => `<w:r>${rPr(f)}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

/** A paragraph; `mark` formats the paragraph mark (and what the user types after it), default `r`. */
function paragraph(text: string, p: ParaFormat, r: RunFormat, mark: RunFormat = r): string {
  return `<w:p>${pPr(p, mark)}${text.length > 0 ? runs(text, r) : ''}</w:p>`;
}

/**
 * A short horizontal line, as the decree draws under the issuing body and under the motto: an
 * empty 1 pt paragraph whose bottom border is shortened by equal left and right indents.
 */
function ruleParagraph(cellWidth: number, lineWidth: number): string {
  const indent = Math.max(0, Math.round((cellWidth - lineWidth) / 2));
  return (
    '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' +
    '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>' +
    `<w:ind w:left="${indent}" w:right="${indent}"/><w:jc w:val="center"/>` +
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
  );
}

function bodyParagraph(text: string): string {
  return paragraph(text, { align: 'both', firstLine: FIRST_LINE, before: 120, after: 0 }, { size: SZ_BODY });
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** Borderless table of one row and two cells holding the given cell contents. */
function twoColumnTable(leftWidth: number, rightWidth: number, left: string, right: string): string {
  const none = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="nil"/>`)
    .join('');
  const cell = (width: number, content: string): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  return (
    '<w:tbl>' +
    `<w:tblPr><w:tblW w:w="${leftWidth + rightWidth}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    '</w:tblPr>' +
    `<w:tblGrid><w:gridCol w:w="${leftWidth}"/><w:gridCol w:w="${rightWidth}"/></w:tblGrid>` +
    `<w:tr>${cell(leftWidth, left)}${cell(rightWidth, right)}</w:tr>` +
    '</w:tbl>'
  );
}

/** The unit as it goes on the header: upper case, or the visible placeholder when empty. */
export function unitLine(unit: string): string {
  const clean = cleanInput(unit);
  return clean.length > 0 ? clean.toLocaleUpperCase('vi') : UNIT_PLACEHOLDER;
}

/** The date line: "Bắc Ninh, ngày … tháng … năm 2023" (day and month are filled in at signing). */
export function dateLine(place: string, date: Date = new Date()): string {
  const clean = cleanInput(place);
  return `${clean.length > 0 ? clean : PLACE_PLACEHOLDER}, ngày … tháng … năm ${date.getFullYear()}`;
}

function headerBlock(opts: SkeletonOptions): string {
  const center = { align: 'center' as const };
  const left =
    paragraph(unitLine(opts.unit), center, { size: SZ_HEADER_SMALL }) +
    paragraph('BAN THƯỜNG TRỰC', center, { bold: true, size: SZ_HEADER }) +
    ruleParagraph(HEADER_LEFT, 1300) +
    paragraph('Số:      /BC-MTTQ-BTT', { ...center, before: 160 }, { size: SZ_HEADER });
  const right =
    paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', center, { bold: true, size: SZ_HEADER_SMALL }) +
    paragraph('Độc lập - Tự do - Hạnh phúc', center, { bold: true, size: SZ_HEADER }) +
    ruleParagraph(HEADER_RIGHT, 3500) +
    paragraph(dateLine(opts.place, opts.date), { ...center, before: 160 }, { italic: true, size: SZ_BODY });
  return twoColumnTable(HEADER_LEFT, HEADER_RIGHT, left, right);
}

function titleBlock(template: ReportTemplate): string {
  const f = { bold: true, size: SZ_BODY };
  return (
    paragraph('BÁO CÁO', { align: 'center', before: 360, keepNext: true }, f) +
    template.title.map((line, i) => paragraph(line, { align: 'center', keepNext: true, after: i === template.title.length - 1 ? 240 : 0 }, f)).join('')
  );
}

/** The heading line: "I. CÔNG TÁC ...", or for a part "Phần thứ nhất" + line break + title. */
export function headingLine(section: Pick<TemplateSection, 'level' | 'numbering' | 'title'>): string {
  return section.level === 1 ? `${section.numbering}\n${section.title}` : `${section.numbering} ${section.title}`;
}

function heading(section: TemplateSection): string {
  const level = section.level;
  const style = `Heading${level}`;
  if (level === 1) {
    return paragraph(headingLine(section), { style, align: 'center', before: 240, after: 120, keepNext: true, noNumbering: true }, { bold: true, size: SZ_BODY, color: '000000' });
  }
  return paragraph(
    headingLine(section),
    { style, align: 'both', firstLine: FIRST_LINE, before: 120, after: 0, keepNext: true, noNumbering: true },
    { bold: true, italic: level === 4, size: SZ_BODY, color: '000000' },
  );
}

/** The guidance text of a section: heading guidance (without its leading ": "), then paragraphs. */
export function guidanceOf(section: TemplateSection, template?: ReportTemplate): string[] {
  const out: string[] = [];
  const head = (section.headingGuidance ?? '').replace(/^[\s:]+/, '').trim();
  if (head.length > 0) out.push(head);
  for (const g of section.guidance) if (g.trim().length > 0) out.push(g);
  if (template && isLastOfPartTwo(section, template)) {
    for (const g of template.closingGuidance) if (g.trim().length > 0) out.push(g);
  }
  return out;
}

function isLastOfPartTwo(section: TemplateSection, template: ReportTemplate): boolean {
  const partTwo = template.sections.filter((s) => s.id === '2' || s.id.startsWith('2.'));
  return partTwo.length > 0 && partTwo[partTwo.length - 1].id === section.id;
}

let sdtCounter = 0;
/** A fresh content-control id (Word renumbers duplicates on insertion, so a counter is enough). */
function nextSdtId(): number {
  sdtCounter = (sdtCounter + 1) % 0x3fffffff;
  return 0x1d000000 + sdtCounter;
}

/**
 * The guidance as placeholder text of a block content control. Only the placeholder runs are grey
 * italic: the control's own run properties and the paragraph marks are plain body text, so what
 * the user types in place of the guidance looks like the rest of the report.
 */
function guidanceBlock(lines: string[]): string {
  if (lines.length === 0) return '';
  const plain: RunFormat = { size: SZ_BODY };
  const content = lines
    .map((line) =>
      paragraph(
        line,
        { align: 'both', firstLine: FIRST_LINE, before: 120, after: 0 },
        { style: 'PlaceholderText', italic: true, color: GREY, size: SZ_BODY },
        plain,
      ),
    )
    .join('');
  return (
    '<w:sdt><w:sdtPr>' +
    rPr(plain) +
    `<w:alias w:val="${escapeXml(GUIDANCE_ALIAS)}"/><w:tag w:val="${GUIDANCE_TAG}"/><w:id w:val="${nextSdtId()}"/>` +
    '<w:temporary/><w:showingPlcHdr/>' +
    `</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

function sectionXml(section: TemplateSection, template: ReportTemplate | undefined, withLead: boolean): string {
  let x = heading(section) + guidanceBlock(guidanceOf(section, template));
  if (withLead) for (const lead of section.lead ?? []) x += bodyParagraph(lead);
  return x;
}

function closingBlock(template: ReportTemplate): string {
  const left =
    paragraph(template.recipients.heading, { align: 'left', before: 240 }, { bold: true, italic: true, size: SZ_HEADER_SMALL }) +
    template.recipients.placeholder.map((p) => paragraph(`- ${p};`, { align: 'left' }, { size: SZ_RECIPIENTS })).join('');
  const right =
    paragraph(template.signature.heading, { align: 'center', before: 240 }, { bold: true, size: SZ_BODY }) +
    paragraph(template.signature.note, { align: 'center' }, { italic: true, size: SZ_BODY });
  return twoColumnTable(SIGN_LEFT, SIGN_RIGHT, left, right);
}

// ---------------------------------------------------------------------------------------------
// Public builders

/**
 * The children of `w:body` for the whole skeleton (header block, title, every section with its
 * lead text and guidance placeholders, recipients and signature). No `w:sectPr`: a document adds
 * `sectionPropertiesXml()`, an insertion keeps the page setup of the document it goes into.
 */
export function buildBodyXml(opts: SkeletonOptions): string {
  const template = opts.template ?? defaultTemplate;
  // Word does not allow a table as the last thing before the section end, and the last paragraph
  // of an inserted package merges with what follows it: end with an empty paragraph after the
  // signature table.
  return (
    headerBlock(opts) +
    titleBlock(template) +
    template.sections.map((s) => sectionXml(s, template, true)).join('') +
    closingBlock(template) +
    TRAILING_PARAGRAPH
  );
}

/**
 * An empty body paragraph outside any content control that ends every package given to
 * insertOoxml. Word merges the last paragraph of an inserted package with the paragraph after the
 * insertion point, and it loses its style (OfficeDev/office-js#2914, OfficeDev/office-js#866):
 * with this paragraph last, only an empty paragraph can merge, and the add-in removes it when it
 * is left over.
 */
export const TRAILING_PARAGRAPH = paragraph('', {}, { size: SZ_BODY });

/**
 * Just the given headings, each followed by its guidance placeholder (for repair), then the
 * trailing empty paragraph.
 */
export function buildHeadingsBodyXml(sections: TemplateSection[], template: ReportTemplate = defaultTemplate): string {
  return sections.map((s) => sectionXml(s, template, false)).join('') + TRAILING_PARAGRAPH;
}

/** Page size A4 and the decree's margins. */
export function sectionPropertiesXml(): string {
  return (
    '<w:sectPr>' +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.marginTop}" w:right="${PAGE.marginRight}" w:bottom="${PAGE.marginBottom}" w:left="${PAGE.marginLeft}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    '<w:cols w:space="720"/><w:docGrid w:linePitch="381"/>' +
    '</w:sectPr>'
  );
}

function documentXml(bodyChildren: string, withSectPr: boolean): string {
  return (
    `<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}">` +
    `<w:body>${bodyChildren}${withSectPr ? sectionPropertiesXml() : ''}</w:body>` +
    '</w:document>'
  );
}

function headingStyle(level: 1 | 2 | 3 | 4): string {
  const align = level === 1 ? '<w:jc w:val="center"/>' : '<w:ind w:firstLine="567"/><w:jc w:val="both"/>';
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}">` +
    `<w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
    `<w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 240 : 120}" w:after="${level === 1 ? 120 : 0}"/>${align}<w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:b/><w:bCs/>${level === 4 ? '<w:i/><w:iCs/>' : ''}<w:color w:val="000000"/><w:sz w:val="${SZ_BODY}"/><w:szCs w:val="${SZ_BODY}"/></w:rPr>` +
    '</w:style>'
  );
}

/** The styles part: Times New Roman 14 pt defaults, Normal, Heading 1-4, Placeholder Text. */
export function stylesXml(): string {
  return (
    `<w:styles xmlns:w="${NS_W}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>` +
    `<w:sz w:val="${SZ_BODY}"/><w:szCs w:val="${SZ_BODY}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
    '</w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:spacing w:before="120" w:after="0"/><w:ind w:firstLine="${FIRST_LINE}"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:sz w:val="${SZ_BODY}"/><w:szCs w:val="${SZ_BODY}"/></w:rPr></w:style>` +
    headingStyle(1) +
    headingStyle(2) +
    headingStyle(3) +
    headingStyle(4) +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>' +
    `<w:rPr><w:i/><w:iCs/><w:color w:val="${GREY}"/></w:rPr></w:style>` +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

function flatOpc(bodyChildren: string): string {
  const part = (name: string, type: string, xml: string, padding?: number): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"${padding ? ` pkg:padding="${padding}"` : ''}><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      '/_rels/.rels',
      CT_RELS,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
      512,
    ) +
    part(
      '/word/_rels/document.xml.rels',
      CT_RELS,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
      256,
    ) +
    part('/word/document.xml', CT_DOCUMENT, documentXml(bodyChildren, false)) +
    part('/word/styles.xml', CT_STYLES, stylesXml()) +
    '</pkg:package>'
  );
}

/** The whole skeleton as a Flat OPC package (document + styles parts) for insertOoxml. */
export function buildFlatOpc(opts: SkeletonOptions): string {
  return flatOpc(buildBodyXml(opts));
}

/**
 * Only these headings, each with its guidance placeholder, as a Flat OPC package (repair of
 * missing headings). `template` supplies the closing guidance of the last item of part two.
 */
export function buildHeadingsFlatOpc(sections: TemplateSection[], template: ReportTemplate = defaultTemplate): string {
  return flatOpc(buildHeadingsBodyXml(sections, template));
}

function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A complete .docx of the skeleton: A4, the decree's margins, styles, settings, properties. */
export function buildTemplateDocx(opts: SkeletonOptions): Uint8Array {
  const template = opts.template ?? defaultTemplate;
  const date = opts.date ?? new Date();
  const xmlDecl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const title = `Báo cáo ${template.title.join(' ').replace(/\s+/g, ' ').trim()}`;
  const contentTypes =
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Default Extension="rels" ContentType="${CT_RELS}"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="${CT_DOCUMENT}"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${CT_STYLES}"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${CT_SETTINGS}"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="${CT_CORE}"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${CT_APP}"/>` +
    '</Types>';
  const rootRels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_CORE}" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL_APP}" Target="docProps/app.xml"/>` +
    '</Relationships>';
  const documentRels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_SETTINGS}" Target="settings.xml"/>` +
    '</Relationships>';
  const settings =
    `<w:settings xmlns:w="${NS_W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="vi-VN"/></w:settings>';
  const core =
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dc:creator>${escapeXml(unitLine(opts.unit))}</dc:creator>` +
    '<dc:language>vi-VN</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(date)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(date)}</dcterms:modified>` +
    '</cp:coreProperties>';
  const app =
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Template>${escapeXml(template.id)}</Template><DocSecurity>0</DocSecurity></Properties>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(xmlDecl + contentTypes),
    '_rels/.rels': strToU8(xmlDecl + rootRels),
    'word/document.xml': strToU8(xmlDecl + documentXml(buildBodyXml(opts), true)),
    'word/_rels/document.xml.rels': strToU8(xmlDecl + documentRels),
    'word/styles.xml': strToU8(xmlDecl + stylesXml()),
    'word/settings.xml': strToU8(xmlDecl + settings),
    'docProps/core.xml': strToU8(xmlDecl + core),
    'docProps/app.xml': strToU8(xmlDecl + app),
  };
  return zipSync(files, { level: 6, mtime: date });
}
