// The root of the task pane: the pane over a host, or the "open it from Word" page without one.
// The language starts as given (Vietnamese unless the user chose English before) and the pane's
// switch changes it at once for everything.
import * as React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReportTemplate } from '../template/types';
import type { ReportHost } from './host';
import { OutsideWord } from './OutsideWord';
import type { Lang } from './strings';
import { TaskPane } from './TaskPane';
import { useLang } from './useLang';

export interface AppProps {
  /** The document the pane works on; null when not running inside Word. */
  host: ReportHost | null;
  /** The language the pane opens in. */
  lang: Lang;
  template?: ReportTemplate;
  /** The guidance of the section under the cursor, for the "Soạn" view. */
  cursorGuidance?: React.ReactNode;
}

export function App({ host, lang: initial, template, cursorGuidance }: AppProps): React.JSX.Element {
  const [lang, setLang] = useLang(initial);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      {host ? (
        <TaskPane host={host} lang={lang} onLangChange={setLang} template={template} cursorGuidance={cursorGuidance} />
      ) : (
        <OutsideWord lang={lang} />
      )}
    </FluentProvider>
  );
}
