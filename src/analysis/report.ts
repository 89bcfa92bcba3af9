// The rules and the report: from a document snapshot to section statuses, checklists and findings.
import { defaultTemplate } from '../template';
import type { ReportTemplate, TemplateSection } from '../template/types';
import { checklistFor, sectionFigures } from './checklist';
import { formatMessage, type Lang } from './messages';
import { firstFoldedWords, fold } from './normalize';
import { isRecipientsLine, isSignatureLine, recoverOutline, type RecoveredOutline } from './outline';
import type {
  DocumentSnapshot,
  Finding,
  FindingCode,
  Ignore,
  Report,
  SectionResult,
  SectionStatus,
  Severity,
} from './types';

export interface AnalyzeOptions {
  template?: ReportTemplate;
  lang?: Lang;
  /** Ignores to apply; defaults to those stored in the snapshot. */
  ignores?: Ignore[];
}

const SEVERITY: Record<FindingCode, Severity> = {
  'section-missing': 'error',
  'section-empty': 'error',
  'guidance-left': 'error',
  'section-no-figures': 'error',
  'signature-missing': 'error',
  'figure-missing': 'warning',
  'section-order': 'warning',
  'recipients-missing': 'warning',
  'optional-empty': 'info',
};

/** Decomposed (NFD) input, e.g. from a Mac: normalised once on entry. */
const COMBINING_MARK = /[\u0300-\u036f]/;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The heading as the outline writes it, on one line: "1. Ưu điểm", "Phần thứ nhất: KẾT QUẢ ...". */
export function sectionTitle(section: TemplateSection): string {
  return section.level === 1 ? `${section.numbering}: ${section.title}` : `${section.numbering} ${section.title}`;
}

// ---------------------------------------------------------------------------------------------
// Guidance: is a paragraph the outline's own guidance text?

interface GuidanceEntry {
  /** Folded words of the guidance paragraph, counted. */
  bag: Map<string, number>;
  /** Number of words. */
  words: number;
  /** Length of the paragraph as written, to skip the obvious mismatches before folding. */
  chars: number;
}

interface GuidanceIndex {
  /** Three consecutive words near the start of a guidance paragraph -> the paragraphs. */
  byStart: Map<string, GuidanceEntry[]>;
  exact: Set<string>;
}

const guidanceCache = new WeakMap<ReportTemplate, GuidanceIndex>();

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function guidanceTexts(template: ReportTemplate): string[] {
  const out: string[] = [...template.closingGuidance];
  for (const s of template.sections) {
    out.push(...s.guidance);
    if (s.headingGuidance) out.push(s.headingGuidance);
  }
  return out;
}

function guidanceIndex(template: ReportTemplate): GuidanceIndex {
  let idx = guidanceCache.get(template);
  if (idx) return idx;
  idx = { byStart: new Map(), exact: new Set() };
  for (const g of guidanceTexts(template)) {
    const tokens = fold(g).split(' ').filter(Boolean);
    if (tokens.length === 0) continue;
    idx.exact.add(tokens.join(' '));
    const entry: GuidanceEntry = { bag: bag(tokens), words: tokens.length, chars: g.trim().length };
    // Index a few starting positions, so a guidance paragraph whose first words were edited is found.
    for (let k = 0; k + 2 < Math.min(tokens.length, 6); k++) {
      const key = tokens.slice(k, k + 3).join(' ');
      const list = idx.byStart.get(key) ?? [];
      list.push(entry);
      idx.byStart.set(key, list);
    }
  }
  guidanceCache.set(template, idx);
  return idx;
}

/**
 * True when most of the paragraph's words come from one guidance paragraph of the outline: at
 * least 85% of its words, covering at least half of the guidance paragraph.
 */
export function isGuidanceText(text: string, template: ReportTemplate): boolean {
  const idx = guidanceIndex(template);
  // Look up the first words only; fold the whole paragraph only when they point at guidance of
  // about its length (the two shares above bound the length to 0.5-1.2 times the guidance's).
  const head = firstFoldedWords(text, 8);
  let candidates: Set<GuidanceEntry> | undefined;
  const chars = text.length;
  for (let k = 0; k + 2 < Math.min(head.length, 8); k++) {
    const list = idx.byStart.get(`${head[k]} ${head[k + 1]} ${head[k + 2]}`);
    if (!list) continue;
    for (const g of list) {
      if (chars < g.chars * 0.4 || chars > g.chars * 1.5 + 20) continue;
      (candidates ??= new Set()).add(g);
    }
  }
  if (!candidates) return false;
  const tokens = fold(text).split(' ');
  if (tokens.length < 3) return false;
  if (idx.exact.has(tokens.join(' '))) return true;
  const own = bag(tokens);
  for (const g of candidates) {
    let shared = 0;
    for (const [t, gc] of g.bag) {
      const pc = own.get(t);
      if (pc) shared += Math.min(pc, gc);
    }
    if (shared / tokens.length >= 0.85 && shared / g.words >= 0.5) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

function ignoreKey(code: string, section: string | undefined, item: string | undefined): string {
  return `${code}\u0000${section ?? ''}\u0000${item ?? ''}`;
}

/** Finds the outline, applies the rules, and returns the report. Pure and synchronous. */
export function analyze(input: DocumentSnapshot, options: AnalyzeOptions = {}): Report {
  const template = options.template ?? defaultTemplate;
  const lang = options.lang ?? 'vi';
  const snapshot: DocumentSnapshot = {
    paragraphs: input.paragraphs.map((p) => (COMBINING_MARK.test(p.text) ? { ...p, text: p.text.normalize('NFC') } : p)),
    ignores: input.ignores,
  };
  const paras = snapshot.paragraphs;
  const outline = recoverOutline(snapshot, template);
  const findings: Finding[] = [];
  const sectionResults: SectionResult[] = [];
  const genericPhrases = template.genericPhrases;
  const order = new Map(template.sections.map((s, i) => [s.id, i]));

  const add = (code: FindingCode, section: TemplateSection | undefined, paragraph: number | undefined, data: Record<string, string | number> = {}, messageId?: Parameters<typeof formatMessage>[0]): void => {
    const withTitle = section ? { title: sectionTitle(section), ...data } : data;
    findings.push({
      code,
      severity: SEVERITY[code],
      ...(section ? { section: section.id } : {}),
      message: formatMessage(messageId ?? code, withTitle, lang),
      ...(Object.keys(data).length ? { data } : {}),
      ...(paragraph !== undefined ? { paragraph } : {}),
    });
  };

  const nonEmpty = paras.some((p) => p.text.trim().length > 0 && !p.isGuidancePlaceholder);
  const headingsFound = outline.headings.size;

  for (const section of template.sections) {
    const heading = outline.headings.get(section.id);
    const result: SectionResult = {
      id: section.id,
      title: sectionTitle(section),
      level: section.level,
      status: 'missing',
      figures: [],
      checklist: section.figures.map((r) => ({ id: r.id, label: r.label, found: false, optional: r.optional })),
    };
    sectionResults.push(result);
    if (!heading) continue;
    result.paragraph = heading.paragraph;
    const body = outline.bodies.get(section.id) ?? [heading.paragraph + heading.span, heading.paragraph + heading.span];
    result.body = body;
    if (section.kind === 'container') {
      result.status = 'ok';
      continue;
    }

    // The section's own content: inline text after the title, then its body paragraphs.
    const content: { text: string; inTable: boolean }[] = [];
    let guidanceCount = 0;
    const consider = (text: string, inTable: boolean): void => {
      const t = text.trim();
      if (t.length === 0 || /^[.…\s_-]+$/u.test(t)) return;
      if (isGuidanceText(t, template)) guidanceCount++;
      else content.push({ text: t, inTable });
    };
    if (heading.inlineText) consider(heading.inlineText, false);
    for (let i = body[0]; i < body[1]; i++) {
      const p = paras[i];
      if (p.isGuidancePlaceholder) continue;
      consider(p.text, p.inTable === true);
    }
    const { sentences, figureTexts } = sectionFigures(content, genericPhrases);
    result.figures = figureTexts;

    let status: SectionStatus;
    if (content.length === 0) status = guidanceCount > 0 ? 'guidance-left' : 'empty';
    else if (guidanceCount > 0) status = 'guidance-left';
    else if (section.kind === 'figures' && figureTexts.length === 0) status = 'no-figures';
    else status = 'ok';
    result.status = status;

    if (section.kind === 'figures' && content.length > 0) result.checklist = checklistFor(section, sentences);

    const at = heading.paragraph;
    if (status === 'empty') {
      if (section.kind === 'optional') add('optional-empty', section, at);
      else add('section-empty', section, at);
    } else if (status === 'guidance-left') {
      if (content.length === 0) add('guidance-left', section, at);
      else add('guidance-left', section, at, { count: guidanceCount }, 'guidance-left-mixed');
    } else if (status === 'no-figures') {
      add('section-no-figures', section, at);
    }
    if (section.kind === 'figures' && content.length > 0 && figureTexts.length > 0) {
      for (const item of result.checklist) {
        if (!item.found && !item.optional) add('figure-missing', section, at, { label: item.label, item: item.id });
      }
    }
  }

  if (!nonEmpty) {
    findings.length = 0;
    findings.push({ code: 'section-missing', severity: 'error', message: formatMessage('empty-document', {}, lang) });
  } else if (headingsFound === 0) {
    // Not the report at all, or written without any recognisable heading: one finding, not dozens.
    findings.length = 0;
    findings.push({ code: 'section-missing', severity: 'error', message: formatMessage('no-headings', {}, lang), paragraph: 0 });
  } else {
    // Missing sections: anchored after the previous section found, for comments and repair.
    let lastFound: number | undefined;
    const missingParents = new Set<string>();
    for (const section of template.sections) {
      const h = outline.headings.get(section.id);
      if (h) {
        lastFound = h.paragraph;
        continue;
      }
      // A missing parent reports once; its sub-sections are missing with it.
      const parent = [...missingParents].find((p) => section.id.startsWith(p + '.'));
      if (parent) continue;
      missingParents.add(section.id);
      // A "nếu có" section may be left out: a note, not an error.
      if (section.kind === 'optional') add('optional-empty', section, lastFound ?? 0, {}, 'optional-missing');
      else add('section-missing', section, lastFound ?? 0);
    }
    // Order: headings not in the longest run that follows the outline's order.
    for (const id of outOfOrder(outline, order)) {
      const section = template.sections[order.get(id) as number];
      add('section-order', section, outline.headings.get(id)?.paragraph);
    }
    checkClosing(paras, outline, add);
  }

  applyIgnores(findings, options.ignores ?? snapshot.ignores ?? []);
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (order.get(a.section ?? '') ?? 999) - (order.get(b.section ?? '') ?? 999) ||
      a.code.localeCompare(b.code),
  );
  const active = findings.filter((f) => !f.ignored);
  const errorCount = active.filter((f) => f.severity === 'error').length;
  return {
    template: template.id,
    ready: errorCount === 0,
    headingsFound,
    sections: sectionResults,
    findings,
    errorCount,
    warningCount: active.filter((f) => f.severity === 'warning').length,
  };
}

/** Section ids whose headings break the outline's order (outside a longest increasing run). */
function outOfOrder(outline: RecoveredOutline, order: Map<string, number>): string[] {
  const seq = outline.ordered.map((h) => order.get(h.sectionId) as number);
  const n = seq.length;
  // Longest increasing subsequence, O(n log n) with back-pointers.
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = seq[i];
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tailIdx[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return outline.ordered.filter((_, i) => !keep.has(i)).map((h) => h.sectionId);
}

type AddFinding = (code: FindingCode, section: TemplateSection | undefined, paragraph: number | undefined) => void;

/** "Nơi nhận" with at least one real recipient, and the "TM. BAN THƯỜNG TRỰC" signature. */
function checkClosing(paras: DocumentSnapshot['paragraphs'], outline: RecoveredOutline, add: AddFinding): void {
  let signature = -1;
  let recipients = -1;
  const from = Math.max(0, Math.min(outline.closingStart, paras.length - 80));
  for (let i = from; i < paras.length; i++) {
    const f = fold(paras[i].text.slice(0, 80));
    if (signature < 0 && isSignatureLine(f)) signature = i;
    if (recipients < 0 && isRecipientsLine(f)) recipients = i;
  }
  const last = paras.length - 1;
  if (signature < 0) add('signature-missing', undefined, last);
  let hasRecipient = false;
  if (recipients >= 0) {
    const inline = paras[recipients].text.replace(/^[^:]*:?/, '').trim();
    if (/\p{L}/u.test(inline)) hasRecipient = true;
    for (let i = recipients + 1; i < Math.min(paras.length, recipients + 15) && !hasRecipient; i++) {
      if (i === signature) break;
      const t = paras[i].text.trim();
      if (isSignatureLine(fold(t))) break;
      if (/\p{L}/u.test(t) && !paras[i].isGuidancePlaceholder && !/^\(?\s*(ký|ky)\b/iu.test(t)) hasRecipient = true;
    }
  }
  if (!hasRecipient) add('recipients-missing', undefined, recipients >= 0 ? recipients : last);
}

function applyIgnores(findings: Finding[], ignores: Ignore[]): void {
  if (ignores.length === 0) return;
  const map = new Map(ignores.map((i) => [ignoreKey(i.code, i.section, i.item), i.reason]));
  for (const f of findings) {
    const item = typeof f.data?.item === 'string' ? f.data.item : undefined;
    const reason = map.get(ignoreKey(f.code, f.section, item));
    if (reason !== undefined) f.ignored = { reason };
  }
}
