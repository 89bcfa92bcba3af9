// Which of several outlines a document follows, when it does not say: the one whose headings the
// document has the most of (as the checker recovers them), the earlier candidate on a tie.
import { recoverOutline } from './outline';
import type { DocumentSnapshot } from './types';
import type { ReportTemplate } from '../template/types';

export interface OutlineMatch {
  template: ReportTemplate;
  /** Headings of that outline found in the document. */
  found: number;
}

/** The best-matching outline, or undefined when there is no candidate. */
export function bestOutline(snapshot: DocumentSnapshot, candidates: readonly ReportTemplate[]): OutlineMatch | undefined {
  let best: OutlineMatch | undefined;
  for (const template of candidates) {
    const found = recoverOutline(snapshot, template).headings.size;
    // Ties go to the earlier candidate; share of the outline breaks them first (a small outline
    // wholly present beats a bigger one partly matched by the same headings).
    if (!best || found > best.found || (found === best.found && found / template.sections.length > best.found / best.template.sections.length)) {
      best = { template, found };
    }
  }
  return best;
}
