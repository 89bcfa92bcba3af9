// Shown when the page is opened in a plain browser instead of Word.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { Notice } from './Notice';
import { getStrings, type Lang } from './strings';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: '0',
  },
  h1: {
    margin: '0',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
  path: {
    fontWeight: tokens.fontWeightSemibold,
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    overflowWrap: 'anywhere',
  },
});

/** Relative address of the web checker page for .docx files, served next to the task pane. */
export const CHECKER_PAGE = 'checker.html';

export function OutsideWord({ lang }: { lang: Lang }): React.JSX.Element {
  const t = getStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <main className={styles.root} data-outside-word="true">
      <h1 className={styles.h1}>{t.appTitle}</h1>
      <Notice intent="warning" iconLabel={t.noticeIcon.warning} title={t.outsideTitle}>
        <span className={shared.text}>{t.outsideBody}</span>
      </Notice>
      <p className={shared.text}>
        <span className={styles.path}>{t.outsidePath}</span>
      </p>
      <p className={shared.text}>
        {`${t.outsideChecker} `}
        <a className={styles.link} href={CHECKER_PAGE}>
          {t.outsideCheckerLink}
        </a>
      </p>
    </main>
  );
}
