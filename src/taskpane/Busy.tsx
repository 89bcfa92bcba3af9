// A small turning ring with its label: the visible sign that something runs. Hand-made: Fluent's
// Spinner would add more to the pane's first load than the pane's own views.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  ring: {
    flex: 'none',
    width: '14px',
    height: '14px',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
  },
});

export function Busy({ label, hidden, data }: { label: string; hidden?: boolean; data?: Record<`data-${string}`, string> }): React.JSX.Element {
  const styles = useStyles();
  return (
    <span className={styles.root} aria-hidden={hidden ? 'true' : undefined} {...data}>
      <span className={styles.ring} />
      <span>{label}</span>
    </span>
  );
}
