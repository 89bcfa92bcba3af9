// "Soạn" | "Kiểm tra": the two views as a tab list (arrow keys, Home and End move between the tabs).
// Made of plain buttons rather than Fluent's TabList, which brings a focus library larger than the
// rest of the pane's first load.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from './strings';
import type { PaneView } from './useOpeningView';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    borderBlockEndWidth: '1px',
    borderBlockEndStyle: 'solid',
    borderBlockEndColor: tokens.colorNeutralStroke2,
  },
  tab: {
    flexGrow: 1,
    minHeight: '36px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: '0',
    border: 'none',
    borderBlockEndWidth: '3px',
    borderBlockEndStyle: 'solid',
    borderBlockEndColor: 'transparent',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '-2px',
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBlockEndColor: tokens.colorCompoundBrandStroke,
  },
});

export interface ViewTabsProps {
  view: PaneView;
  t: Strings;
  /** Ids of the two tabs; the panel is labelled by the selected one. */
  tabIds: Record<PaneView, string>;
  panelId: string;
  onSelect(view: PaneView): void;
}

const VIEWS: readonly PaneView[] = ['write', 'check'];

export function ViewTabs({ view, t, tabIds, panelId, onSelect }: ViewTabsProps): React.JSX.Element {
  const styles = useStyles();
  const refs = React.useRef<Partial<Record<PaneView, HTMLButtonElement | null>>>({});
  const move = (to: PaneView): void => {
    onSelect(to);
    refs.current[to]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const i = VIEWS.indexOf(view);
    const keys: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: VIEWS.length - 1 };
    if (!(e.key in keys)) return;
    e.preventDefault();
    move(VIEWS[(keys[e.key] + VIEWS.length) % VIEWS.length]);
  };
  return (
    <div role="tablist" aria-label={t.viewsLabel} className={styles.list} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[v] = el;
          }}
          type="button"
          role="tab"
          id={tabIds[v]}
          aria-selected={v === view}
          aria-controls={v === view ? panelId : undefined}
          tabIndex={v === view ? 0 : -1}
          data-tab={v}
          className={`${styles.tab} ${v === view ? styles.selected : ''}`}
          onClick={() => onSelect(v)}
        >
          {v === 'write' ? t.viewWrite : t.viewCheck}
        </button>
      ))}
    </div>
  );
}
