// Where a problem is in the document and its one-click fix. Pure: no React, no DOM.
import type { Finding, SectionResult } from '../analysis/types';

export type Fix =
  /** Add the outline's missing headings. */
  | { kind: 'repair' }
  /** Select these paragraphs (inclusive): the guidance left in the section, to delete. */
  | { kind: 'select'; first: number; last: number }
  /** Put the cursor at the end of this paragraph: where the section's figures go. */
  | { kind: 'cursor'; paragraph: number };

/** True when the finding is about a section that is not in the document. */
export function isMissingSection(finding: Finding, section: SectionResult | undefined): boolean {
  return Boolean(section) && (finding.code === 'section-missing' || section?.status === 'missing');
}

/** The paragraph to select for the finding; undefined when there is none (a missing section). */
export function findingParagraph(finding: Finding, section: SectionResult | undefined): number | undefined {
  if (isMissingSection(finding, section)) return undefined;
  return finding.paragraph ?? section?.paragraph;
}

/** The section's own body as an inclusive range, or undefined when it has none. */
function bodyRange(section: SectionResult): [number, number] | undefined {
  const body = section.body;
  return body && body[1] > body[0] ? [body[0], body[1] - 1] : undefined;
}

/** The one-click fix of a finding, when there is one. */
export function fixFor(finding: Finding, section: SectionResult | undefined): Fix | undefined {
  if (!section) return undefined;
  if (isMissingSection(finding, section)) return finding.code === 'section-missing' ? { kind: 'repair' } : undefined;
  const heading = section.paragraph ?? finding.paragraph;
  if (heading === undefined) return undefined;
  const body = bodyRange(section);
  switch (finding.code) {
    case 'guidance-left':
      // The guidance sits in the section's body; written on the heading's own line, it is the heading.
      return body ? { kind: 'select', first: body[0], last: body[1] } : { kind: 'select', first: heading, last: heading };
    case 'figure-missing':
    case 'section-no-figures':
    case 'section-empty':
      return { kind: 'cursor', paragraph: body ? body[1] : heading };
    default:
      return undefined;
  }
}

/** The text in “…”, unless it holds quotes of its own (no nested ”” ): then as it is. */
export function quoted(text: string): string {
  const t = text.trim();
  return /[“”"«»]/u.test(t) ? t : `“${t}”`;
}
