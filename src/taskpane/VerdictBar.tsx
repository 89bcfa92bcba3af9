// The verdict of the last check, at the top of the "Kiểm tra" view and in sight while the results
// scroll (sticky): "Sẵn sàng trình ký" or "Còn 5 lỗi · 2 cảnh báo", an icon with its text
// alternative next to the words. It takes the focus after a check the user asked for.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../analysis/types';
import { CrossIcon, OkIcon } from './icons';
import type { Strings } from './strings';
import { verdictText } from './verdict';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    top: '0',
    zIndex: 1,
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    margin: '0',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderInlineStartWidth: '4px',
    borderInlineStartStyle: 'solid',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    boxShadow: tokens.shadow4,
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  ready: {
    borderInlineStartColor: tokens.colorPaletteGreenBorder2,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  notReady: {
    borderInlineStartColor: tokens.colorPaletteRedBorder2,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
});

export interface VerdictBarProps {
  report: Report;
  t: Strings;
  /** Grows after each check the user asked for: the bar takes the focus then. */
  focusToken: number;
}

export function VerdictBar({ report, t, focusToken }: VerdictBarProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLParagraphElement>(null);
  React.useEffect(() => {
    if (focusToken > 0) ref.current?.focus();
  }, [focusToken]);
  const ready = report.ready;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      className={`${styles.bar} ${ready ? styles.ready : styles.notReady}`}
      data-verdict={ready ? 'ready' : 'not-ready'}
      data-ready={ready ? 'true' : 'false'}
      data-errors={report.errorCount}
      data-warnings={report.warningCount}
    >
      <span role="img" aria-label={ready ? t.verdictIconReady : t.verdictIconNotReady}>
        {ready ? <OkIcon size={20} /> : <CrossIcon size={20} />}
      </span>
      <span>{verdictText(report, t)}</span>
    </p>
  );
}
