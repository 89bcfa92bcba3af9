// Where to add the headings a document lacks, without touching anything the user wrote.
import type { ReportTemplate } from '../template/types';
import { recoverOutline } from './outline';
import type { DocumentSnapshot } from './types';

export interface RepairStep {
  /** The section whose heading (and guidance placeholder) is to be added. */
  sectionId: string;
  /** Insert after this paragraph index; -1 = at the start of the document. */
  after: number;
}

/**
 * Plans the insertion of every missing heading at its place in the outline: just before the
 * heading of the next section present in the document, or, when none follows, after the body of
 * the last section present (before "Nơi nhận" and the signature). Steps sharing an anchor come in
 * outline order.
 */
export function planRepair(snapshot: DocumentSnapshot, template: ReportTemplate): RepairStep[] {
  const outline = recoverOutline(snapshot, template);
  const sections = template.sections;
  const steps: RepairStep[] = [];
  // End of the report's body: before the closing blocks, after the last non-empty paragraph.
  let end = outline.closingStart - 1;
  while (end >= 0 && snapshot.paragraphs[end].text.trim() === '') end--;
  for (let i = 0; i < sections.length; i++) {
    if (outline.headings.has(sections[i].id)) continue;
    let after = end;
    for (let k = i + 1; k < sections.length; k++) {
      const next = outline.headings.get(sections[k].id);
      if (next) {
        after = next.paragraph - 1;
        break;
      }
    }
    // Never before the last heading found earlier in the outline (the document may be out of order).
    for (let k = i - 1; k >= 0; k--) {
      const prev = outline.headings.get(sections[k].id);
      if (prev) {
        if (after < prev.paragraph) after = Math.max(after, outline.bodies.get(sections[k].id)?.[1] ?? prev.paragraph + 1) - 1;
        break;
      }
    }
    steps.push({ sectionId: sections[i].id, after });
  }
  return steps;
}
