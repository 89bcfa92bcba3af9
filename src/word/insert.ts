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
import { headingsNotLanded, queueLanding, queueLeftoverRemoval } from './landing';
import { WordHostError } from './messages';
import { queueSnapshot, type ParagraphInfo } from './read';

/** Paragraphs in a WordprocessingML string. */
export function countParagraphs(xml: string): number {
  return (xml.match(/<w:p[ >]/g) ?? []).length;
}

/**
 * Paragraphs an insertion leaves in the document: those of the package but its trailing empty
 * paragraph (it merges with the paragraph after the insertion point, or is removed).
 */
export function visibleParagraphs(xml: string): number {
  return Math.max(0, countParagraphs(xml) - 1);
}

/**
 * The whole skeleton into an empty document: one batch, two syncs (emptiness check, then one
 * insertOoxml = one undo step), a third only to remove a leftover empty paragraph. Refused with a
 * clear message when the document has text.
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
    const landing = queueLanding(body.insertOoxml(xml, 'Start'), false);
    await context.sync();
    await removeLeftover(context, landing);
    return { paragraphs: visibleParagraphs(xml), headingsAdded: template.sections.length };
  });
}

/** Removes the trailing empty paragraph when Word kept it; a failure here changes nothing else. */
async function removeLeftover(context: Word.RequestContext, landing: Word.ParagraphCollection): Promise<void> {
  if (!queueLeftoverRemoval(landing)) return;
  try {
    await context.sync();
  } catch {
    // An empty paragraph too many is harmless; the insertion itself succeeded.
  }
}

/** Body types where the outline can go (a table cell is handled by inserting after its table). */
const BODY_TYPES_FOR_OUTLINE = new Set(['MainDoc', 'Section', 'TableCell', 'Unknown']);

/**
 * The skeleton right after the selection, touching nothing else. With WordApi 1.3 the cursor's
 * place is read first: in a header, footer, footnote or text box the insertion is refused with a
 * reason; in a table cell the outline goes after the table, in a content control (a guidance
 * placeholder, a form field) after the control, never inside them (Range.parentBody, Body.type:
 * https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-parentbody-member,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.bodytype). Under WordApi 1.1/1.2 the
 * place cannot be read and the outline goes after the selection.
 */
export async function insertAtCursor(options: SkeletonOptions, lang: Lang = 'vi', detailed = true): Promise<InsertResult> {
  const template = options.template ?? defaultTemplate;
  const xml = buildFlatOpc(options);
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    let target: Word.Range = selection;
    if (detailed) {
      const first = selection.paragraphs.getFirst();
      // eslint-disable-next-line office-addins/call-sync-before-read -- a proxy, read after the sync
      const story = selection.parentBody;
      // Navigation proxies: nothing is read before the sync (the lint rule takes them for scalars).
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- proxies
      const table = first.parentTableOrNullObject;
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- proxies
      const control = first.parentContentControlOrNullObject;
      story.load('type');
      table.load('nestingLevel');
      control.load('id');
      // tableNestingLevel is a number, not a navigation (the lint rule mistakes it).
      // eslint-disable-next-line office-addins/no-navigational-load
      first.load('tableNestingLevel');
      await context.sync();
      if (!BODY_TYPES_FOR_OUTLINE.has(story.type)) throw new WordHostError('cursorInHeader', lang);
      if (first.tableNestingLevel > 1) throw new WordHostError('cursorInNestedTable', lang);
      if (!table.isNullObject) target = table.getRange('Whole');
      else if (!control.isNullObject) target = control.getRange('Whole');
    }
    const landing = queueLanding(target.insertOoxml(xml, 'After'), false);
    await context.sync();
    await removeLeftover(context, landing);
    return { paragraphs: visibleParagraphs(xml), headingsAdded: template.sections.length };
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
 * Adds missing headings (each with its guidance placeholder) in one batch: the first sync reads
 * the document (a fresh snapshot, so the anchors are those of the document as it is), the second
 * applies one insertOoxml per insertion point and reads back what landed; a third removes the
 * packages' leftover empty paragraphs, if Word kept any. Headings that did not land with their
 * heading style are reported in `notLanded`. `plan` is the list of steps, or a function that
 * makes it from the fresh snapshot (the repair planner).
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
    const landings: Array<{ sections: TemplateSection[]; paragraphs: Word.ParagraphCollection }> = [];
    for (const group of groups) {
      const xml = buildHeadingsFlatOpc(group.sections, template);
      paragraphs += visibleParagraphs(xml);
      headings += group.sections.length;
      const t = group.target;
      let range: Word.Range;
      if (t.kind === 'start') range = context.document.body.insertOoxml(xml, 'Start');
      else if (t.kind === 'table') range = items[t.index].parentTable.getRange('Whole').insertOoxml(xml, 'After');
      else if (t.kind === 'control') range = items[t.index].parentContentControl.getRange('Whole').insertOoxml(xml, 'After');
      else range = items[t.index].getRange('Whole').insertOoxml(xml, 'After');
      landings.push({ sections: group.sections, paragraphs: queueLanding(range, true) });
    }
    await context.sync();
    const notLanded = landings.flatMap((l) => headingsNotLanded(l.sections, l.paragraphs));
    if (landings.map((l) => queueLeftoverRemoval(l.paragraphs)).some(Boolean)) {
      try {
        await context.sync();
      } catch {
        // An empty paragraph too many is harmless; the headings are in.
      }
    }
    const result: InsertResult = { paragraphs, headingsAdded: headings - notLanded.length };
    if (notLanded.length > 0) result.notLanded = notLanded;
    return result;
  });
}
