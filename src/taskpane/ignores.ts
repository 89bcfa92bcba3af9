// Turning a finding into the Ignore record stored in the document, and back.
import type { Finding, Ignore } from '../analysis/types';

/** The checklist item a figure-missing finding is about (the engine puts its id in data.item). */
export function findingItem(finding: Finding): string | undefined {
  const item = finding.data?.item;
  return typeof item === 'string' && item.length > 0 ? item : undefined;
}

export function ignoreFor(finding: Finding, reason: string): Ignore {
  const item = findingItem(finding);
  const ignore: Ignore = { code: finding.code, section: finding.section ?? '', reason };
  if (item !== undefined) ignore.item = item;
  return ignore;
}

/** True when the ignore applies to the finding (same code, section and checklist item). */
export function ignoreMatches(ignore: Ignore, finding: Finding): boolean {
  return (
    ignore.code === finding.code &&
    (ignore.section ?? '') === (finding.section ?? '') &&
    (ignore.item ?? undefined) === findingItem(finding)
  );
}

/** The list with one more ignore (an earlier ignore of the same finding is replaced). */
export function addIgnore(list: readonly Ignore[], finding: Finding, reason: string): Ignore[] {
  return [...list.filter((i) => !ignoreMatches(i, finding)), ignoreFor(finding, reason)];
}

/** The list without the ignores of this finding. */
export function removeIgnore(list: readonly Ignore[], finding: Finding): Ignore[] {
  return list.filter((i) => !ignoreMatches(i, finding));
}

/** A stable key for React lists and form state. */
export function findingKey(finding: Finding): string {
  return [finding.code, finding.section ?? '', findingItem(finding) ?? '', finding.paragraph ?? ''].join('|');
}
