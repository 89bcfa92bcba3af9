// Writes the outline into the document: the whole skeleton into an empty document, the skeleton at
// the cursor, or only the missing headings at their places. Each is one batch; nothing the user
// wrote is overwritten or deleted (insertions only, never "Replace").
import type { Lang } from '../analysis/messages';
import type { RepairStep } from '../analysis/repair';
import type { DocumentSnapshot } from '../analysis/types';
import { buildFlatOpc, buildHeadingsFlatOpc, GUIDANCE_TAG, type SkeletonOptions } from '../docx/ooxml';
import { defaultTemplate } from '../template';
import type { ReportTemplate, TemplateSection } from '../template/types';
import type { InsertResult } from '../taskpane/host';
import { WordHostError } from './messages';
import { queueSnapshot, type ParagraphInfo } from './read';

/** Paragraphs in a WordprocessingML string. */
export function countParagraphs(xml: string): number {
  return (xml.match(/<w:p[ >]/g) ?? []).length;
}

/**
 * The whole skeleton into an empty document: one batch, two syncs (emptiness check, then one
 * insertOoxml = one undo step). Refused with a clear message when the document has text.
 */
export async function insertFull(options: SkeletonOptions, lang: Lang = 'vi'): Promise<InsertResult> {
  const template = options.template ?? defaultTemplate;
  const xml = buildFlatOpc(options);
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load('text');
    await context.sync();
    if (body.text.trim().length > 0) throw new WordHostError('notEmpty', lang);
    // "Start", not "Replace": a picture or an empty table without text stays where it is.
    body.insertOoxml(xml, 'Start');
    await context.sync();
    return { paragraphs: countParagraphs(xml), headingsAdded: template.sections.length };
  });
}

/** The skeleton right after the selection, touching nothing else: one sync, one undo step. */
export async function insertAtCursor(options: SkeletonOptions): Promise<InsertResult> {
  const template = options.template ?? defaultTemplate;
  const xml = buildFlatOpc(options);
  return Word.run(async (context) => {
    context.document.getSelection().insertOoxml(xml, 'After');
    await context.sync();
    return { paragraphs: countParagraphs(xml), headingsAdded: template.sections.length };
  });
}

/** One insertion: the sections to write and where. */
export interface InsertionGroup {
  /**
   * Index of the last paragraph the insertion goes after (-1 = start of the document). When the
   * anchor sits in a table or in a guidance placeholder, this is the container's last paragraph.
   */
  position: number;
  /** How to reach the insertion point. */
  target: { kind: 'start' } | { kind: 'paragraph'; index: number } | { kind: 'table'; index: number } | { kind: 'control'; index: number };
  sections: TemplateSection[];
}

/**
 * Groups repair steps by insertion point, in the order the sections must come out. An anchor in a
 * table goes after the whole table, an anchor in a guidance placeholder after the placeholder (a
 * heading must not land in a table cell or in a placeholder that disappears when typed over).
 * Groups come bottom-up, so an insertion never moves the anchor of the next one.
 */
export function groupSteps(steps: RepairStep[], info: ParagraphInfo[], template: ReportTemplate = defaultTemplate): InsertionGroup[] {
  const byId = new Map(template.sections.map((s) => [s.id, s]));
  const groups = new Map<number, InsertionGroup>();
  // Stable: steps sharing an anchor keep their given order.
  const ordered = steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.after - b.s.after || a.i - b.i);
  for (const { s } of ordered) {
    const section = byId.get(s.sectionId);
    if (!section) continue;
    const place = insertionPoint(s.after, info);
    let group = groups.get(place.position);
    if (!group) {
      group = { ...place, sections: [] };
      groups.set(place.position, group);
    }
    group.sections.push(section);
  }
  return [...groups.values()].sort((a, b) => b.position - a.position);
}

function insertionPoint(after: number, info: ParagraphInfo[]): Pick<InsertionGroup, 'position' | 'target'> {
  if (after < 0) return { position: -1, target: { kind: 'start' } };
  const here = info[after];
  if (here.tableNesting > 0) {
    // The run of table paragraphs around the anchor is one top-level table.
    let first = after;
    while (first > 0 && info[first - 1].tableNesting > 0) first--;
    let last = after;
    while (last + 1 < info.length && info[last + 1].tableNesting > 0) last++;
    let outer = first;
    for (let i = first; i <= last; i++) {
      if (info[i].tableNesting === 1) {
        outer = i;
        break;
      }
    }
    return { position: last, target: { kind: 'table', index: outer } };
  }
  if (here.controlTag === GUIDANCE_TAG && here.controlId !== -1) {
    let last = after;
    while (last + 1 < info.length && info[last + 1].controlId === here.controlId) last++;
    return { position: last, target: { kind: 'control', index: after } };
  }
  return { position: after, target: { kind: 'paragraph', index: after } };
}

export interface MissingOptions {
  template?: ReportTemplate;
  lang?: Lang;
}

/**
 * Adds missing headings (each with its guidance placeholder) in one batch of two syncs: the first
 * reads the document (a fresh snapshot, so the anchors are those of the document as it is), the
 * second applies one insertOoxml per insertion point. `plan` is the list of steps, or a function
 * that makes it from the fresh snapshot (the repair planner).
 */
export async function insertMissing(
  plan: RepairStep[] | ((snapshot: DocumentSnapshot) => RepairStep[]),
  options: MissingOptions = {},
): Promise<InsertResult> {
  const template = options.template ?? defaultTemplate;
  const lang = options.lang ?? 'vi';
  return Word.run(async (context) => {
    const queued = queueSnapshot(context, { detailed: true, ignores: false });
    await context.sync();
    const { snapshot, info } = queued.finish();
    const steps = typeof plan === 'function' ? plan(snapshot) : plan;
    if (steps.some((s) => s.after >= info.length || s.after < -1)) throw new WordHostError('changed', lang);
    const groups = groupSteps(steps, info, template);
    if (groups.length === 0) return { paragraphs: 0, headingsAdded: 0 };
    const items = queued.paragraphs.items;
    let paragraphs = 0;
    let headings = 0;
    for (const group of groups) {
      const xml = buildHeadingsFlatOpc(group.sections, template);
      paragraphs += countParagraphs(xml);
      headings += group.sections.length;
      const t = group.target;
      if (t.kind === 'start') context.document.body.insertOoxml(xml, 'Start');
      else if (t.kind === 'table') items[t.index].parentTable.getRange('Whole').insertOoxml(xml, 'After');
      else if (t.kind === 'control') items[t.index].parentContentControl.getRange('Whole').insertOoxml(xml, 'After');
      else items[t.index].getRange('Whole').insertOoxml(xml, 'After');
    }
    await context.sync();
    return { paragraphs, headingsAdded: headings };
  });
}
