// Writing is not failing: in the "Soạn" view the last check shows as progress ("Đã viết 3/22 mục
// có nội dung"), never as red errors; the verdict belongs to the "Kiểm tra" view.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import type { Strings } from './strings';
import { useSharedStyles } from './styles';
import { writingProgress } from './verdict';

const useStyles = makeStyles({
  track: {
    height: '6px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: 'hidden',
  },
  fill: {
    height: '100%',
    backgroundColor: tokens.colorCompoundBrandBackground,
  },
});

export function WriteProgress({ report, template, t }: { report: Report; template: ReportTemplate; t: Strings }): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const labelId = React.useId();
  if (report.headingsFound === 0) {
    return (
      <p className={shared.small} data-progress="none">
        {t.progressNone}
      </p>
    );
  }
  const { written, total } = writingProgress(report, template);
  const label = t.progressWritten(written, total);
  return (
    <div className={shared.section} data-progress={`${written}/${total}`}>
      <p id={labelId} className={shared.text}>
        {label}
      </p>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={written}
        className={styles.track}
      >
        <div className={styles.fill} style={{ width: `${total > 0 ? Math.round((100 * written) / total) : 0}%` }} />
      </div>
      <p className={shared.small}>{t.progressHint}</p>
    </div>
  );
}
