// Builds small .docx packages for tests: fflate zipSync over string templates.
import { strToU8, zipSync } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_DECLS =
  `xmlns:w="${W_NS}" ` +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'mc:Ignorable="w14"';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** WordprocessingML inside <w:body>. */
  body: string;
  /** w:style elements (wrapped in w:styles), or a whole styles.xml (starting with "<?xml"). */
  styles?: string;
  /** w:abstractNum and w:num elements (wrapped in w:numbering), or a whole numbering.xml. */
  numbering?: string;
  /** Custom document properties (string values), written to docProps/custom.xml. */
  customProps?: Record<string, string>;
  /** Raw docProps/custom.xml (to test damaged ones). */
  customXml?: string;
  /** Where the main document part lives; the relationships and content types follow. */
  mainPart?: string;
  /** Name of the styles part, relative to the main part's folder (default "styles.xml"). */
  stylesTarget?: string;
  /** Leave the main document part out (the rest of the package stays). */
  omitDocument?: boolean;
  /** Other parts, by name. */
  extraParts?: Record<string, string | Uint8Array>;
  /** Deflate level (default 6); large test inputs build faster with 1. */
  level?: 0 | 1 | 6;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function documentXml(body: string): string {
  return `${XML_DECL}<w:document ${NS_DECLS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

export function stylesXml(styles: string): string {
  return styles.startsWith('<?xml') ? styles : `${XML_DECL}<w:styles ${NS_DECLS}>${styles}</w:styles>`;
}

export function numberingXml(numbering: string): string {
  return numbering.startsWith('<?xml') ? numbering : `${XML_DECL}<w:numbering ${NS_DECLS}>${numbering}</w:numbering>`;
}

export function customXml(props: Record<string, string>): string {
  const items = Object.entries(props)
    .map(
      ([name, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
    )
    .join('');
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items}</Properties>`
  );
}

function relativeTo(fromFolder: string, target: string): string {
  return target.startsWith(fromFolder) ? target.slice(fromFolder.length) : `/${target}`;
}

/** A .docx package (bytes) with the given body and optional styles, numbering and properties. */
export function buildDocx(parts: DocxParts): Uint8Array {
  const main = parts.mainPart ?? 'word/document.xml';
  const slash = main.lastIndexOf('/');
  const folder = main.slice(0, slash + 1);
  const mainRels = `${folder}_rels/${main.slice(slash + 1)}.rels`;
  const stylesName = `${folder}${parts.stylesTarget ?? 'styles.xml'}`;
  const numberingName = `${folder}numbering.xml`;
  const hasCustom = parts.customProps !== undefined || parts.customXml !== undefined;

  const overrides = [
    `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
  ];
  const docRels: string[] = [];
  const files: Record<string, Uint8Array> = {};
  if (!parts.omitDocument) files[main] = strToU8(documentXml(parts.body));
  if (parts.styles !== undefined) {
    files[stylesName] = strToU8(stylesXml(parts.styles));
    overrides.push(
      `<Override PartName="/${stylesName}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
    );
    docRels.push(`<Relationship Id="rId1" Type="${REL_TYPE}/styles" Target="${relativeTo(folder, stylesName)}"/>`);
  }
  if (parts.numbering !== undefined) {
    files[numberingName] = strToU8(numberingXml(parts.numbering));
    overrides.push(
      `<Override PartName="/${numberingName}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`,
    );
    docRels.push(`<Relationship Id="rId2" Type="${REL_TYPE}/numbering" Target="${relativeTo(folder, numberingName)}"/>`);
  }
  if (hasCustom) {
    files['docProps/custom.xml'] = strToU8(parts.customXml ?? customXml(parts.customProps ?? {}));
    overrides.push(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
  }
  files['[Content_Types].xml'] = strToU8(
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${XML_DECL}<Relationships xmlns="${REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="${main}"/>` +
      (hasCustom ? `<Relationship Id="rId2" Type="${REL_TYPE}/custom-properties" Target="docProps/custom.xml"/>` : '') +
      '</Relationships>',
  );
  files[mainRels] = strToU8(`${XML_DECL}<Relationships xmlns="${REL_NS}">${docRels.join('')}</Relationships>`);
  for (const [name, content] of Object.entries(parts.extraParts ?? {})) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level: parts.level ?? 6 });
}

// ---------------------------------------------------------------------------------------------
// WordprocessingML snippets.

export interface ParagraphOptions {
  style?: string;
  numId?: string | number;
  ilvl?: number;
  outline?: number;
}

/** One run with text (spaces kept). */
export function r(text: string): string {
  return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph holding `content` (runs; a plain string becomes one run). */
export function p(content: string, options: ParagraphOptions = {}): string {
  const props: string[] = [];
  if (options.style !== undefined) props.push(`<w:pStyle w:val="${options.style}"/>`);
  if (options.numId !== undefined || options.ilvl !== undefined) {
    props.push(
      `<w:numPr>${options.ilvl !== undefined ? `<w:ilvl w:val="${options.ilvl}"/>` : ''}${
        options.numId !== undefined ? `<w:numId w:val="${options.numId}"/>` : ''
      }</w:numPr>`,
    );
  }
  if (options.outline !== undefined) props.push(`<w:outlineLvl w:val="${options.outline}"/>`);
  props.push('<w:spacing w:before="120" w:after="120"/><w:jc w:val="both"/>');
  const runs = content.startsWith('<') ? content : r(content);
  return `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr>${props.join('')}</w:pPr>${runs}</w:p>`;
}

/** A table: rows of cells, each cell a list of body elements (a string becomes one paragraph). */
export function table(rows: (string | string[])[][]): string {
  const body = rows
    .map(
      (cells) =>
        `<w:tr>${cells
          .map((cell) => {
            const content = Array.isArray(cell) ? cell.join('') : cell.startsWith('<') ? cell : p(cell);
            return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
          })
          .join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${body}</w:tbl>`;
}

/** A paragraph style; `numId` / `ilvl` / `outline` go to its w:pPr. */
export function style(
  id: string,
  name: string,
  options: { basedOn?: string; outline?: number; numId?: string | number; ilvl?: number; isDefault?: boolean; type?: string } = {},
): string {
  const pPr: string[] = [];
  if (options.numId !== undefined || options.ilvl !== undefined) {
    pPr.push(
      `<w:numPr>${options.ilvl !== undefined ? `<w:ilvl w:val="${options.ilvl}"/>` : ''}${
        options.numId !== undefined ? `<w:numId w:val="${options.numId}"/>` : ''
      }</w:numPr>`,
    );
  }
  if (options.outline !== undefined) pPr.push(`<w:outlineLvl w:val="${options.outline}"/>`);
  return (
    `<w:style w:type="${options.type ?? 'paragraph'}"${options.isDefault ? ' w:default="1"' : ''} w:styleId="${id}">` +
    `<w:name w:val="${escapeXml(name)}"/>${options.basedOn ? `<w:basedOn w:val="${options.basedOn}"/>` : ''}` +
    '<w:qFormat/>' +
    (pPr.length > 0 ? `<w:pPr><w:keepNext/>${pPr.join('')}<w:spacing w:before="240"/></w:pPr>` : '') +
    '<w:rPr><w:b/></w:rPr></w:style>'
  );
}

/** Styles as Word writes them: Normal (default) and "heading 1".."heading 4" with outline levels. */
export const WORD_STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:latentStyles w:defLockedState="0"><w:lsdException w:name="heading 1" w:uiPriority="9"/></w:latentStyles>' +
  style('Normal', 'Normal', { isDefault: true }) +
  style('Heading1', 'heading 1', { basedOn: 'Normal', outline: 0 }) +
  style('Heading2', 'heading 2', { basedOn: 'Normal', outline: 1 }) +
  style('Heading3', 'heading 3', { basedOn: 'Normal', outline: 2 }) +
  style('Heading4', 'heading 4', { basedOn: 'Normal', outline: 3 }) +
  style('Title', 'Title', { basedOn: 'Normal' });

/** A w:lvl element. */
export function lvl(
  ilvl: number,
  numFmt: string,
  lvlText: string,
  options: { start?: number; pStyle?: string; restart?: number; isLgl?: boolean } = {},
): string {
  return (
    `<w:lvl w:ilvl="${ilvl}" w:tplc="04090001"><w:start w:val="${options.start ?? 1}"/><w:numFmt w:val="${numFmt}"/>` +
    (options.restart !== undefined ? `<w:lvlRestart w:val="${options.restart}"/>` : '') +
    (options.pStyle !== undefined ? `<w:pStyle w:val="${options.pStyle}"/>` : '') +
    (options.isLgl ? '<w:isLgl/>' : '') +
    `<w:lvlText w:val="${escapeXml(lvlText)}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${360 * (ilvl + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>`
  );
}

export function abstractNum(id: number, levels: string, extra = ''): string {
  return `<w:abstractNum w:abstractNumId="${id}"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/>${extra}${levels}</w:abstractNum>`;
}

export function num(numId: number, abstractNumId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>${overrides}</w:num>`;
}
