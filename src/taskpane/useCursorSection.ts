// The section of the outline the cursor is in, while the user writes: on each cursor move
// (debounced) the host says which paragraph holds the cursor, and the report says whose heading or
// own body that paragraph is.
import * as React from 'react';
import type { Report, SectionResult } from '../analysis/types';
import type { ReportTemplate, TemplateSection } from '../template/types';
import type { ReportHost } from './host';

/** Cursor moves come in bursts (arrow keys, typing): the host is asked once they settle. */
export const CURSOR_DEBOUNCE_MS = 150;

export interface CursorSection {
  section: TemplateSection;
  result: SectionResult;
}

/**
 * The section whose heading or own body holds paragraph `paragraph` (a section's own body stops
 * at its first sub-section's heading, so the innermost section wins); null outside every section.
 */
export function sectionAt(report: Pick<Report, 'sections'>, paragraph: number | null): SectionResult | null {
  if (paragraph === null) return null;
  let found: SectionResult | null = null;
  for (const s of report.sections) {
    if (s.paragraph === undefined || s.paragraph > paragraph) continue;
    const end = s.body ? s.body[1] : s.paragraph + 1;
    if (paragraph < end && (!found || (found.paragraph ?? -1) < s.paragraph)) found = s;
  }
  return found;
}

/** The paragraph holding the cursor, asked again after each (settled) move and after each check. */
function useCursorParagraph(host: ReportHost, report: Report | null | undefined): number | null {
  const [paragraph, setParagraph] = React.useState<number | null>(null);
  React.useEffect(() => {
    const ask = host.cursorParagraph?.bind(host);
    if (!ask || !report) {
      setParagraph(null);
      return undefined;
    }
    let alive = true;
    let asked = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = (): void => {
      const mine = ++asked;
      ask()
        .then((index) => {
          // Only the latest answer counts (an earlier read may end after a later one).
          if (alive && mine === asked) setParagraph(index);
        })
        .catch(() => {
          if (alive && mine === asked) setParagraph(null);
        });
    };
    const moved = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        look();
      }, CURSOR_DEBOUNCE_MS);
    };
    // The report is new (a check ran): the paragraph indices are the new snapshot's.
    look();
    const unsubscribe = host.onSelectionChange?.(moved);
    return () => {
      alive = false;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [host, report]);
  return paragraph;
}

/** The outline section under the cursor, or null when unknown (no report, no host support, outside every section). */
export function useCursorSection(host: ReportHost, report: Report | null | undefined, template: ReportTemplate): CursorSection | null {
  const paragraph = useCursorParagraph(host, report);
  return React.useMemo(() => {
    if (!report) return null;
    const result = sectionAt(report, paragraph);
    const section = result ? template.sections.find((s) => s.id === result.id) : undefined;
    return result && section ? { section, result } : null;
  }, [report, paragraph, template]);
}
