// "Tải mẫu báo cáo (.docx)": the issuing body and the place, then the outline as a Word file.
import * as React from 'react';
import { useRemembered } from '../taskpane/useRemembered';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { buildTemplateDocx } from '../docx/ooxml';
import { defaultTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import { getStrings, type Lang } from '../taskpane/strings';
import { useSharedStyles } from '../taskpane/styles';
import { DOCX_MIME, downloadFile } from './download';
import { getCheckerStrings } from './strings';

/** "mau-bao-cao-mttq-2023.docx" for an outline. */
export function templateFileName(template: ReportTemplate): string {
  return `mau-bao-cao-${template.id.replace(/[^A-Za-z0-9._-]+/gu, '-')}.docx`;
}

/** The template's file name for the built-in outline. */
export const TEMPLATE_FILE_NAME = templateFileName(defaultTemplate);


const useStyles = makeStyles({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
    minWidth: '0',
  },
  error: {
    margin: '0',
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function TemplateForm({
  lang,
  headingId,
  onAnnounce,
  template = defaultTemplate,
  outlineName,
}: {
  lang: Lang;
  headingId: string;
  onAnnounce: (text: string) => void;
  /** The outline the template follows (the page's chosen outline). */
  template?: ReportTemplate;
  /** Its name, shown above the button. */
  outlineName?: string;
}): React.JSX.Element {
  const t = getStrings(lang);
  const s = getCheckerStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const [unit, setUnit] = useRemembered('unit');
  const [place, setPlace] = useRemembered('place');
  const [failed, setFailed] = React.useState(false);
  const [saved, setSaved] = React.useState('');

  const download = (): void => {
    setFailed(false);
    setSaved('');
    try {
      const bytes = buildTemplateDocx({ unit, place, template });
      const name = templateFileName(template);
      downloadFile(bytes, name, DOCX_MIME);
      setSaved(s.downloaded(name));
      onAnnounce(s.downloaded(name));
    } catch {
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby={headingId} className={shared.section} data-print="hide" id="mau-bao-cao">
      <h2 id={headingId} className={shared.h2}>
        {s.templateHeading}
      </h2>
      <p className={shared.text}>{s.templateIntro}</p>
      {outlineName ? (
        <p className={shared.text} data-template-outline={template.id}>
          {s.outlineCurrent(outlineName)}
        </p>
      ) : null}
      <form
        className={shared.section}
        onSubmit={(e) => {
          e.preventDefault();
          download();
        }}
      >
        <div className={styles.fields}>
          <Field label={t.unitLabel} hint={t.unitHint}>
            <Input value={unit} placeholder={t.unitPlaceholder} onChange={(_, d) => setUnit(d.value)} />
          </Field>
          <Field label={t.placeLabel} hint={t.placeHint}>
            <Input value={place} placeholder={t.placePlaceholder} onChange={(_, d) => setPlace(d.value)} />
          </Field>
        </div>
        <div className={shared.buttonRow}>
          <Button type="submit" appearance="primary" className={shared.wrapButton} data-action="template">
            {s.templateButton}
          </Button>
        </div>
        {saved ? (
          <p className={shared.text} data-download-notice="true">
            {saved}
          </p>
        ) : null}
        {failed ? (
          <p role="alert" className={styles.error}>
            {s.templateError}
          </p>
        ) : null}
      </form>
    </section>
  );
}
