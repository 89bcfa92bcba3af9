// The problems of a report grouped by kind, in the order the results view lists them and the
// previous / next buttons walk them. Pure: no React, no DOM; the task pane and the web page share it.
import type { Finding, FindingCode, Report, Severity } from '../analysis/types';
import { findingKindLabel } from '../analysis/messages';
import type { Lang } from './strings';

export interface ProblemGroup {
  code: FindingCode;
  severity: Severity;
  /** The group's findings, in the report's order (outline order). */
  findings: Finding[];
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The fixed order of the kinds inside a severity: what blocks signing most visibly first. */
const CODE_ORDER: readonly FindingCode[] = [
  'section-missing',
  'section-empty',
  'guidance-left',
  'section-no-figures',
  'signature-missing',
  'figure-missing',
  'section-order',
  'recipients-missing',
  'optional-empty',
];

function codeRank(code: FindingCode): number {
  const i = CODE_ORDER.indexOf(code);
  return i < 0 ? CODE_ORDER.length : i;
}

/** Open (not ignored) findings: errors, then warnings, then notes; one group per kind. */
export function groupProblems(report: Pick<Report, 'findings'>): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const f of report.findings) {
    if (f.ignored) continue;
    const key = `${f.severity}\u0000${f.code}`;
    let group = groups.get(key);
    if (!group) {
      group = { code: f.code, severity: f.severity, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      codeRank(a.code) - codeRank(b.code) ||
      a.code.localeCompare(b.code),
  );
}

/** The flat order previous / next walks: the groups' findings one after another. */
export function problemOrder(report: Pick<Report, 'findings'>): Finding[] {
  return groupProblems(report).flatMap((g) => g.findings);
}

/** A finding about the whole document (signature, recipients, no heading at all): it cannot be ignored. */
export function isDocumentWide(finding: Finding): boolean {
  return !finding.section;
}


/** The kind of a group in the user's words: "Chưa có số liệu", with the count "Chưa có số liệu (2)". */
export function kindLabel(code: FindingCode, lang: Lang, count?: number): string {
  const name = findingKindLabel(code, lang);
  return count !== undefined && count > 0 ? `${name} (${count})` : name;
}
