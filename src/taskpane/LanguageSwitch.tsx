// "Tiếng Việt | English": two pressed/unpressed buttons (aria-pressed) in a labelled group, always
// visible. Plain buttons: Fluent's ToggleButton brings styles larger than the switch is worth.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Strings } from './strings';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
  },
});

const CHOICES: ReadonlyArray<{ lang: Lang; label: string }> = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' },
];

export function LanguageSwitch({ lang, t, onChange }: { lang: Lang; t: Strings; onChange: (lang: Lang) => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t.langSwitchLabel} className={styles.group} data-lang-switch={lang}>
      {CHOICES.map((c) => (
        <Button
          key={c.lang}
          size="small"
          appearance={c.lang === lang ? 'outline' : 'subtle'}
          aria-pressed={c.lang === lang}
          lang={c.lang}
          onClick={() => {
            if (c.lang !== lang) onChange(c.lang);
          }}
        >
          {c.label}
        </Button>
      ))}
    </div>
  );
}
