// The rules and the report: from a document snapshot to section statuses, checklists and findings.
import { defaultTemplate } from '../template';
import type { ReportTemplate, TemplateSection } from '../template/types';
import { checklistFor, sectionFigures } from './checklist';
import { recipientsRule, signatureRule } from './closing';
import { readGuidance, type GuidanceHit } from './guidance';
import { formatMessage, type Lang, type MessageId } from './messages';
import { recoverOutline, type RecoveredOutline } from './outline';
import { headingLine, sectionNames } from './section-name';
import type { Rule } from './rule';
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
export const sectionTitle = headingLine;

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

  const names = sectionNames(template);
  const add = (code: FindingCode, section: TemplateSection | undefined, paragraph: number | undefined, data: Record<string, string | number> = {}, messageId?: MessageId): void => {
    const withTitle = section ? { title: sectionTitle(section), section: names.name(section, lang), ...data } : data;
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
    const guidance: GuidanceHit[] = [];
    const consider = (text: string, inTable: boolean): void => {
      const t = text.trim();
      if (t.length === 0 || /^[.…\s_-]+$/u.test(t)) return;
      const reading = readGuidance(t, template);
      guidance.push(...reading.hits);
      if (reading.own) content.push({ text: reading.own, inTable });
    };
    if (heading.inlineText) consider(heading.inlineText, false);
    for (let i = body[0]; i < body[1]; i++) {
      const p = paras[i];
      if (p.isGuidancePlaceholder) continue;
      consider(p.text, p.inTable === true);
    }
    const { sentences, figureTexts } = sectionFigures(content, genericPhrases);
    result.figures = figureTexts;

    // The outline's topic words kept as the writer's own topic line are fine beside real text;
    // its instructions never are.
    const instructions = guidance.filter((g) => g.kind === 'instruction');
    let status: SectionStatus;
    if (content.length === 0) status = guidance.length > 0 ? 'guidance-left' : 'empty';
    else if (instructions.length > 0) status = 'guidance-left';
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
      else add('guidance-left', section, at, { count: instructions.length, quote: quote(instructions[0].text) }, instructions.length > 1 ? 'guidance-left-mixed' : 'guidance-left-one');
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
    const context = {
      paragraphs: paras,
      outline,
      template,
      report: (f: Parameters<Parameters<Rule>[0]['report']>[0]) => add(f.code, f.section, f.paragraph, f.data, f.messageId),
    };
    for (const rule of CLOSING_RULES) rule(context);
  }

  // The document-wide findings (empty document, no heading recognised) cannot be ignored.
  if (nonEmpty && headingsFound > 0) applyIgnores(findings, options.ignores ?? snapshot.ignores ?? []);
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
    // A document without any heading of the outline is never ready, whatever was ignored.
    ready: errorCount === 0 && headingsFound > 0,
    headingsFound,
    sections: sectionResults,
    findings,
    errorCount,
    warningCount: active.filter((f) => f.severity === 'warning').length,
  };
}

const CLOSING_RULES: Rule[] = [recipientsRule, signatureRule];

/** A sentence of guidance as the message quotes it. */
function quote(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
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

function applyIgnores(findings: Finding[], ignores: Ignore[]): void {
  if (ignores.length === 0) return;
  const map = new Map(ignores.map((i) => [ignoreKey(i.code, i.section, i.item), i.reason]));
  for (const f of findings) {
    const item = typeof f.data?.item === 'string' ? f.data.item : undefined;
    const reason = map.get(ignoreKey(f.code, f.section, item));
    if (reason !== undefined) f.ignored = { reason };
  }
}
