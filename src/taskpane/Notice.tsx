// A message next to the action it answers: an icon (with its text alternative), a title on its
// own line and the text. Hand-made rather than Fluent's MessageBar, whose animation library would
// weigh more in the pane's first load than everything in this file.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { CrossIcon, InfoIcon, OkIcon, WarningIcon } from './icons';

export type NoticeIntent = 'error' | 'success' | 'info' | 'warning';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    minWidth: '0',
  },
  error: { border: `1px solid ${tokens.colorPaletteRedBorder2}`, borderInlineStartWidth: '4px', backgroundColor: tokens.colorPaletteRedBackground1 },
  success: { border: `1px solid ${tokens.colorPaletteGreenBorder2}`, borderInlineStartWidth: '4px', backgroundColor: tokens.colorPaletteGreenBackground1 },
  warning: { border: `1px solid ${tokens.colorPaletteYellowBorder2}`, borderInlineStartWidth: '4px', backgroundColor: tokens.colorPaletteYellowBackground1 },
  info: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderInlineStartWidth: '4px', backgroundColor: tokens.colorNeutralBackground3 },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: '0',
  },
  title: {
    display: 'block',
    fontWeight: tokens.fontWeightSemibold,
  },
});

const ICONS: Record<NoticeIntent, (props: { size?: number }) => React.JSX.Element> = {
  error: CrossIcon,
  success: OkIcon,
  warning: WarningIcon,
  info: InfoIcon,
};

export interface NoticeProps {
  intent: NoticeIntent;
  /** Names the icon for screen readers ("Có lỗi", "Lưu ý"…). */
  iconLabel: string;
  title?: string;
  titleId?: string;
  children: React.ReactNode;
  /** A button at the end (close). */
  action?: React.ReactNode;
  /** Data attributes for the tests and the styles of the surface. */
  data?: Record<`data-${string}`, string>;
}

export function Notice({ intent, iconLabel, title, titleId, children, action, data }: NoticeProps): React.JSX.Element {
  const styles = useStyles();
  const Icon = ICONS[intent];
  return (
    <div className={`${styles.box} ${styles[intent]}`} {...data}>
      <span role="img" aria-label={iconLabel}>
        <Icon size={16} />
      </span>
      <div className={styles.body}>
        {title ? (
          <strong id={titleId} className={styles.title}>
            {title}
          </strong>
        ) : null}
        {/* The space keeps the title and the text apart when read as one line or copied. */}
        {title ? ' ' : null}
        <span>{children}</span>
      </div>
      {action}
    </div>
  );
}
