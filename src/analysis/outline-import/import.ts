// Import an official outline from its document: headings by their numbering and position, the
// guidance and lead-in sentences of each section, what each section must hold, its required
// figures, the closing notes, the recipients and the signature block. Pure: paragraphs in, outline out.
import type { LevelVocabulary, ReportTemplate, SectionKind, TemplateSection } from '../../template/types';
import type { DocumentSnapshot } from '../types';
import { figureAsks, type FigureAsk } from './figure-asks';
import { genericPhrasesOf } from './generic-phrases';
import { isOptionalMark, parseHeading, splitHeadingLine, type ParsedHeading } from './headings';
import { BULLET, readClosing, RECIPIENTS, SIGNATURE, type ImportNote } from './closing';
import { outlineLines, type OutlineLine } from './lines';

export type { ImportNote } from './closing';

export interface ImportResult {
  outline: ReportTemplate;
  notes: ImportNote[];
}

export interface ImportOptions {
  id?: string;
  version?: string;
}

interface Draft {
  section: TemplateSection;
  style: LevelVocabulary['style'];
  body: OutlineLine[];
  optional: boolean;
}

/** Lines of the document's header, not of the report's title: agency, motto, "ĐỀ CƯƠNG", number, date. */
const DOC_HEADER = /^(cộng hòa|cộng hoà|độc lập\s*[-–]|đề cương|\(?kèm theo|số\s*:|v\/v|.*,\s*ngày\s.*tháng\s.*năm|(ủy|uỷ) ban\b|ban thường trực$|mặt trận tổ quốc việt nam$|báo cáo$|[-*_=.\s]+$)/iu;
/** Instruction words: a sentence that opens with one is guidance, not a lead-in of the report. */
const INSTRUCTION = /^(nêu|đánh giá|khái quát|chỉ ra|báo cáo|tổng hợp|phân tích|làm rõ|liệt kê|ghi|mô tả|đề xuất|kiến nghị|tập trung|lưu ý|chú ý|căn cứ)/iu;
const WHOLE_PARENS = /^\(.*\)[.;]?$/u;

function isLead(text: string): boolean {
  return !BULLET.test(text) && !WHOLE_PARENS.test(text) && /:\s*$/u.test(text) && !INSTRUCTION.test(text);
}

function yearsOf(lines: string[]): number[] {
  const years: number[] = [];
  for (const l of lines) for (const m of l.matchAll(/năm\s+((?:19|20)\d\d)\b/giu)) years.push(Number(m[1]));
  if (years.length === 0) for (const l of lines) for (const m of l.matchAll(/(?<![\d/])((?:19|20)\d\d)(?![\d/])/gu)) years.push(Number(m[1]));
  return years;
}

export function importOutline(snapshot: DocumentSnapshot, options: ImportOptions = {}): ImportResult {
  const lines = outlineLines(snapshot);
  const notes: ImportNote[] = [];
  const parsed = lines.map((l) => parseHeading(l.text));
  let first = parsed.findIndex((h) => h !== undefined && (h.kind === 'part' || h.kind === 'roman'));
  if (first < 0) first = parsed.findIndex((h) => h !== undefined);
  if (first < 0) first = lines.length;

  const title: string[] = [];
  for (const l of lines.slice(0, first)) {
    if (DOC_HEADER.test(l.text)) notes.push({ paragraph: l.index, text: l.text, message: 'dòng đầu văn bản, không thuộc tiêu đề báo cáo', messageEn: 'document header line, not part of the report title' });
    else title.push(l.text);
  }

  const drafts: Draft[] = [];
  const ids = new Set<string>();
  let partId: string | undefined;
  let romanId: string | undefined;
  let lastNumber: { id: string; values: number[]; level: number } | undefined;
  let current: Draft | undefined;
  let closingAt = lines.length;

  const uniqueId = (id: string, line: OutlineLine): string => {
    if (!ids.has(id)) return id;
    let k = 2;
    while (ids.has(`${id}-${k}`)) k++;
    notes.push({ paragraph: line.index, text: line.text, message: `số thứ tự lặp lại; mục được đặt mã ${id}-${k}`, messageEn: `numbering repeated; the section gets the id ${id}-${k}` });
    return `${id}-${k}`;
  };

  const open = (h: ParsedHeading, line: OutlineLine, rest: string): void => {
    let id: string;
    let level: number;
    let style: LevelVocabulary['style'];
    const base = romanId ?? partId;
    if (h.kind === 'part') {
      id = h.segment;
      level = 1;
      style = 'part';
      partId = id;
      romanId = undefined;
      lastNumber = undefined;
    } else if (h.kind === 'roman') {
      id = partId ? `${partId}.${h.segment}` : h.segment;
      level = partId ? 2 : 1;
      style = 'roman';
      romanId = id;
      lastNumber = undefined;
    } else if (h.kind === 'number') {
      const depth = h.values.length;
      style = depth === 1 ? 'number' : 'sub-number';
      // Under a part, numbered items are Heading 3 whether or not a Roman section stands between
      // (the 2023 outline's part 2); in an outline without parts, one below its Roman section.
      level = Math.min((partId === undefined && romanId !== undefined ? 1 : 2) + depth, 4);
      if (depth > 1 && lastNumber && lastNumber.values[0] === h.values[0]) {
        id = `${lastNumber.id.split('.').slice(0, (base ? base.split('.').length : 0) + 1).join('.')}.${h.values.slice(1).join('.')}`;
      } else {
        id = [base, ...h.values].filter((x) => x !== undefined).join('.');
      }
      lastNumber = { id, values: h.values, level };
    } else {
      const parent = lastNumber?.id ?? base;
      id = parent ? `${parent}.${h.segment}` : h.segment;
      const romanLevel = partId === undefined ? 1 : 2;
      level = Math.min((lastNumber?.level ?? (romanId ? romanLevel : 1)) + 1, 4);
      style = 'letter';
    }
    id = uniqueId(id, line);
    ids.add(id);
    const { title: t, headingGuidance } = splitHeadingLine(rest);
    const section: TemplateSection = {
      id,
      level: level as TemplateSection['level'],
      numbering: h.numbering,
      title: t,
      ...(headingGuidance ? { headingGuidance } : {}),
      guidance: [],
      kind: 'text',
      figures: [],
    };
    current = { section, style, body: [], optional: isOptionalMark(rest) };
    drafts.push(current);
  };

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (RECIPIENTS.test(line.text) || SIGNATURE.test(line.text)) {
      closingAt = i;
      break;
    }
    const h = parsed[i];
    if (!h) {
      if (current) current.body.push(line);
      else notes.push({ paragraph: line.index, text: line.text, message: 'không xếp được vào mục nào', messageEn: 'could not be placed in any section' });
      continue;
    }
    let rest = h.rest;
    // A heading on two lines: the numbering, then the title.
    if (rest === '' && i + 1 < lines.length && !parsed[i + 1] && !BULLET.test(lines[i + 1].text)) {
      rest = lines[i + 1].text;
      i++;
    }
    if (rest === '') notes.push({ paragraph: line.index, text: line.text, message: 'đề mục không có tên', messageEn: 'heading without a title' });
    open(h, line, rest);
  }

  // The closing notes: parenthesised lines at the end of the last section ("(Bám sát theo ...)").
  const closingGuidance: string[] = [];
  const last = drafts[drafts.length - 1];
  if (last) {
    while (last.body.length > 0) {
      const l = last.body[last.body.length - 1];
      if (!WHOLE_PARENS.test(l.text) || INSTRUCTION.test(l.text.slice(1)) || figureAsks(l.text, '').length > 0) break;
      closingGuidance.unshift(l.text);
      last.body.pop();
    }
  }

  const { recipients, signature } = readClosing(lines, closingAt, notes);

  // Guidance, lead-in sentences, figures and kinds.
  for (const d of drafts) {
    const s = d.section;
    for (const l of d.body) (isLead(l.text) ? (s.lead ??= []) : s.guidance).push(l.text);
    const asks: FigureAsk[] = [];
    const fallback = s.title;
    if (s.headingGuidance) asks.push(...figureAsks(s.headingGuidance, fallback));
    for (const g of s.guidance) asks.push(...figureAsks(g, fallback));
    const seen = new Map<string, number>();
    s.figures = asks.map((a) => {
      const n = (seen.get(a.id) ?? 0) + 1;
      seen.set(a.id, n);
      return n > 1 ? { ...a, id: `${a.id}-${n}` } : a;
    });
    const hasChildren = drafts.some((o) => o.section.id.startsWith(`${s.id}.`));
    const ownBullets = s.guidance.some((g) => BULLET.test(g));
    let kind: SectionKind;
    if (d.optional) kind = 'optional';
    else if (hasChildren && s.figures.length === 0 && !ownBullets) kind = 'container';
    else kind = s.figures.length > 0 ? 'figures' : 'text';
    s.kind = kind;
  }

  const sections = drafts.map((d) => d.section);
  const levels: LevelVocabulary[] = [];
  for (const d of drafts) {
    let v = levels.find((x) => x.level === d.section.level && x.style === d.style);
    if (!v) levels.push((v = { level: d.section.level, style: d.style, numbering: [] }));
    if (!v.numbering.includes(d.section.numbering)) v.numbering.push(d.section.numbering);
  }

  const texts = [
    ...title,
    ...sections.flatMap((s) => [s.title, s.headingGuidance ?? '', ...s.guidance, ...(s.lead ?? [])]),
    ...closingGuidance,
  ];
  const genericPhrases = genericPhrasesOf(texts);
  // The outline's own counts are not trusted ("theo 5 nội dung trọng tâm" then 6 listed): the real count is generic too.
  for (const s of sections) {
    const children = sections.filter((o) => o.id.startsWith(`${s.id}.`) && o.id.split('.').length === s.id.split('.').length + 1).length;
    for (const lead of s.lead ?? []) {
      const m = /(\d{1,2})\s+(nội dung|nhiệm vụ|chương trình|chỉ tiêu|mục tiêu|nhóm|lĩnh vực)(\s+\p{L}+(?:\s+\p{L}+)?)?/iu.exec(lead);
      if (m && children > 0 && Number(m[1]) !== children) {
        const phrase = `${children} ${m[2]}${m[3] ?? ''}`.trim();
        if (!genericPhrases.includes(phrase)) genericPhrases.push(phrase);
      }
    }
  }

  const years = yearsOf(title.length ? title : sections.map((s) => s.title));
  const year = years[0] ?? new Date().getFullYear();
  const planYear = years.find((y) => y > year) ?? year + 1;
  if (sections.length === 0) notes.push({ text: '', message: 'không tìm thấy đề mục nào có đánh số', messageEn: 'no numbered heading found' });

  return {
    outline: {
      id: options.id ?? `de-cuong-${year}`,
      version: options.version ?? '1',
      year,
      planYear,
      title,
      sections,
      closingGuidance,
      recipients,
      signature,
      genericPhrases,
      levels,
    },
    notes,
  };
}
