// "Tiếng Việt | English": the page's language switch. Each choice is named in its own language
// and the current one is pressed.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../taskpane/strings';
import { getCheckerStrings } from './strings';

const CHOICES: { lang: Lang; label: string }[] = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  bar: { color: tokens.colorNeutralForeground3 },
});

export function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="group" aria-label={getCheckerStrings(lang).langSwitch} className={styles.root} data-lang-switch={lang} data-print="hide">
      {CHOICES.map((c, i) => (
        <React.Fragment key={c.lang}>
          {i > 0 ? (
            <span aria-hidden="true" className={styles.bar}>
              |
            </span>
          ) : null}
          <Button
            appearance={c.lang === lang ? 'primary' : 'subtle'}
            size="small"
            lang={c.lang}
            aria-pressed={c.lang === lang}
            data-lang={c.lang}
            onClick={() => {
              if (c.lang !== lang) onChange(c.lang);
            }}
          >
            {c.label}
          </Button>
        </React.Fragment>
      ))}
    </div>
  );
}
