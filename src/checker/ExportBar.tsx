// The results' buttons on the checker page: the Excel workbook (its library loaded only now), the
// CSV with the separator the user's Excel expects, print and clear; then what was saved, in words
// beside the buttons and announced.
import * as React from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { getStrings, type Lang } from '../taskpane/strings';
import { useSharedStyles } from '../taskpane/styles';
import type { FileOutcome } from './check';
import { useCheckerStyles } from './checker-styles';
import { buildResultsCsv, CSV_MIME, type CsvSeparator } from './csv';
import { downloadFile } from './download';
import { exportFileName } from './export-rows';
import { getCheckerStrings } from './strings';

/** The workbook's type, here so the page does not load the Excel chunk to know it. */
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: '0',
  },
  separator: { maxWidth: '28rem' },
  error: {
    margin: '0',
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
});

export interface ExportBarProps {
  /** The files checked so far. */
  outcomes: readonly FileOutcome[];
  lang: Lang;
  /** Files are still being checked, or none was: nothing to export yet. */
  disabled: boolean;
  onPrint: () => void;
  onClear: () => void;
  onAnnounce: (text: string) => void;
}

export function ExportBar({ outcomes, lang, disabled, onPrint, onClear, onAnnounce }: ExportBarProps): React.JSX.Element {
  const t = getStrings(lang);
  const s = getCheckerStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const checker = useCheckerStyles();
  const [separator, setSeparator] = React.useState<CsvSeparator>(lang === 'en' ? ',' : ';');
  /** What was last saved. */
  const [notice, setNotice] = React.useState('');
  const [failed, setFailed] = React.useState(false);

  // Another language: its usual separator; an older confirmation is in the old one.
  const shownLang = React.useRef(lang);
  React.useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    setSeparator(lang === 'en' ? ',' : ';');
    setNotice('');
  }, [lang]);

  const saved = (name: string): void => {
    const text = s.downloaded(name, outcomes.length);
    setNotice(text);
    onAnnounce(text);
  };

  const exportCsv = (): void => {
    const name = exportFileName('csv', new Date());
    downloadFile(buildResultsCsv(outcomes, lang, separator), name, CSV_MIME);
    setFailed(false);
    saved(name);
  };

  const exportXlsx = async (): Promise<void> => {
    setFailed(false);
    try {
      const { buildWorkbook } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
      const blob = await buildWorkbook(outcomes, lang);
      const name = exportFileName('xlsx', new Date());
      downloadFile(blob, name, XLSX_MIME);
      saved(name);
    } catch {
      setNotice('');
      setFailed(true);
    }
  };

  return (
    <div className={styles.root} data-print="hide">
      <div className={shared.buttonRow} role="group" aria-label={t.resultsHeading}>
        <Button
          appearance="primary"
          className={shared.wrapButton}
          disabledFocusable={disabled}
          title={s.exportXlsxHint}
          data-action="xlsx"
          onClick={() => {
            if (!disabled) void exportXlsx();
          }}
        >
          {s.exportXlsx}
        </Button>
        <Button
          className={shared.wrapButton}
          disabledFocusable={disabled}
          title={s.exportCsvHint}
          data-action="csv"
          onClick={() => {
            if (!disabled) exportCsv();
          }}
        >
          {s.exportCsv}
        </Button>
        <Button className={shared.wrapButton} data-action="print" onClick={onPrint}>
          {s.print}
        </Button>
        <Button className={shared.wrapButton} data-action="clear" onClick={onClear}>
          {s.clear}
        </Button>
      </div>
      <Field label={s.separatorLabel} hint={s.separatorHint} className={styles.separator}>
        <Select value={separator} data-csv-separator={separator} onChange={(_, d) => setSeparator(d.value === ',' ? ',' : ';')}>
          <option value=";">{s.separatorSemicolon}</option>
          <option value=",">{s.separatorComma}</option>
        </Select>
      </Field>
      {notice ? (
        <p className={checker.strongLine} data-download-notice="true">
          {notice}
        </p>
      ) : null}
      {failed ? (
        <p role="alert" className={styles.error}>
          {s.exportFailed}
        </p>
      ) : null}
    </div>
  );
}
