// A problem in two parts: the section it is about (its title line) and what is wrong there.
// The group above already names the kind, so the text says only what is particular to this one.
import type { Finding, SectionResult } from '../analysis/types';
import { quoted } from './problem-fix';
import type { Strings } from './strings';

/** What is wrong, without the section's title (the title is shown on its own line). */
export function findingDetail(finding: Finding, t: Strings, section?: SectionResult): string {
  // A finding about the whole document has no title line: its message says it all.
  if (!finding.section) return finding.message;
  const data = finding.data ?? {};
  switch (finding.code) {
    case 'section-missing':
      return t.detailMissing;
    case 'section-empty':
      return t.detailEmpty;
    case 'section-no-figures':
      return t.detailNoFigures;
    case 'section-order':
      return t.detailOrder;
    case 'figure-missing':
      return typeof data.label === 'string' ? t.detailFigureMissing(data.label) : finding.message;
    case 'guidance-left': {
      if (typeof data.quote !== 'string') return t.detailGuidanceWhole;
      const count = typeof data.count === 'number' ? data.count : 1;
      return `${count > 1 ? t.detailGuidanceMany(count) : t.detailGuidanceOne} ${quoted(data.quote)}`;
    }
    case 'optional-empty':
      return section?.status === 'missing' ? t.detailOptionalMissing : t.detailOptionalEmpty;
    default:
      return finding.message;
  }
}
