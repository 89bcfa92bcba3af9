// Sorting the overview table's rows: by file name, verdict (most work first when ascending),
// errors, warnings or outline; ties keep the order the files came in. Pure.
import { isReportOutcome, type FileOutcome } from './check';
import { outlineName } from './export-rows';

export type SortKey = 'file' | 'verdict' | 'errors' | 'warnings' | 'outline';
export interface SortState {
  key: SortKey;
  ascending: boolean;
}

export interface OverviewItem {
  id: string;
  name: string;
  outcome?: FileOutcome;
}

/** Unreadable first, then not ready, waiting, ready. */
function verdictRank(o: FileOutcome | undefined): number {
  if (o === undefined) return 2;
  if (!isReportOutcome(o)) return 0;
  return o.report.ready ? 3 : 1;
}

/** A count, or -1 when the file has none (unreadable or waiting). */
function count(o: FileOutcome | undefined, which: 'errorCount' | 'warningCount'): number {
  return o && isReportOutcome(o) ? o.report[which] : -1;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

function compare(a: OverviewItem, b: OverviewItem, key: SortKey): number {
  switch (key) {
    case 'file':
      return collator.compare(a.name, b.name);
    case 'verdict':
      return verdictRank(a.outcome) - verdictRank(b.outcome);
    case 'errors':
      return count(a.outcome, 'errorCount') - count(b.outcome, 'errorCount');
    case 'warnings':
      return count(a.outcome, 'warningCount') - count(b.outcome, 'warningCount');
    case 'outline':
      return collator.compare(a.outcome ? outlineName(a.outcome) : '', b.outcome ? outlineName(b.outcome) : '');
  }
}

/** The items in the sort's order (a new array); without a sort, as given. */
export function sortItems<T extends OverviewItem>(items: readonly T[], sort: SortState | null): T[] {
  const indexed = items.map((item, index) => ({ item, index }));
  if (sort) {
    const sign = sort.ascending ? 1 : -1;
    indexed.sort((a, b) => sign * compare(a.item, b.item, sort.key) || a.index - b.index);
  }
  return indexed.map((x) => x.item);
}

/** The next sort after a click on a column's header: ascending first, then the other way. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  return current?.key === key ? { key, ascending: !current.ascending } : { key, ascending: true };
}
