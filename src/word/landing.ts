// What is left to do after an insertOoxml: Word does not insert a package exactly as written.
//
// The last paragraph of an inserted package merges with the paragraph after the insertion point,
// or stays as an extra paragraph, and loses its style (OfficeDev/office-js#2914,
// OfficeDev/office-js#866). Every package the add-in inserts therefore ends with an empty
// paragraph outside any content control (TRAILING_PARAGRAPH in src/docx/ooxml.ts): when it
// merges, nothing changes; when it stays, it is removed here. Then each heading is checked: it
// must be in the inserted range with its built-in heading style.
import { fold } from '../analysis/normalize';
import { headingLine } from '../docx/ooxml';
import type { TemplateSection } from '../template/types';
import { normalizeWordText } from './read';

/** Queues the load of what an insertion wrote (call before the sync that inserts). */
export function queueLanding(range: Word.Range, withStyles: boolean): Word.ParagraphCollection {
  const paragraphs = range.paragraphs;
  paragraphs.load(withStyles ? 'items/text,items/styleBuiltIn' : 'items/text');
  return paragraphs;
}

/**
 * Queues the removal of the package's trailing empty paragraph when Word kept it (after the sync
 * that inserted). Returns true when something was queued.
 */
export function queueLeftoverRemoval(paragraphs: Word.ParagraphCollection): boolean {
  const items = paragraphs.items;
  const last = items[items.length - 1];
  if (items.length < 2 || !last || last.text.trim().length > 0) return false;
  last.delete();
  return true;
}

/** The heading line of a section as Word reports it, folded for comparison. */
function foldedHeading(section: TemplateSection): string {
  return fold(headingLine(section));
}

/**
 * The sections whose heading is not in the inserted paragraphs with its heading style (merged
 * into another paragraph, or its style lost), as "numbering title" lines for the user.
 */
export function headingsNotLanded(sections: TemplateSection[], paragraphs: Word.ParagraphCollection): string[] {
  const landed = new Map<string, number>();
  for (const p of paragraphs.items) {
    const m = /^Heading([1-9])$/.exec(p.styleBuiltIn ?? '');
    if (!m) continue;
    const key = `${m[1]}|${fold(normalizeWordText(p.text))}`;
    landed.set(key, (landed.get(key) ?? 0) + 1);
  }
  const missing: string[] = [];
  for (const section of sections) {
    const key = `${section.level}|${foldedHeading(section)}`;
    const n = landed.get(key) ?? 0;
    if (n > 0) landed.set(key, n - 1);
    else missing.push(`${section.numbering} ${section.title}`.replace(/\s+/g, ' ').trim());
  }
  return missing;
}
