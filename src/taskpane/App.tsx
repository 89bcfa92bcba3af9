// The root of the task pane: the pane over a host, or the "open it from Word" page without one.
import * as React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReportTemplate } from '../template/types';
import type { ReportHost } from './host';
import { OutsideWord } from './OutsideWord';
import type { Lang } from './strings';
import { TaskPane } from './TaskPane';

export interface AppProps {
  /** The document the pane works on; null when not running inside Word. */
  host: ReportHost | null;
  lang: Lang;
  template?: ReportTemplate;
}

export function App({ host, lang, template }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'en' ? 'en' : 'vi'}>
      {host ? <TaskPane host={host} lang={lang} template={template} /> : <OutsideWord lang={lang} />}
    </FluentProvider>
  );
}
