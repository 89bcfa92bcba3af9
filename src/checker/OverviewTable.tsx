// The overview of many files: one row per file (name, verdict, errors, warnings, outline), sortable
// by each column from its header (a button; aria-sort says the order). A click on a file's name
// moves to its block and opens it. The table scrolls inside its own box on a narrow screen.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../taskpane/strings';
import { isReportOutcome } from './check';
import { outlineName, verdictWord } from './export-rows';
import { nextSort, sortItems, type OverviewItem, type SortKey, type SortState } from './overview-sort';
import { getCheckerStrings } from './strings';

const useStyles = makeStyles({
  scroll: {
    maxWidth: '100%',
    overflowX: 'auto',
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
  th: {
    textAlign: 'start',
    verticalAlign: 'bottom',
    padding: '0',
    borderBlockEndWidth: '2px',
    borderBlockEndStyle: 'solid',
    borderBlockEndColor: tokens.colorNeutralStroke1,
  },
  sortButton: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    minHeight: '32px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '-2px',
    },
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBlockEndWidth: '1px',
    borderBlockEndStyle: 'solid',
    borderBlockEndColor: tokens.colorNeutralStroke2,
    verticalAlign: 'top',
  },
  name: { minWidth: '10em', overflowWrap: 'anywhere' },
  verdict: { whiteSpace: 'nowrap' },
  outline: { minWidth: '12em' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  notReady: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  link: {
    color: tokens.colorBrandForegroundLink,
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
    },
  },
});

export interface OverviewTableProps {
  items: readonly (OverviewItem & { title: string })[];
  lang: Lang;
  /** Moves to the file's block and opens it. */
  onOpen: (id: string) => void;
  onAnnounce: (text: string) => void;
}

export function OverviewTable({ items, lang, onOpen, onAnnounce }: OverviewTableProps): React.JSX.Element {
  const s = getCheckerStrings(lang);
  const styles = useStyles();
  const [sort, setSort] = React.useState<SortState | null>(null);
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'file', label: s.colFile },
    { key: 'verdict', label: s.colVerdict },
    { key: 'errors', label: s.colErrors, numeric: true },
    { key: 'warnings', label: s.colWarnings, numeric: true },
    { key: 'outline', label: s.colOutline },
  ];
  const rows = sortItems(items, sort);

  return (
    <div className={styles.scroll} role="region" aria-label={s.overviewScroll} tabIndex={0} data-overview-scroll="true">
      <table className={styles.table} data-overview="true">
        <caption className={styles.caption}>{s.overviewLabel}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={styles.th}
                  aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                  data-column={c.key}
                >
                  <button
                    type="button"
                    className={styles.sortButton}
                    data-print="keep"
                    onClick={() => {
                      const next = nextSort(sort, c.key);
                      setSort(next);
                      onAnnounce(s.sortedBy(c.label, next.ascending));
                    }}
                  >
                    <span>{c.label}</span>
                    <span aria-hidden="true" data-print="hide">{active ? (sort.ascending ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => {
            const o = item.outcome;
            const report = o && isReportOutcome(o) ? o.report : undefined;
            return (
              <tr key={item.id} data-overview-file={item.name}>
                <td className={`${styles.td} ${styles.name}`}>
                  <a
                    className={styles.link}
                    href={`#${item.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(item.id);
                    }}
                  >
                    {item.title}
                  </a>
                </td>
                <td className={`${styles.td} ${styles.verdict} ${o && !report?.ready ? styles.notReady : ''}`}>{verdictWord(o, lang)}</td>
                <td className={`${styles.td} ${styles.number}`}>{report ? report.errorCount : '—'}</td>
                <td className={`${styles.td} ${styles.number}`}>{report ? report.warningCount : '—'}</td>
                <td className={`${styles.td} ${styles.outline}`}>{o ? outlineName(o) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
