// While writing: the section the cursor is in, with what the outline asks for there (its guidance
// and its figures). A screen reader hears the section's name when the cursor enters another
// section, not on every move; nothing shows when the section is unknown.
import * as React from 'react';
import type { Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import { GuidanceBody, sectionHeading } from './Guidance';
import type { ReportHost } from './host';
import type { Strings } from './strings';
import { useSharedStyles } from './styles';
import { useCursorSection } from './useCursorSection';

export interface CursorGuidanceProps {
  host: ReportHost;
  /** The last check's report (its paragraph indices are those the host's cursorParagraph gives). */
  report: Report | null | undefined;
  template: ReportTemplate;
  t: Strings;
}

export function CursorGuidance({ host, report, template, t }: CursorGuidanceProps): React.JSX.Element {
  const shared = useSharedStyles();
  const here = useCursorSection(host, report, template);
  const headingId = React.useId();
  const id = here?.section.id ?? null;
  const title = here ? t.cursorSection(sectionHeading(here.section)) : '';
  const [announcement, setAnnouncement] = React.useState('');
  React.useEffect(() => {
    // Only a change of section changes the live region's text (an unchanged text is not read again).
    setAnnouncement(id ? title : '');
  }, [id, title]);
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true" className={shared.visuallyHidden} data-cursor-announcer="">
        {announcement}
      </div>
      {here ? (
        <section className={shared.section} aria-labelledby={headingId} data-cursor-section={here.section.id}>
          <h4 id={headingId} className={shared.h3}>
            {title}
          </h4>
          <GuidanceBody section={here.section} t={t} />
        </section>
      ) : (
        <p className={shared.small}>{t.cursorGuidanceNone}</p>
      )}
    </>
  );
}
